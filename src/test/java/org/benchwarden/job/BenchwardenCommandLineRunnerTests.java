package org.benchwarden.job;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class BenchwardenCommandLineRunnerTests {

	private final BenchwardenCommand command = new BenchwardenCommand(null, null, null, null);

	private final CommandLine commandLine = new CommandLine(this.command);

	@Test
	void bootPropertyBesideOptionsIsParsed() {
		String[] args = { "--benchwarden.data-directory=/tmp/bench/data", "--job", "/tmp/bench/job.yml", "--date",
				"2026-12-01" };

		this.commandLine.parseArgs(BenchwardenCommandLineRunner.commandArguments(this.commandLine, args));

		assertThat(this.command.definitionFile).isEqualTo(Path.of("/tmp/bench/job.yml"));
		assertThat(this.command.reportingDate).isEqualTo(LocalDate.of(2026, 12, 1));
	}

	@Test
	void bootPropertyIsLeftOut() {
		String[] args = { "--date", "2026-12-01", "--spring.datasource.url=jdbc:hsqldb:mem:bench" };

		String[] passed = BenchwardenCommandLineRunner.commandArguments(this.commandLine, args);

		assertThat(passed).containsExactly("--date", "2026-12-01");
	}

	@Test
	void optionWithEqualsSignIsKept() {
		String[] args = { "--job=jobs/nightly.yml", "--date=2026-12-01" };

		String[] passed = BenchwardenCommandLineRunner.commandArguments(this.commandLine, args);

		assertThat(passed).containsExactly("--job=jobs/nightly.yml", "--date=2026-12-01");
	}

	@Test
	void mistypedOptionStillReachesPicocli() {
		String[] args = { "--dat=2026-12-01" };

		String[] passed = BenchwardenCommandLineRunner.commandArguments(this.commandLine, args);

		assertThat(passed).containsExactly("--dat=2026-12-01");
	}

}
