package org.benchwarden.job;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.benchwarden.workbook.WorkbookText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Drops every file of the shared bad-input collection into the inbox and runs the whole nightly
 * job once per test. Each test checks part of what an operator sees afterwards: the archive, the
 * quarantine with its reasons, the rejects report, the run summary counts, or the workbooks read
 * back with POI. The
 * files carry made-up practices Z99001 to Z99027, which the test maps onto three made-up PCNs in
 * one made-up ICB, each PCN with a group from the pcn template and the ICB with one from the icb
 * template.
 */
class BadInputJobIntegrationTests extends JobDatabaseTests {

	private static final Path BAD_INPUTS = Path.of("..", "shared", "bad-inputs");

	/** The files report March 2025, which ended within the 12 months up to this date. */
	private static final LocalDate REPORTING_DATE = LocalDate.of(2025, 4, 1);

	private static final String ICB = "Q99";

	private static final List<String> PCNS = List.of("U99001", "U99002", "U99003");

	private static final String SPREADSHEET = "highly-compressed-styles.xlsx";

	private static final String DUPLICATE_HEADER = "duplicate-header.csv";

	private static final String NOTES_PRACTICE = "Z99002";

	/** Seconds LibreOffice may take to convert every workbook of one run to PDF. */
	private static final long CONVERSION_TIMEOUT_SECONDS = 300;

	@Autowired
	RunSummaryListener runSummaryListener;

	@BeforeEach
	void requireBadInputs() {
		assumeTrue(Files.isDirectory(BAD_INPUTS), () -> "skipped: the bad-input collection " + BAD_INPUTS.toAbsolutePath()
				+ " is not on this machine; these tests need the project's shared sample files beside the project");
	}

	@Test
	void csvFilesArchivedWithExactCounts(@TempDir Path root) throws Exception {
		Map<String, Long> expectedRecords = new TreeMap<>(Map.of("bom-before-header.csv", 2L,
				"cell-over-32767-chars.csv", 2L, "hash-at-line-start.csv", 3L, "header-spacing-and-case.csv", 1L,
				"names-unfit-for-sheet-names.csv", 7L, "quoted-comma-newline-quote.csv", 3L,
				"suppressed-and-formatted-counts.csv", 7L, "trailing-blank-lines.csv", 2L,
				"trailing-comma-every-line.csv", 2L));

		BadInputRun run = runEveryBadInput(root, "bad-inputs-counts", practiceNames());

		assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(JobTestSupport.listFiles(run.inbox())).isEmpty();
		assertThat(fileNames(run.archived())).containsExactlyInAnyOrderElementsOf(expectedRecords.keySet());
		for (Map.Entry<String, Long> expected : expectedRecords.entrySet()) {
			String file = expected.getKey();
			assertThat(Files.mismatch(run.archived().resolve(file), BAD_INPUTS.resolve(file))).as(file).isEqualTo(-1);
			assertThat(sourceFileColumn(run, file, "status")).as(file).isEqualTo("LOADED");
			assertThat(sourceFileCount(run, file, "records_loaded")).as(file).isEqualTo(expected.getValue());
			assertThat(sourceFileCount(run, file, "records_rejected")).as(file).isZero();
			assertThat(readCount(run, file)).as(file).isEqualTo(expected.getValue());
		}
	}

	@Test
	void duplicateHeaderQuarantinedNamingColumn(@TempDir Path root) throws Exception {
		BadInputRun run = runEveryBadInput(root, "bad-inputs-duplicate-header", practiceNames());

		Path quarantined = run.quarantined().resolve(DUPLICATE_HEADER);
		String reason = Files.readString(run.quarantined().resolve(DUPLICATE_HEADER + ".reason.txt"));
		assertThat(quarantined).isRegularFile();
		assertThat(Files.mismatch(quarantined, BAD_INPUTS.resolve(DUPLICATE_HEADER))).isEqualTo(-1);
		assertThat(reason).contains("\"Consultations\" appears twice");
		assertThat(reason).doesNotContain("412");
		assertThat(reason).doesNotContain("430");
		assertThat(sourceFileColumn(run, DUPLICATE_HEADER, "status")).isEqualTo("QUARANTINED");
		assertThat(count("SELECT COUNT(*) FROM activity_value v JOIN source_file f ON f.id = v.source_file_id "
				+ "WHERE f.job_instance_id = ? AND f.file_name = ?", run.instanceId(), DUPLICATE_HEADER)).isZero();
	}

	@Test
	void spreadsheetQuarantinedWithPlainMessage(@TempDir Path root) throws Exception {
		BadInputRun run = runEveryBadInput(root, "bad-inputs-spreadsheet", practiceNames());

		Path quarantined = run.quarantined().resolve(SPREADSHEET);
		String reason = Files.readString(run.quarantined().resolve(SPREADSHEET + ".reason.txt"));
		assertThat(quarantined).isRegularFile();
		assertThat(Files.mismatch(quarantined, BAD_INPUTS.resolve(SPREADSHEET))).isEqualTo(-1);
		assertThat(reason).containsIgnoringCase("spreadsheet");
		assertThat(reason).containsIgnoringCase("save it as CSV");
		assertThat(reason).doesNotContain("Exception");
		assertThat(reason).doesNotContain("\tat ");
		assertThat(reason.strip().lines()).hasSize(1);
		assertThat(sourceFileColumn(run, SPREADSHEET, "status")).isEqualTo("QUARANTINED");
	}

	@Test
	void rejectsReportListsQuarantinedFiles(@TempDir Path root) throws Exception {
		BadInputRun run = runEveryBadInput(root, "bad-inputs-rejects", practiceNames());

		List<CSVRecord> rejects = rejectsReport(run);
		assertThat(rejects).extracting((row) -> row.get("file")).containsExactlyInAnyOrder(DUPLICATE_HEADER, SPREADSHEET);
		for (CSVRecord row : rejects) {
			String reason = Files.readString(run.quarantined().resolve(row.get("file") + ".reason.txt")).strip();
			assertThat(row.get("line")).isEqualTo("0");
			assertThat(row.get("reason")).isEqualTo("file quarantined whole: " + reason);
		}
	}

	@Test
	void unmappedPracticeRejectedWithLineAndRecord(@TempDir Path root) throws Exception {
		// Z99004 comes after a quoted line break in one file, so its physical line and record number differ.
		Map<String, String> names = practiceNames();
		names.remove("Z99004");

		BadInputRun run = runEveryBadInput(root, "bad-inputs-unmapped", names);

		List<CSVRecord> rejected = rejectsReport(run).stream().filter((row) -> !row.get("line").equals("0")).toList();
		assertThat(rejected).hasSize(2);
		CSVRecord quoted = rejected.stream()
			.filter((row) -> row.get("file").equals("quoted-comma-newline-quote.csv"))
			.findFirst()
			.orElseThrow();
		assertThat(quoted.get("line")).isEqualTo("5");
		assertThat(quoted.get("record")).isEqualTo("3");
		assertThat(quoted.get("column")).isEqualTo("PracticeCode");
		assertThat(quoted.get("value")).isEqualTo("Z99004");
		assertThat(quoted.get("reason")).contains("line 5 (record 3)").contains("not in the organisation mapping");
		CSVRecord suppressed = rejected.stream()
			.filter((row) -> row.get("file").equals("suppressed-and-formatted-counts.csv"))
			.findFirst()
			.orElseThrow();
		assertThat(suppressed.get("line")).isEqualTo("5");
		assertThat(suppressed.get("record")).isEqualTo("4");
		assertThat(sourceFileCount(run, "quoted-comma-newline-quote.csv", "records_loaded")).isEqualTo(2);
		assertThat(sourceFileCount(run, "quoted-comma-newline-quote.csv", "records_rejected")).isEqualTo(1);
		assertThat(summary(run).recordsRejected()).isEqualTo(2);
	}

	@Test
	void blankLinesCountedNotLoaded(@TempDir Path root) throws Exception {
		String file = "trailing-blank-lines.csv";

		BadInputRun run = runEveryBadInput(root, "bad-inputs-blank-lines", practiceNames());

		assertThat(sourceFileCount(run, file, "blank_lines")).isEqualTo(3);
		assertThat(summary(run).blankLines()).isEqualTo(3);
		assertThat(count("SELECT COUNT(*) FROM source_file WHERE job_instance_id = ? AND blank_lines > 0",
				run.instanceId())).isEqualTo(1);
		assertThat(practicesLoadedFrom(run, file)).containsExactly("Z99001", "Z99002");
		assertThat(practicesLoadedFrom(run, "trailing-comma-every-line.csv")).containsExactly("Z99001", "Z99002");
	}

	@Test
	void headerVariantsLoadEveryColumn(@TempDir Path root) throws Exception {
		BadInputRun run = runEveryBadInput(root, "bad-inputs-headers", practiceNames());

		assertThat(loadedValue(run, "header-spacing-and-case.csv", "Z99001", "CONSULTATIONS")).isEqualByComparingTo("412");
		assertThat(loadedValue(run, "header-spacing-and-case.csv", "Z99001", "LIST_SIZE")).isEqualByComparingTo("5120");
		assertThat(loadedValue(run, "bom-before-header.csv", "Z99001", "CONSULTATIONS")).isEqualByComparingTo("412");
		assertThat(practicesLoadedFrom(run, "bom-before-header.csv")).containsExactly("Z99001", "Z99002");
		assertThat(loadedValue(run, "hash-at-line-start.csv", "Z99008", "CONSULTATIONS")).isEqualByComparingTo("205");
		assertThat(loadedValue(run, "hash-at-line-start.csv", "Z99008", "LIST_SIZE")).isEqualByComparingTo("3300");
		assertThat(count("SELECT COUNT(*) FROM activity_value v JOIN source_file f ON f.id = v.source_file_id "
				+ "WHERE f.job_instance_id = ? AND f.status = 'LOADED' AND v.numerator_state = 'M' "
				+ "AND f.file_name <> 'suppressed-and-formatted-counts.csv'", run.instanceId())).isZero();
	}

	@Test
	void suppressedAndFormattedCountsCounted(@TempDir Path root) throws Exception {
		String file = "suppressed-and-formatted-counts.csv";

		BadInputRun run = runEveryBadInput(root, "bad-inputs-suppressed", practiceNames());

		RunSummary summary = summary(run);
		assertThat(sourceFileCount(run, file, "suppressed_values")).isEqualTo(2);
		assertThat(sourceFileCount(run, file, "missing_values")).isEqualTo(1);
		assertThat(sourceFileCount(run, file, "dash_values")).isEqualTo(1);
		assertThat(summary.suppressedValues()).isEqualTo(2);
		assertThat(summary.missingValues()).isEqualTo(1);
		assertThat(summary.dashValues()).isEqualTo(1);
		assertThat(summary.describe()).contains("missing: 1, written as a dash: 1");
		assertThat(loadedState(run, file, "Z99001")).isEqualTo("S");
		assertThat(loadedState(run, file, "Z99002")).isEqualTo("M");
		assertThat(loadedValue(run, file, "Z99003", "CONSULTATIONS")).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(loadedState(run, file, "Z99004")).isEqualTo("S");
		assertThat(loadedValue(run, file, "Z99005", "CONSULTATIONS")).isEqualByComparingTo("1234");
		assertThat(loadedValue(run, file, "Z99006", "CONSULTATIONS")).isEqualByComparingTo("56");
		assertThat(loadedState(run, file, "Z99007")).isEqualTo("M");
	}

	@Test
	void suppressedValuesLeftOutOfAggregates(@TempDir Path root) throws Exception {
		// Only this file goes in, because other files carry plain values for the suppressed practices.
		String file = "suppressed-and-formatted-counts.csv";
		// Of the file's consultation counts only 0, "1,234" and " 56 " are values: * and c are
		// suppressed, and the empty cell and - are missing.
		BigDecimal expectedSum = BigDecimal.valueOf(0 + 1_234 + 56);

		BadInputRun run = runBadInputs(root, "bad-inputs-suppressed-aggregate", practiceNames(), List.of(file));

		// The ICB itself may not see this sum: minus the U99002 aggregate it would reveal Z99003's
		// figure. Z99003 sees its own PCN's practices one by one, so two contributors stay hidden.
		List<List<String>> icb = dataRows(run.workbook("Z99003"), "CONSULTATIONS");
		List<String> icbAggregate = icb.stream().filter((row) -> row.get(2).equals("ICB-" + ICB)).findFirst().orElseThrow();
		assertThat(new BigDecimal(icbAggregate.get(7).replace(",", ""))).isEqualByComparingTo(expectedSum);
		assertThat(icbAggregate.get(11)).isEqualTo("3");
		assertThat(icbAggregate.get(14)).isEqualTo("Shown");
		List<List<String>> own = dataRows(run.workbook("Z99004"), "CONSULTATIONS");
		List<String> ownRow = own.stream().filter((row) -> row.get(2).equals("Z99004")).findFirst().orElseThrow();
		assertThat(ownRow.get(14)).isEqualTo("Suppressed");
		assertThat(ownRow.get(7)).isEmpty();
		assertThat(WorkbookText.read(run.workbook("Z99003")).strings())
			.anyMatch((text) -> text.contains("2 suppressed values were left out"));
	}

	@Test
	void everyWorkbookOpensWithValidSheetNames(@TempDir Path root) throws Exception {
		Map<String, String> names = practiceNames();

		BadInputRun run = runEveryBadInput(root, "bad-inputs-sheet-names", names);

		List<Path> workbooks = run.workbooks();
		Set<String> expectedRecipients = new HashSet<>(names.keySet());
		expectedRecipients.addAll(PCNS);
		expectedRecipients.add(ICB);
		assertThat(workbooks).extracting((file) -> file.getFileName().toString())
			.containsExactlyInAnyOrderElementsOf(expectedRecipients.stream()
				.map((code) -> code + "-" + REPORTING_DATE + ".xlsx")
				.toList());
		for (Path workbook : workbooks) {
			try (XSSFWorkbook opened = new XSSFWorkbook(workbook.toFile())) {
				Set<String> seen = new HashSet<>();
				for (Sheet sheet : opened) {
					String name = sheet.getSheetName();
					assertThatCode(() -> WorkbookUtil.validateSheetName(name)).as(workbook + " " + name)
						.doesNotThrowAnyException();
					assertThat(name).as(workbook.toString()).isNotEqualToIgnoringCase("History");
					assertThat(seen.add(name.toUpperCase(Locale.ROOT))).as(workbook + " " + name).isTrue();
				}
			}
		}
	}

	@Test
	void awkwardPracticeNamesIntactInOwnWorkbooks(@TempDir Path root) throws Exception {
		Map<String, String> names = practiceNames();

		BadInputRun run = runEveryBadInput(root, "bad-inputs-names", names);

		for (Map.Entry<String, String> practice : names.entrySet()) {
			String code = practice.getKey();
			String expectedName = practice.getValue().isBlank() ? code : practice.getValue().strip();
			List<String> ownNames = dataRows(run.workbook(code), "CONSULTATIONS").stream()
				.filter((row) -> row.get(2).equals(code))
				.map((row) -> row.get(3))
				.toList();
			assertThat(ownNames).as(code).isNotEmpty();
			assertThat(ownNames).as(code).allMatch(expectedName::equals);
			assertThat(WorkbookText.read(run.workbook(code)).strings()).as(code).contains("Benchmark workbook for " + expectedName);
		}
	}

	@Test
	void oversizedNotesLeaveEveryWorkbookWritten(@TempDir Path root) throws Exception {
		BadInputRun run = runEveryBadInput(root, "bad-inputs-oversized", practiceNames());

		RunSummary summary = summary(run);
		assertThat(summary.workbooks()).isEqualTo(summary.recipients());
		assertThat(run.workbooks()).hasSize((int) summary.recipients());
		assertThat(run.workbook(NOTES_PRACTICE)).isRegularFile();
		assertThat(loadedValue(run, "cell-over-32767-chars.csv", NOTES_PRACTICE, "CONSULTATIONS"))
			.isEqualByComparingTo("298");
		for (Path workbook : run.workbooks()) {
			assertThat(WorkbookText.read(workbook).strings()).as(workbook.toString())
				.allMatch((text) -> text.length() <= 32_767)
				.noneMatch((text) -> text.contains("Extended access notes"));
		}
	}

	@Test
	void libreOfficeConvertsEveryWorkbook(@TempDir Path root) throws Exception {
		Path soffice = findOnPath("soffice");
		assumeTrue(soffice != null, "skipped: LibreOffice (soffice) is not on the PATH, so the workbooks cannot be "
				+ "converted to PDF here");
		BadInputRun run = runEveryBadInput(root, "bad-inputs-libreoffice", practiceNames());
		Path pdfs = Files.createDirectories(root.resolve("pdf"));
		List<String> command = new ArrayList<>(List.of(soffice.toString(),
				"-env:UserInstallation=" + root.resolve("libreoffice-profile").toUri(), "--headless", "--convert-to",
				"pdf", "--outdir", pdfs.toString()));
		run.workbooks().forEach((workbook) -> command.add(workbook.toString()));

		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(root.resolve("soffice.log").toFile())
			.start();
		boolean finished = process.waitFor(CONVERSION_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		if (!finished) {
			process.destroyForcibly();
		}

		assertThat(finished).as("soffice finished within %d s", CONVERSION_TIMEOUT_SECONDS).isTrue();
		assertThat(process.exitValue()).as(Files.readString(root.resolve("soffice.log"))).isZero();
		for (Path workbook : run.workbooks()) {
			String stem = workbook.getFileName().toString().replaceFirst("\\.xlsx$", "");
			Path pdf = pdfs.resolve(stem + ".pdf");
			assertThat(pdf).as(Files.readString(root.resolve("soffice.log"))).isRegularFile();
			assertThat(Files.size(pdf)).as(pdf.toString()).isPositive();
		}
	}

	// running the job

	/** One run's execution and the folders an operator looks at afterwards. */
	private record BadInputRun(JobExecution execution, Path inbox, Path archived, Path quarantined, Path output) {

		long instanceId() {
			return this.execution.getJobInstance().getInstanceId();
		}

		Path workbook(String recipient) {
			return this.output.resolve(recipient + "-" + REPORTING_DATE + ".xlsx");
		}

		List<Path> workbooks() throws IOException {
			return JobTestSupport.listFiles(this.output)
				.stream()
				.filter((file) -> file.getFileName().toString().endsWith(".xlsx"))
				.toList();
		}

	}

	private BadInputRun runEveryBadInput(Path root, String name, Map<String, String> practiceNames) throws Exception {
		List<String> files;
		try (Stream<Path> entries = Files.list(BAD_INPUTS)) {
			files = entries.map((file) -> file.getFileName().toString()).filter((file) -> !file.equals("README.md")).toList();
		}
		return runBadInputs(root, name, practiceNames, files);
	}

	private BadInputRun runBadInputs(Path root, String name, Map<String, String> practiceNames, List<String> files)
			throws Exception {
		Path inbox = Files.createDirectories(root.resolve("inbox"));
		for (String file : files) {
			Files.copy(BAD_INPUTS.resolve(file), inbox.resolve(file));
		}
		Path mapping = writeMapping(root.resolve("practice-mapping.csv"), practiceNames);
		Path sharing = writeSharing(Files.createDirectories(root.resolve("sharing")));
		Path definition = JobTestSupport.writeDefinition(root, name, inbox, "move", List.of(mapping), sharing, null,
				"months: 12");

		JobExecution execution = JobTestSupport.run(this.jobOperator, this.nightlyBenchmarkJob, this.loader, definition,
				REPORTING_DATE, 0, null);

		return new BadInputRun(execution, inbox, root.resolve("archive").resolve(REPORTING_DATE.toString()),
				root.resolve("quarantine").resolve(REPORTING_DATE.toString()),
				root.resolve("out").resolve(REPORTING_DATE.toString()));
	}

	/**
	 * Returns each practice code in the bad-input CSV files with its name there. Where files give one
	 * practice different names, the longest wins, because it carries the most awkward characters.
	 */
	private static Map<String, String> practiceNames() throws IOException {
		Map<String, String> names = new TreeMap<>();
		List<Path> files;
		try (Stream<Path> entries = Files.list(BAD_INPUTS)) {
			files = entries.filter((file) -> file.getFileName().toString().endsWith(".csv")).sorted().toList();
		}
		for (Path file : files) {
			try (Reader reader = new java.io.InputStreamReader(
					BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get(), StandardCharsets.UTF_8);
					CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180).get()) {
				List<CSVRecord> records = parser.getRecords();
				List<String> header = records.get(0).toList().stream().map(BadInputJobIntegrationTests::headerKey).toList();
				int codeColumn = header.indexOf("practicecode");
				int nameColumn = header.indexOf("practicename");
				for (CSVRecord record : records.subList(1, records.size())) {
					if (codeColumn < 0 || nameColumn < 0 || record.size() <= Math.max(codeColumn, nameColumn)
							|| record.get(codeColumn).isBlank()) {
						continue;
					}
					names.merge(record.get(codeColumn).strip(), record.get(nameColumn),
							(first, second) -> (second.length() > first.length()) ? second : first);
				}
			}
		}
		return names;
	}

	private static String headerKey(String name) {
		return name.replace('\u00A0', ' ').strip().toLowerCase(Locale.ROOT);
	}

	/** Writes a registrations mapping that puts Z99001-Z99004, Z99005-Z99008 and the rest in three PCNs. */
	private static Path writeMapping(Path file, Map<String, String> practiceNames) throws IOException {
		try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
				CSVFormat.RFC4180.builder()
					.setHeader("PRACTICE_CODE", "PRACTICE_NAME", "PCN_CODE", "PCN_NAME", "SUB_ICB_LOCATION_CODE",
							"SUB_ICB_LOCATION_NAME", "ICB_CODE", "ICB_NAME", "COMM_REGION_CODE", "COMM_REGION_NAME")
					.get())) {
			for (Map.Entry<String, String> practice : practiceNames.entrySet()) {
				String pcn = pcnOf(practice.getKey());
				printer.printRecord(practice.getKey(), practice.getValue(), pcn, "Test network " + pcn, "99Z",
						"Test Sub-ICB location", ICB, "Test ICB", "Y99", "Test region");
			}
		}
		return file;
	}

	private static String pcnOf(String practiceCode) {
		int number = Integer.parseInt(practiceCode.substring(practiceCode.length() - 3));
		if (number <= 4) {
			return PCNS.get(0);
		}
		return (number <= 8) ? PCNS.get(1) : PCNS.get(2);
	}

	private static Path writeSharing(Path folder) throws IOException {
		StringBuilder yaml = new StringBuilder("agreements:\n");
		for (String pcn : PCNS) {
			yaml.append("  - {code: PCN-").append(pcn).append(", name: Test network ").append(pcn)
				.append(" group, template: pcn, lead: ").append(pcn)
				.append(", members: {practices-under: [").append(pcn).append("]}}\n");
		}
		yaml.append("  - {code: ICB-").append(ICB).append(", name: Test ICB group, template: icb, lead: ").append(ICB)
			.append(", members: {practices-under: [").append(ICB).append("]}}\n");
		Files.writeString(folder.resolve("sharing.yml"), yaml);
		return folder;
	}

	// reading what the run left behind

	private RunSummary summary(BadInputRun run) {
		return this.runSummaryListener.summarise(run.execution());
	}

	private String sourceFileColumn(BadInputRun run, String file, String column) {
		return this.jdbc.queryForObject("SELECT " + column + " FROM source_file WHERE job_instance_id = ? AND file_name = ?",
				String.class, run.instanceId(), file);
	}

	private long sourceFileCount(BadInputRun run, String file, String column) {
		return count("SELECT " + column + " FROM source_file WHERE job_instance_id = ? AND file_name = ?",
				run.instanceId(), file);
	}

	private long readCount(BadInputRun run, String file) {
		return count("SELECT READ_COUNT FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? AND STEP_NAME = ?",
				run.execution().getId(), "ingestFile:file:" + file);
	}

	private List<String> practicesLoadedFrom(BadInputRun run, String file) {
		return this.jdbc.queryForList("SELECT DISTINCT v.practice_code FROM activity_value v JOIN source_file f "
				+ "ON f.id = v.source_file_id WHERE f.job_instance_id = ? AND f.file_name = ? ORDER BY v.practice_code",
				String.class, run.instanceId(), file);
	}

	private BigDecimal loadedValue(BadInputRun run, String file, String practice, String metric) {
		return this.jdbc.queryForObject("SELECT v.numerator FROM activity_value v JOIN source_file f "
				+ "ON f.id = v.source_file_id WHERE f.job_instance_id = ? AND f.file_name = ? AND v.practice_code = ? "
				+ "AND v.metric_code = ? AND v.numerator_state = 'V'", BigDecimal.class, run.instanceId(), file, practice,
				metric);
	}

	private String loadedState(BadInputRun run, String file, String practice) {
		return this.jdbc.queryForObject("SELECT v.numerator_state FROM activity_value v JOIN source_file f "
				+ "ON f.id = v.source_file_id WHERE f.job_instance_id = ? AND f.file_name = ? AND v.practice_code = ? "
				+ "AND v.metric_code = 'CONSULTATIONS'", String.class, run.instanceId(), file, practice);
	}

	private static List<CSVRecord> rejectsReport(BadInputRun run) throws IOException {
		try (CSVParser parser = CSVParser.builder()
			.setReader(Files.newBufferedReader(run.output().resolve("rejects.csv")))
			.setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())
			.get()) {
			return parser.getRecords();
		}
	}

	private static List<String> fileNames(Path folder) throws IOException {
		return JobTestSupport.listFiles(folder).stream().map((file) -> file.getFileName().toString()).toList();
	}

	/** Returns the Data sheet rows of one metric, each cell formatted as text. */
	private static List<List<String>> dataRows(Path workbook, String metricCode) throws Exception {
		DataFormatter formatter = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook opened = new XSSFWorkbook(workbook.toFile())) {
			for (Row row : opened.getSheet("Data")) {
				List<String> cells = new ArrayList<>();
				for (int column = 0; column < row.getLastCellNum(); column++) {
					cells.add(formatter.formatCellValue(row.getCell(column)));
				}
				if (cells.size() > 14 && cells.get(4).equals(metricCode)) {
					rows.add(cells);
				}
			}
		}
		return rows;
	}

	private static Path findOnPath(String program) {
		String path = System.getenv("PATH");
		if (path == null) {
			return null;
		}
		for (String folder : path.split(java.io.File.pathSeparator)) {
			Path candidate = Path.of(folder, program);
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

}
