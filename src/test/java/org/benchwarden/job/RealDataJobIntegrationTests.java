package org.benchwarden.job;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.benchwarden.job.EntitlementOracle.Allowance;
import org.benchwarden.job.EntitlementOracle.ExpectedAggregate;
import org.benchwarden.job.RealActivityData.FigureKey;
import org.benchwarden.job.RealActivityData.Rejection;
import org.benchwarden.workbook.RunManifest;
import org.benchwarden.workbook.RunManifestWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the whole nightly job once on real NHS activity files with a sharing configuration that the
 * test generates over the practices in them, then checks the counts against the input files and
 * reads every workbook back to prove that none contains anything its recipient may not see. Skipped
 * when the real data folder is absent.
 */
@SpringBootTest(properties = "benchwarden.command-line.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(value = "realDataPresent", disabledReason = "skipped: the real NHS data folder ../shared/real-data "
		+ "is not beside the project; put the shared folder there to run the real-data tests")
class RealDataJobIntegrationTests {

	private static final LocalDate REPORTING_DATE = LocalDate.of(2026, 12, 1);

	/**
	 * The database and the run's folders live here. {@code @TempDir} cannot be used, because with one
	 * test instance for the class the Spring context starts before JUnit fills such fields.
	 */
	private static final Path root = createTemporaryFolder();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("benchwarden.data-directory", () -> root.resolve("database").toString());
	}

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job nightlyBenchmarkJob;

	@Autowired
	RunContextLoader loader;

	@Autowired
	JdbcTemplate jdbc;

	private RealActivityData data;

	private SharingPlan plan;

	private EntitlementOracle oracle;

	private JobExecution execution;

	private Path output;

	static boolean realDataPresent() {
		return Files.isDirectory(RealActivityData.SHARED);
	}

	@BeforeAll
	void runJobOnRealData() throws Exception {
		Assumptions.assumeTrue(Files.isDirectory(RealActivityData.SHARED),
				"real NHS data folder " + RealActivityData.SHARED.toAbsolutePath()
						+ " is absent; clone the shared folder beside the project to run these tests");
		this.data = RealActivityData.read();
		this.plan = SharingPlan.generate(this.data);
		this.oracle = new EntitlementOracle(this.plan, this.data);

		Path inbox = Files.createDirectories(root.resolve("inbox"));
		for (Path file : RealActivityData.ACTIVITY_FILES) {
			Files.copy(file, inbox.resolve(file.getFileName()));
		}
		Path sharing = this.plan.writeYaml(root.resolve("sharing")).getParent();
		List<Path> mappings = RealActivityData.MAPPINGS.stream().map(Path::toAbsolutePath).toList();
		Path definition = JobTestSupport.writeDefinition(root, "real-data", inbox, "move", mappings, sharing,
				null, "all");

		this.execution = JobTestSupport.run(this.jobOperator, this.nightlyBenchmarkJob, this.loader, definition,
				REPORTING_DATE, 0, null);
		this.output = root.resolve("out").resolve(REPORTING_DATE.toString());
	}

	@AfterAll
	void deleteTemporaryFolder() throws IOException {
		FileSystemUtils.deleteRecursively(root);
	}

	@Test
	void realDataRunCompletes() {
		BatchStatus status = this.execution.getStatus();

		assertThat(status).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void recordCountsMatchInputFiles() {
		long instance = this.execution.getJobInstance().getInstanceId();

		Map<String, List<Long>> counts = new TreeMap<>();
		this.jdbc.query("SELECT file_name, records_read, records_loaded, records_rejected FROM source_file "
				+ "WHERE job_instance_id = ? AND status = 'LOADED'", (java.sql.ResultSet rs) -> {
					counts.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
				}, instance);

		assertThat(counts).hasSize(this.data.fileCounts.size());
		for (RealActivityData.FileCounts expected : this.data.fileCounts) {
			assertThat(counts).containsKey(expected.fileName());
			List<Long> actual = counts.get(expected.fileName());
			assertThat(actual.get(0)).as("records read from %s", expected.fileName()).isEqualTo(expected.read());
			assertThat(actual.get(1)).as("records loaded from %s", expected.fileName())
				.isEqualTo(expected.read() - expected.rejected());
			assertThat(actual.get(2)).as("records rejected from %s", expected.fileName()).isEqualTo(expected.rejected());
		}
	}

	@Test
	void rejectsReportListsEveryRejectedRecord() throws IOException {
		Path report = this.output.resolve("rejects.csv");

		Set<Rejection> listed = new HashSet<>();
		try (Reader reader = Files.newBufferedReader(report);
				CSVParser parser = CSVParser.builder()
					.setReader(reader)
					.setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())
					.get()) {
			for (CSVRecord record : parser) {
				listed.add(new Rejection(record.get("file"), Long.parseLong(record.get("line"))));
			}
		}

		assertThat(listed).isEqualTo(this.data.rejections);
	}

	@Test
	void everyNamedOrganisationGetsOneWorkbook() throws IOException {
		Set<String> expected = new TreeSet<>();
		for (String recipient : this.plan.recipients()) {
			expected.add(recipient + "-" + REPORTING_DATE + ".xlsx");
		}

		Set<String> written = new TreeSet<>();
		for (Path file : workbooks()) {
			written.add(file.getFileName().toString());
		}

		assertThat(written).isEqualTo(expected);
		assertThat(count("SELECT COUNT(*) FROM recipient_workbook WHERE job_instance_id = ?",
				this.execution.getJobInstance().getInstanceId())).isEqualTo(this.plan.recipients().size());
	}

	@Test
	void noWorkbookShowsMoreThanAllowed() throws IOException {
		WorkbookLeakChecker checker = new WorkbookLeakChecker(this.data, REPORTING_DATE, this.plan::acceptedProvider);

		// Reading a workbook back takes POI a few hundred milliseconds, so the workbooks are checked in parallel.
		List<String> problems = workbooks().parallelStream()
			.flatMap((workbook) -> check(checker, workbook).stream())
			.toList();

		assertThat(problems).as("leaks and wrong figures in %d workbooks", workbooks().size()).isEmpty();
	}

	@Test
	void manifestListsOnlyAllowedContributors() throws IOException {
		RunManifest manifest = new RunManifestWriter().read(this.output.resolve(RunManifestWriter.FILE_NAME));

		List<String> problems = new ArrayList<>();
		for (RunManifest.Recipient recipient : manifest.recipients()) {
			Allowance allowance = this.oracle.allowanceOf(recipient.odsCode());
			Set<String> shown = new TreeSet<>();
			Set<String> aggregateCodes = new TreeSet<>();
			for (RunManifest.ViewEntry view : recipient.views()) {
				shown.addAll(view.organisationsShown());
				for (RunManifest.AggregateEntry aggregate : view.aggregates()) {
					aggregateCodes.add(aggregate.code());
					ExpectedAggregate expected = allowance.aggregates().get(aggregate.code());
					if (expected == null || !expected.contributors().equals(new TreeSet<>(aggregate.contributors()))) {
						problems.add(recipient.odsCode() + " view " + view.id() + ": aggregate " + aggregate.code()
								+ " over " + aggregate.contributors() + ", expected "
								+ ((expected == null) ? "no such aggregate" : expected.contributors()));
					}
				}
			}
			if (!shown.equals(allowance.visiblePractices())) {
				problems.add(recipient.odsCode() + ": practices shown " + shown + ", expected "
						+ allowance.visiblePractices());
			}
			for (String code : aggregateCodes) {
				if (allowance.aggregates().containsKey(code)
						&& allowance.unsafeReason(allowance.aggregates().get(code), aggregateCodes) != null) {
					problems.add(recipient.odsCode() + ": aggregate " + code + " is listed although "
							+ allowance.unsafeReason(allowance.aggregates().get(code), aggregateCodes));
				}
			}
			for (ExpectedAggregate expected : allowance.aggregates().values()) {
				if (allowance.safeAgainstAll(expected) && !aggregateCodes.contains(expected.code())) {
					problems.add(recipient.odsCode() + ": safe aggregate " + expected.code() + " is missing");
				}
			}
		}

		assertThat(manifest.recipients()).hasSize(this.plan.recipients().size());
		assertThat(problems).isEmpty();
	}

	@Test
	void checkerCatchesPlantedHiddenFigure() throws IOException {
		Path original = this.output.resolve(firstPracticeWithHiddenNeighbours() + "-" + REPORTING_DATE + ".xlsx");
		Allowance allowance = allowanceOf(original);
		FigureKey hidden = hiddenFigureOf(allowance);
		Path planted = root.resolve("planted-figure.xlsx");

		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(original))) {
			XSSFSheet sheet = workbook.createSheet("Notes");
			sheet.createRow(0).createCell(0).setCellValue(this.data.figures.get(hidden).denominator().doubleValue());
			workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
			try (var out = Files.newOutputStream(planted)) {
				workbook.write(out);
			}
		}
		List<String> problems = new WorkbookLeakChecker(this.data, REPORTING_DATE, this.plan::acceptedProvider).check(planted, allowance);

		assertThat(problems).anyMatch((problem) -> problem.contains("number "
				+ this.data.figures.get(hidden).denominator().toPlainString()));
	}

	@Test
	void checkerCatchesPlantedHiddenCode() throws IOException {
		Path original = this.output.resolve(firstPracticeWithHiddenNeighbours() + "-" + REPORTING_DATE + ".xlsx");
		Allowance allowance = allowanceOf(original);
		String hiddenPractice = hiddenFigureOf(allowance).practice();
		Path planted = root.resolve("planted-code.xlsx");

		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(original))) {
			XSSFSheet cover = workbook.getSheet("Cover");
			ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
			XSSFComment comment = cover.createDrawingPatriarch().createCellComment(anchor);
			comment.setString("see also " + hiddenPractice);
			cover.getRow(0).getCell(0).setCellComment(comment);
			try (var out = Files.newOutputStream(planted)) {
				workbook.write(out);
			}
		}
		List<String> problems = new WorkbookLeakChecker(this.data, REPORTING_DATE, this.plan::acceptedProvider).check(planted, allowance);

		assertThat(problems).anyMatch((problem) -> problem.contains("organisation code " + hiddenPractice));
	}

	/** Returns the first practice that sees another practice one by one, so its workbook has figures to check. */
	private String firstPracticeWithHiddenNeighbours() {
		return this.data.knownPractices.stream()
			.filter((practice) -> this.oracle.allowanceOf(practice).visiblePractices().size() > 1)
			.findFirst()
			.orElseThrow();
	}

	/** Returns a figure of a practice the recipient cannot see, whose denominator is nowhere in its view. */
	private FigureKey hiddenFigureOf(Allowance allowance) {
		Set<java.math.BigDecimal> visibleNumbers = new HashSet<>();
		this.data.figures.forEach((key, sums) -> {
			if (allowance.visiblePractices().contains(key.practice())) {
				visibleNumbers.add(sums.numerator());
				if (sums.denominator() != null) {
					visibleNumbers.add(sums.denominator());
				}
			}
		});
		return this.data.figures.entrySet()
			.stream()
			.filter((entry) -> !allowance.visiblePractices().contains(entry.getKey().practice()))
			.filter((entry) -> entry.getValue().denominator() != null
					&& entry.getValue().denominator().compareTo(java.math.BigDecimal.valueOf(10_000)) > 0)
			.filter((entry) -> !visibleNumbers.contains(entry.getValue().denominator()))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow();
	}

	private List<String> check(WorkbookLeakChecker checker, Path workbook) {
		try {
			return checker.check(workbook, allowanceOf(workbook));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException("cannot read workbook " + workbook, ex);
		}
	}

	private Allowance allowanceOf(Path workbook) {
		String fileName = workbook.getFileName().toString();
		String recipient = fileName.substring(0, fileName.length() - ("-" + REPORTING_DATE + ".xlsx").length());
		return this.oracle.allowanceOf(recipient);
	}

	private List<Path> workbooks() throws IOException {
		return JobTestSupport.listFiles(this.output)
			.stream()
			.filter((file) -> file.getFileName().toString().endsWith(".xlsx"))
			.toList();
	}

	private static Path createTemporaryFolder() {
		try {
			return Files.createTempDirectory("benchwarden-real-data-");
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException("cannot create a temporary folder for the real-data run", ex);
		}
	}

	private long count(String sql, Object... arguments) {
		Long value = this.jdbc.queryForObject(sql, Long.class, arguments);
		return (value != null) ? value : 0;
	}

}
