package org.benchwarden.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.benchwarden.access.EntitlementResolver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the whole nightly job on the sample data against a real HSQLDB file database, and reads
 * the produced files back.
 */
@SpringBootTest(properties = "benchwarden.command-line.enabled=false")
class NightlyBenchmarkJobIntegrationTests {

	@TempDir
	static Path dataDirectory;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("benchwarden.data-directory", () -> dataDirectory.toString());
	}

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job nightlyBenchmarkJob;

	@Autowired
	RunContextLoader loader;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void clearApplicationTables() {
		// Every test loads the same sample files, which a shared database would rightly treat as
		// duplicates. Batch metadata stays: each test runs under its own job definition name.
		for (String table : List.of("activity_value", "rejected_record", "source_file", "practice_figure",
				"view_member", "recipient_workbook")) {
			this.jdbc.update("DELETE FROM " + table);
		}
		this.loader.clear();
	}

	@Test
	void sampleRunWritesWorkbookForEveryRecipient(@TempDir Path root) throws Exception {
		Path definition = JobTestSupport.sampleJob(root, "sample-every-recipient", "move");
		LocalDate date = LocalDate.of(2026, 12, 1);
		int expectedRecipients = new EntitlementResolver().resolve(this.loader.load(definition).sharing()).size();

		JobExecution execution = JobTestSupport.run(this.jobOperator, this.nightlyBenchmarkJob, this.loader, definition,
				date, 0, null);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Path output = root.resolve("out").resolve(date.toString());
		List<Path> workbooks = JobTestSupport.listFiles(output).stream()
			.filter((file) -> file.toString().endsWith(".xlsx"))
			.toList();
		assertThat(workbooks).hasSize(expectedRecipients);
		assertThat(output.resolve("manifest.json")).isRegularFile();
		assertThat(output.resolve("rejects.csv")).isRegularFile();
		for (Path workbook : workbooks) {
			try (XSSFWorkbook opened = new XSSFWorkbook(workbook.toFile())) {
				assertThat(opened.getSheetName(0)).isEqualTo("Cover");
			}
		}
		assertThat(JobTestSupport.listFiles(output)).noneMatch((file) -> file.getFileName().toString().endsWith(".part"));
	}

	@Test
	void recipientsAreSavedInSeveralCommits(@TempDir Path root) throws Exception {
		Path definition = JobTestSupport.sampleJob(root, "sample-resolve-commits", "move");
		int recipients = new EntitlementResolver().resolve(this.loader.load(definition).sharing()).size();
		int perCommit = ResolveEntitlementsTasklet.RECIPIENTS_PER_COMMIT;

		JobExecution execution = JobTestSupport.run(this.jobOperator, this.nightlyBenchmarkJob, this.loader, definition,
				LocalDate.of(2026, 12, 1), 0, null);

		// A single transaction for every recipient kept all their view member rows in the heap.
		StepExecution resolve = step(execution, "resolveEntitlements");
		assertThat(recipients).isGreaterThan(perCommit);
		assertThat(resolve.getWriteCount()).isEqualTo(recipients);
		assertThat(resolve.getCommitCount()).isEqualTo((recipients + perCommit - 1) / perCommit);
		assertThat(resolve.getExecutionContext().getInt(ResolveEntitlementsTasklet.SAVED_KEY)).isEqualTo(recipients);
	}

	@Test
	void ingestCountsEveryRecordAndFilesEachInputFile(@TempDir Path root) throws Exception {
		Path definition = JobTestSupport.sampleJob(root, "sample-counts", "move");
		Path inbox = root.resolve("sample-data/inbox");
		LocalDate date = LocalDate.of(2026, 12, 2);

		JobExecution execution = JobTestSupport.run(this.jobOperator, this.nightlyBenchmarkJob, this.loader, definition,
				date, 0, null);

		long recordsRead = count("SELECT SUM(READ_COUNT) FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? "
				+ "AND STEP_NAME LIKE 'ingestFile:%'", execution.getId());
		// 115 + 115 appointment records, 138 QOF records, 25 practice export records, 24 LCS records.
		assertThat(recordsRead).isEqualTo(417);
		long instance = execution.getJobInstance().getInstanceId();
		assertThat(count("SELECT COUNT(*) FROM rejected_record r JOIN source_file f ON f.id = r.source_file_id "
				+ "WHERE f.job_instance_id = ?", instance)).isEqualTo(2);
		assertThat(count("SELECT COUNT(*) FROM source_file WHERE job_instance_id = ? AND status = 'LOADED'", instance))
			.isEqualTo(5);
		assertThat(JobTestSupport.listFiles(inbox)).isEmpty();
		assertThat(JobTestSupport.listFiles(root.resolve("archive"))).hasSize(5);
		Path quarantined = root.resolve("quarantine").resolve(date.toString());
		assertThat(quarantined.resolve("practice-export-with-patient-ids.csv")).isRegularFile();
		assertThat(Files.readString(quarantined.resolve("practice-export-with-patient-ids.csv.reason.txt")))
			.contains("NHS_NUMBER");
		assertThat(Files.readString(root.resolve("out").resolve(date.toString()).resolve("rejects.csv")))
			.contains("practice-export-with-patient-ids.csv")
			.contains("Y99901")
			.contains("2026-11-31");
	}

	@Test
	void quarantinedFileLeavesNoValuesBehind(@TempDir Path root) throws Exception {
		Path definition = JobTestSupport.sampleJob(root, "sample-quarantine", "move");

		JobExecution execution = JobTestSupport.run(this.jobOperator, this.nightlyBenchmarkJob, this.loader, definition,
				LocalDate.of(2026, 12, 3), 0, null);

		long instance = execution.getJobInstance().getInstanceId();
		assertThat(count("SELECT COUNT(*) FROM activity_value v JOIN source_file f ON f.id = v.source_file_id "
				+ "WHERE f.job_instance_id = ? AND f.status = 'QUARANTINED'", instance)).isZero();
	}

	@Test
	void sameContentDroppedTwiceIsNotLoadedTwice(@TempDir Path root) throws Exception {
		Path definition = JobTestSupport.sampleJob(root, "sample-duplicate", "copy");
		JobExecution first = JobTestSupport.run(this.jobOperator, this.nightlyBenchmarkJob, this.loader, definition,
				LocalDate.of(2026, 12, 4), 0, null);
		long valuesAfterFirst = count("SELECT COUNT(*) FROM activity_value");

		JobExecution second = JobTestSupport.run(this.jobOperator, this.nightlyBenchmarkJob, this.loader, definition,
				LocalDate.of(2026, 12, 5), 0, null);

		assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(count("SELECT COUNT(*) FROM activity_value")).isEqualTo(valuesAfterFirst);
		long instance = second.getJobInstance().getInstanceId();
		assertThat(count("SELECT COUNT(*) FROM source_file WHERE job_instance_id = ? AND status = 'DUPLICATE'", instance))
			.isEqualTo(5);
		assertThat(Files.list(root.resolve("out").resolve("2026-12-05")).filter((f) -> f.toString().endsWith(".xlsx")))
			.isNotEmpty();
	}

	@Test
	void failedRunRestartsWhereItStopped(@TempDir Path root) throws Exception {
		Path definition = JobTestSupport.sampleJob(root, "sample-restart", "move");
		LocalDate date = LocalDate.of(2026, 12, 6);
		// A plain file where the date's output folder belongs makes the write step fail.
		Files.createDirectories(root.resolve("out"));
		Path blocker = Files.writeString(root.resolve("out").resolve(date.toString()), "not a folder");

		JobExecution failed = JobTestSupport.run(this.jobOperator, this.nightlyBenchmarkJob, this.loader, definition,
				date, 0, null);
		long valuesAfterFailure = count("SELECT COUNT(*) FROM activity_value");
		Files.delete(blocker);
		JobExecution restarted = JobTestSupport.run(this.jobOperator, this.nightlyBenchmarkJob, this.loader, definition,
				date, 0, null);

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
		assertThat(count("SELECT COUNT(*) FROM activity_value")).isEqualTo(valuesAfterFailure);
		assertThat(step(restarted, "ingest")).isNull();
		assertThat(JobTestSupport.listFiles(root.resolve("out").resolve(date.toString())))
			.anyMatch((file) -> file.getFileName().toString().equals("QUE-" + date + ".xlsx"));
	}

	@Test
	void singleRecipientRunKeepsFullManifest(@TempDir Path root) throws Exception {
		Path definition = JobTestSupport.sampleJob(root, "sample-one-recipient", "copy");
		LocalDate date = LocalDate.of(2026, 12, 7);
		JobTestSupport.run(this.jobOperator, this.nightlyBenchmarkJob, this.loader, definition, date, 0, null);
		Path output = root.resolve("out").resolve(date.toString());
		String fullManifest = Files.readString(output.resolve("manifest.json"));

		JobExecution single = JobTestSupport.run(this.jobOperator, this.nightlyBenchmarkJob, this.loader, definition,
				date, 0, "QUE");

		assertThat(single.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(Files.readString(output.resolve("manifest.json"))).isEqualTo(fullManifest);
		assertThat(Files.readString(output.resolve("manifest-QUE.json"))).contains("\"QUE\"").doesNotContain("\"D81001-");
	}

	private long count(String sql, Object... arguments) {
		Long value = this.jdbc.queryForObject(sql, Long.class, arguments);
		return (value != null) ? value : 0;
	}

	private static StepExecution step(JobExecution execution, String name) {
		return execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().equals(name))
			.findFirst()
			.orElse(null);
	}

}
