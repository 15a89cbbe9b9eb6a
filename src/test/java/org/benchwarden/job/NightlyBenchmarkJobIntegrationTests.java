package org.benchwarden.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.benchwarden.access.EntitlementResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the whole nightly job on the sample data against a real HSQLDB file database, and reads
 * the produced files back.
 */
class NightlyBenchmarkJobIntegrationTests extends JobDatabaseTests {

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
		int perCommit = NightlyBenchmarkJobConfiguration.RECIPIENTS_PER_CHUNK;

		JobExecution execution = JobTestSupport.run(this.jobOperator, this.nightlyBenchmarkJob, this.loader, definition,
				LocalDate.of(2026, 12, 1), 0, null);

		// A single transaction for every recipient kept all their view member rows in the heap.
		StepExecution resolve = step(execution, "resolveEntitlements");
		assertThat(recipients).isGreaterThan(perCommit);
		assertThat(resolve.getWriteCount()).isEqualTo(recipients);
		assertThat(resolve.getCommitCount()).isGreaterThanOrEqualTo((recipients + perCommit - 1) / perCommit);
		assertThat(resolve.getExecutionContext().getLong(EntitlementItemReader.READ_KEY)).isEqualTo(recipients);
	}

	@Test
	void ingestAccountsForEveryRecord(@TempDir Path root) throws Exception {
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
		assertThat(Files.getPosixFilePermissions(quarantined.resolve("practice-export-with-patient-ids.csv")))
			.containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
		assertThat(Files.getPosixFilePermissions(root.resolve("out").resolve(date.toString()).resolve("rejects.csv")))
			.containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
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
	void singleRecipientRunLeavesFullRunUntouched(@TempDir Path root) throws Exception {
		Path definition = JobTestSupport.sampleJob(root, "sample-one-recipient", "copy");
		LocalDate date = LocalDate.of(2026, 12, 7);
		JobTestSupport.run(this.jobOperator, this.nightlyBenchmarkJob, this.loader, definition, date, 0, null);
		Path output = root.resolve("out").resolve(date.toString());
		String fullManifest = Files.readString(output.resolve("manifest.json"));
		byte[] fullWorkbook = Files.readAllBytes(output.resolve("QUE-" + date + ".xlsx"));

		JobExecution single = JobTestSupport.run(this.jobOperator, this.nightlyBenchmarkJob, this.loader, definition,
				date, 0, "QUE");

		assertThat(single.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(Files.readString(output.resolve("manifest.json"))).isEqualTo(fullManifest);
		assertThat(Files.readAllBytes(output.resolve("QUE-" + date + ".xlsx"))).isEqualTo(fullWorkbook);
		Path singleOutput = root.resolve("out").resolve(date + "-QUE");
		assertThat(JobTestSupport.listFiles(singleOutput)).extracting((file) -> file.getFileName().toString())
			.containsExactlyInAnyOrder("QUE-" + date + ".xlsx", "manifest.json", "rejects.csv");
		assertThat(Files.readString(singleOutput.resolve("manifest.json"))).contains("\"QUE\"")
			.doesNotContain("D81001-" + date);
	}

	@Test
	void rerunWritesToItsOwnFolder(@TempDir Path root) throws Exception {
		Path definition = JobTestSupport.sampleJob(root, "sample-rerun-folder", "copy");
		LocalDate date = LocalDate.of(2026, 12, 10);
		JobTestSupport.run(this.jobOperator, this.nightlyBenchmarkJob, this.loader, definition, date, 0, null);
		String firstRejects = Files.readString(root.resolve("out").resolve(date.toString()).resolve("rejects.csv"));

		JobExecution rerun = JobTestSupport.run(this.jobOperator, this.nightlyBenchmarkJob, this.loader, definition,
				date, 1, null);

		assertThat(rerun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(Files.readString(root.resolve("out").resolve(date.toString()).resolve("rejects.csv")))
			.isEqualTo(firstRejects);
		assertThat(root.resolve("out").resolve(date + "-rerun-1").resolve("QUE-" + date + ".xlsx")).isRegularFile();
	}

	@Test
	void declinedProviderContractFiguresStayInOwnData(@TempDir Path root) throws Exception {
		// D81025 declined the anticoagulation service but its file still carries the service's figures.
		Path definition = JobTestSupport.sampleJob(root, "sample-declined-provider", "move");
		LocalDate date = LocalDate.of(2026, 12, 8);

		JobTestSupport.run(this.jobOperator, this.nightlyBenchmarkJob, this.loader, definition, date, 0, null);

		Path output = root.resolve("out").resolve(date.toString());
		List<List<String>> own = dataRows(output.resolve("D81025-" + date + ".xlsx"), "LCS_ANTICOAG_MONITORED");
		assertThat(own).anyMatch((row) -> row.get(1).equals("Organisation") && row.get(2).equals("D81025"));
		List<List<String>> icb = dataRows(output.resolve("QUE-" + date + ".xlsx"), "LCS_ANTICOAG_MONITORED");
		List<List<String>> icbAggregate = icb.stream()
			.filter((row) -> row.get(2).equals("ICB-QUE") && row.get(6).equals("2026-10"))
			.toList();
		assertThat(icbAggregate).hasSize(1);
		assertThat(icbAggregate.get(0).get(11)).isEqualTo("11");
		assertThat(icb).noneMatch((row) -> row.get(2).equals("D81025"));
	}

	@Test
	void filesLoadInNameOrderSoLaterNameWins(@TempDir Path root) throws Exception {
		Path definition = JobTestSupport.sampleJob(root, "sample-load-order", "move");
		Path inbox = root.resolve("sample-data/inbox");
		String header = "practice_code,period,metric_code,numerator,denominator\n";
		Files.writeString(inbox.resolve("zz-correction-1.csv"), header + "D81001,2026-11,CONSULTATIONS,111,\n");
		Files.writeString(inbox.resolve("zz-correction-2.csv"), header + "D81001,2026-11,CONSULTATIONS,222,\n");
		LocalDate date = LocalDate.of(2026, 12, 9);

		JobExecution execution = JobTestSupport.run(this.jobOperator, this.nightlyBenchmarkJob, this.loader, definition,
				date, 0, null);

		List<String> loadOrder = this.jdbc.queryForList("SELECT file_name FROM source_file WHERE job_instance_id = ? "
				+ "ORDER BY id", String.class, execution.getJobInstance().getInstanceId());
		assertThat(loadOrder).isSorted();
		List<List<String>> consultations = dataRows(root.resolve("out").resolve(date.toString())
			.resolve("D81001-" + date + ".xlsx"), "CONSULTATIONS");
		assertThat(consultations).filteredOn((row) -> row.get(2).equals("D81001") && row.get(6).equals("2026-11"))
			.extracting((row) -> row.get(9))
			.containsOnly("222");
	}

	/** Returns the Data sheet rows of one metric, each cell formatted as text. */
	private static List<List<String>> dataRows(Path workbook, String metricCode) throws Exception {
		org.apache.poi.ss.usermodel.DataFormatter formatter = new org.apache.poi.ss.usermodel.DataFormatter();
		List<List<String>> rows = new java.util.ArrayList<>();
		try (XSSFWorkbook opened = new XSSFWorkbook(workbook.toFile())) {
			for (org.apache.poi.ss.usermodel.Row row : opened.getSheet("Data")) {
				List<String> cells = new java.util.ArrayList<>();
				for (int column = 0; column < row.getLastCellNum(); column++) {
					cells.add(formatter.formatCellValue(row.getCell(column)));
				}
				if (cells.size() > 11 && cells.get(4).equals(metricCode)) {
					rows.add(cells);
				}
			}
		}
		return rows;
	}

	private static StepExecution step(JobExecution execution, String name) {
		return execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().equals(name))
			.findFirst()
			.orElse(null);
	}

}
