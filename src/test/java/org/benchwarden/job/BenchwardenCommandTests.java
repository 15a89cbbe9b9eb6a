package org.benchwarden.job;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the command line as an operator would, against a real HSQLDB file database.
 */
@ExtendWith(OutputCaptureExtension.class)
class BenchwardenCommandTests extends JobDatabaseTests {

	@Test
	void secondRunForSameDateEndsWithMessage(@TempDir Path root, CapturedOutput output) throws Exception {
		Path definition = JobTestSupport.sampleJob(root, "command-second-run", "copy");
		int first = execute("--job", definition.toString(), "--date", "2026-12-01");
		long executions = executions();

		int second = execute("--job", definition.toString(), "--date", "2026-12-01");

		assertThat(first).isZero();
		assertThat(second).isZero();
		assertThat(executions()).isEqualTo(executions);
		assertThat(output).contains("already completed").contains("add --rerun");
	}

	@Test
	void rerunStartsNewRunForSameDate(@TempDir Path root) throws Exception {
		Path definition = JobTestSupport.sampleJob(root, "command-rerun", "copy");
		execute("--job", definition.toString(), "--date", "2026-12-02");
		long instances = instances();

		int rerun = execute("--job", definition.toString(), "--date", "2026-12-02", "--rerun");

		assertThat(rerun).isZero();
		assertThat(instances()).isEqualTo(instances + 1);
	}

	@Test
	void invalidSharingConfigurationWritesNothing(@TempDir Path root, CapturedOutput output) throws Exception {
		Path definition = JobTestSupport.sampleJob(root, "command-invalid", "move");
		Path contracts = root.resolve("sample-data/sharing/contracts.yml");
		Files.writeString(contracts, Files.readString(contracts).replace("authority: QUE", "authority: QZZ"));
		long instances = instances();

		int exitCode = execute("--job", definition.toString(), "--date", "2026-12-03");

		assertThat(exitCode).isEqualTo(BenchwardenCommand.EXIT_UNUSABLE);
		assertThat(instances()).isEqualTo(instances);
		assertThat(JobTestSupport.listFiles(root.resolve("sample-data/inbox"))).hasSize(6);
		assertThat(root.resolve("out")).doesNotExist();
		assertThat(root.resolve("archive")).doesNotExist();
		assertThat(output).contains("contracts.yml").contains("QZZ");
		assertThat(output).doesNotContain("\tat org.");
	}

	@Test
	void unknownRecipientIsRejectedBeforeRunning(@TempDir Path root, CapturedOutput output) throws Exception {
		Path definition = JobTestSupport.sampleJob(root, "command-unknown-recipient", "move");

		int exitCode = execute("--job", definition.toString(), "--date", "2026-12-04", "--recipient", "ZZZ99");

		assertThat(exitCode).isEqualTo(BenchwardenCommand.EXIT_UNUSABLE);
		assertThat(output).contains("ZZZ99");
	}

	@Test
	void executionCutOffByCrashIsRestarted(@TempDir Path root, CapturedOutput output) throws Exception {
		Path definition = JobTestSupport.sampleJob(root, "command-crash", "move");
		Files.createDirectories(root.resolve("out"));
		Path blocker = Files.writeString(root.resolve("out").resolve("2026-12-05"), "not a folder");
		execute("--job", definition.toString(), "--date", "2026-12-05");
		// Make the failed execution look like one a killed process left behind.
		this.jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL "
				+ "WHERE JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)");
		Files.delete(blocker);

		int exitCode = execute("--job", definition.toString(), "--date", "2026-12-05");

		assertThat(output).contains("file system error (FileAlreadyExistsException)");
		assertThat(exitCode).isZero();
		assertThat(output).contains("was cut off while running");
		assertThat(root.resolve("out/2026-12-05/QUE-2026-12-05.xlsx")).isRegularFile();
	}

	@Test
	void unknownOptionPrintsUsage(CapturedOutput output) {
		int exitCode = execute("--dat", "2026-12-01");

		assertThat(exitCode).isEqualTo(BenchwardenCommand.EXIT_UNUSABLE);
		assertThat(output).contains("--date");
	}

	private int execute(String... args) {
		BenchwardenCommand command = new BenchwardenCommand(this.loader, this.jobOperator, this.jobRepository,
				this.nightlyBenchmarkJob);
		return BenchwardenCommandLineRunner.commandLine(command).execute(args);
	}

	private long executions() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Long.class);
	}

	private long instances() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Long.class);
	}

}
