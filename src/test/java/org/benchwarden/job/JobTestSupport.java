package org.benchwarden.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.util.FileSystemUtils;

/**
 * Builds a working folder for a job test: a copy of the repository's sample data with its own
 * inbox, archive, quarantine and output folders, and a job definition that points at them with
 * absolute paths.
 */
final class JobTestSupport {

	static final Path SAMPLE_DATA = Path.of("sample-data").toAbsolutePath();

	private JobTestSupport() {
	}

	/** Copies the sample data under {@code root} and returns the job definition file. */
	static Path sampleJob(Path root, String name, String inboxMode) throws IOException {
		Path sample = root.resolve("sample-data");
		FileSystemUtils.copyRecursively(SAMPLE_DATA, sample);
		return writeDefinition(root, name, sample.resolve("inbox"), inboxMode,
				List.of(sample.resolve("organisations/practice-mapping-2026-11.csv")), sample.resolve("sharing"),
				sample.resolve("metrics.yml"), "months: 12");
	}

	static Path writeDefinition(Path root, String name, Path inbox, String inboxMode, List<Path> mappings,
			Path sharing, Path metrics, String periods) throws IOException {
		StringBuilder yaml = new StringBuilder();
		yaml.append("name: ").append(name).append('\n');
		yaml.append("inbox: ").append(inbox).append('\n');
		yaml.append("inbox-files: ").append(inboxMode).append('\n');
		yaml.append("archive: ").append(root.resolve("archive")).append('\n');
		yaml.append("quarantine: ").append(root.resolve("quarantine")).append('\n');
		yaml.append("output: ").append(root.resolve("out")).append('\n');
		yaml.append("organisation-mappings:\n");
		for (Path mapping : mappings) {
			yaml.append("  - ").append(mapping).append('\n');
		}
		yaml.append("sharing: ").append(sharing).append('\n');
		if (metrics != null) {
			yaml.append("metrics: ").append(metrics).append('\n');
		}
		yaml.append("periods:\n  ").append(periods).append('\n');
		Path definition = root.resolve(name + ".yml");
		Files.writeString(definition, yaml);
		return definition;
	}

	static JobExecution run(JobOperator operator, Job job, RunContextLoader loader, Path definition, LocalDate date,
			long rerun, String recipient) throws Exception {
		RunContext context = loader.load(definition);
		RunParameters parameters = new RunParameters(context.definition().name(), definition, date, rerun, recipient);
		return operator.start(job, parameters.toJobParameters());
	}

	static List<Path> listFiles(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}

}
