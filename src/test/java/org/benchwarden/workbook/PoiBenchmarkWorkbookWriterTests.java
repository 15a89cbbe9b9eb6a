package org.benchwarden.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.benchwarden.access.Entitlements;
import org.benchwarden.benchmark.Figure;
import org.benchwarden.benchmark.FigureStatus;
import org.benchwarden.organisation.Organisation;
import org.benchwarden.organisation.OrganisationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoiBenchmarkWorkbookWriterTests {

	private final PoiBenchmarkWorkbookWriter writer = new PoiBenchmarkWorkbookWriter();

	private final DataFormatter formatter = new DataFormatter();

	@TempDir
	Path output;

	@Test
	void fileNamedByOdsCodeAndDate() throws IOException {
		WrittenWorkbook written = writeFixture();

		assertEquals(this.output.resolve("QZZ-2025-12-04.xlsx"), written.file());
		assertTrue(Files.isRegularFile(written.file()));
	}

	@Test
	void coverShowsRecipientAndUnofficialBanner() throws IOException {
		WrittenWorkbook written = writeFixture();

		try (XSSFWorkbook workbook = open(written.file())) {
			XSSFSheet cover = workbook.getSheetAt(0);
			List<String> text = texts(cover);

			assertEquals(SheetNames.COVER, cover.getSheetName());
			assertEquals(0, workbook.getActiveSheetIndex());
			assertTrue(text.contains("Benchmark workbook for North ICB"));
			assertTrue(text.contains("QZZ"));
			assertTrue(text.contains("ICB"));
			assertTrue(text.contains("2025-10"));
			assertTrue(text.contains("4 December 2025, 02:15 GMT (UK time)"));
			assertTrue(text.contains("nightly 2025-12-04"));
			assertTrue(text.contains(Labels.UNOFFICIAL));
			assertTrue(text.contains(CoverSheet.BANNER_EXPLANATION));
			assertEquals("4 December 2025", this.formatter.formatCellValue(findRow(cover, "Reporting date").getCell(1)));
		}
	}

	@Test
	void bannerRedAndLarge() throws IOException {
		WrittenWorkbook written = writeFixture();

		try (XSSFWorkbook workbook = open(written.file())) {
			Cell banner = findCell(workbook.getSheetAt(0), Labels.UNOFFICIAL);
			XSSFCellStyle style = (XSSFCellStyle) banner.getCellStyle();

			assertEquals("FFDA291C", style.getFillForegroundXSSFColor().getARGBHex());
			assertTrue(style.getFont().getFontHeightInPoints() >= 20);
			assertTrue(style.getFont().getBold());
		}
	}

	@Test
	void coverWithoutUnofficialViewsHasNoBanner() throws IOException {
		Entitlements official = new Entitlements(new Organisation("QZZ", "North ICB", OrganisationType.ICB),
				List.of(WorkbookFixtures.GROUP_AGGREGATE), List.of());

		WrittenWorkbook written = this.writer.write(WorkbookFixtures.request(official),
				WorkbookFixtures.source(WorkbookFixtures.figures()), this.output);

		try (XSSFWorkbook workbook = open(written.file())) {
			List<String> text = texts(workbook.getSheetAt(0));
			assertFalse(text.contains(Labels.UNOFFICIAL));
			assertTrue(text.contains("Nothing was withheld from this workbook."));
		}
	}

	@Test
	void coverListsViewsWithLinks() throws IOException {
		WrittenWorkbook written = writeFixture();

		try (XSSFWorkbook workbook = open(written.file())) {
			XSSFSheet cover = workbook.getSheetAt(0);
			Row local = findRow(cover, "Local scheme providers");
			Cell sheetCell = local.getCell(0);

			assertEquals("Providers LCS-1", sheetCell.getStringCellValue());
			assertNotNull(sheetCell.getHyperlink());
			assertEquals("'Providers LCS-1'!A1", sheetCell.getHyperlink().getAddress());
			assertEquals("Contract provider-level data", local.getCell(2).getStringCellValue());
			assertEquals("Authority", local.getCell(3).getStringCellValue());
			assertEquals("Data Sharing Contract LCS-1 – Extended access scheme", local.getCell(4).getStringCellValue());
			assertEquals(Labels.UNOFFICIAL, local.getCell(5).getStringCellValue());
			assertEquals(2.0, local.getCell(6).getNumericCellValue());
			assertEquals(0.0, local.getCell(7).getNumericCellValue());
			assertEquals(4.0, local.getCell(8).getNumericCellValue());
			assertEquals(2.0, findRow(cover, "PCN aggregates").getCell(7).getNumericCellValue());
		}
	}

	@Test
	void withheldRowsOnCover() throws IOException {
		WrittenWorkbook written = writeFixture();

		try (XSSFWorkbook workbook = open(written.file())) {
			XSSFSheet cover = workbook.getSheetAt(0);
			Row wholeView = findRow(cover, WorkbookFixtures.WHOLE_VIEW_WITHHELD.what());
			Row figureLevel = findRowContaining(cover, "aggregate U00002 Hilltop PCN");

			assertEquals(WorkbookFixtures.WHOLE_VIEW_WITHHELD.reason(), wholeView.getCell(1).getStringCellValue());
			assertEquals("PCN aggregates (sheet Connected ICB-GRP): aggregate U00002 Hilltop PCN, metrics CONSULT,"
					+ " QOF_PREV_AF", figureLevel.getCell(0).getStringCellValue());
			assertEquals("only one practice contributes", figureLevel.getCell(1).getStringCellValue());
			assertEquals(1, texts(cover).stream().filter((text) -> text.contains("U00002")).count());
		}
	}

	@Test
	void writtenWorkbookSummarisesWithheldFigures() throws IOException {
		WrittenWorkbook written = writeFixture();

		assertEquals(WorkbookFixtures.figureCount(), written.figureCount());
		assertEquals(1, written.figuresWithheld().size());
		assertTrue(written.figuresWithheld().get(0).what().contains("U00002"));
	}

	@Test
	void sheetPerViewWithFrozenHeaderAndFilter() throws IOException {
		WrittenWorkbook written = writeFixture();

		try (XSSFWorkbook workbook = open(written.file())) {
			List<String> names = sheetNames(workbook);
			assertEquals(List.of("Cover", "Group agg ICB-GRP", "Connected ICB-GRP", "Providers LCS-1", "Data"), names);
			for (String name : List.of("Group agg ICB-GRP", "Connected ICB-GRP", "Providers LCS-1")) {
				XSSFSheet sheet = workbook.getSheet(name);
				PaneInformation pane = sheet.getPaneInformation();

				assertNotNull(pane, name);
				assertTrue(pane.isFreezePane(), name);
				assertEquals(ViewSheet.HEADER_ROW + 1, pane.getHorizontalSplitPosition(), name);
				assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), name);
				assertEquals("A4:L" + (sheet.getLastRowNum() + 1), sheet.getCTWorksheet().getAutoFilter().getRef(), name);
			}
		}
	}

	@Test
	void viewSheetTitleNamesGrantAndUnofficial() throws IOException {
		WrittenWorkbook written = writeFixture();

		try (XSSFWorkbook workbook = open(written.file())) {
			XSSFSheet local = workbook.getSheet("Providers LCS-1");
			XSSFSheet group = workbook.getSheet("Group agg ICB-GRP");

			assertEquals("Local scheme providers", local.getRow(0).getCell(0).getStringCellValue());
			assertEquals("Granted by Data Sharing Contract LCS-1 – Extended access scheme. Role: Authority.",
					local.getRow(1).getCell(0).getStringCellValue());
			assertTrue(local.getRow(2).getCell(0).getStringCellValue().startsWith(Labels.UNOFFICIAL));
			assertEquals("FFDA291C", ((XSSFCellStyle) local.getRow(2).getCell(0).getCellStyle()).getFont()
				.getXSSFColor().getARGBHex());
			assertNull(group.getRow(2));
		}
	}

	@Test
	void headersMatchViewKind() throws IOException {
		WrittenWorkbook written = writeFixture();

		try (XSSFWorkbook workbook = open(written.file())) {
			assertEquals(List.of(ViewSheet.AGGREGATE_HEADERS), rowText(workbook.getSheet("Connected ICB-GRP")
				.getRow(ViewSheet.HEADER_ROW)));
			assertEquals(List.of(ViewSheet.ORGANISATION_HEADERS), rowText(workbook.getSheet("Providers LCS-1")
				.getRow(ViewSheet.HEADER_ROW)));
			XSSFCellStyle header = (XSSFCellStyle) workbook.getSheet("Data").getRow(0).getCell(0).getCellStyle();
			assertEquals("FF005EB8", header.getFillForegroundXSSFColor().getARGBHex());
			assertEquals("FFFFFFFF", header.getFont().getXSSFColor().getARGBHex());
			assertTrue(header.getFont().getBold());
			assertEquals("Arial", header.getFont().getFontName());
		}
	}

	@Test
	void numbersAreNumericWithFormats() throws IOException {
		WrittenWorkbook written = writeFixture();

		try (XSSFWorkbook workbook = open(written.file())) {
			XSSFSheet group = workbook.getSheet("Group agg ICB-GRP");
			Row consultations = findRow(group, "CONSULT");
			Row prevalence = findRow(group, "QOF_PREV_AF");
			Row rate = findRow(workbook.getSheet("Providers LCS-1"), "APPT_RATE");

			assertEquals(CellType.NUMERIC, consultations.getCell(5).getCellType());
			assertEquals(1234.0, consultations.getCell(5).getNumericCellValue());
			assertEquals("#,##0", consultations.getCell(5).getCellStyle().getDataFormatString());
			assertEquals("1,234", this.formatter.formatCellValue(consultations.getCell(7)));
			assertEquals(150.0, prevalence.getCell(5).getNumericCellValue());
			assertEquals(5000.0, prevalence.getCell(6).getNumericCellValue());
			assertEquals("0.0", prevalence.getCell(7).getCellStyle().getDataFormatString());
			assertEquals("3.0", this.formatter.formatCellValue(prevalence.getCell(7)));
			assertEquals(3.0, prevalence.getCell(9).getNumericCellValue());
			assertEquals(1.0, prevalence.getCell(10).getNumericCellValue());
			assertEquals("excludes 1 practice suppressed at source", prevalence.getCell(11).getStringCellValue());
			assertEquals("#,##0.0", rate.getCell(7).getCellStyle().getDataFormatString());
			assertEquals(45.0, rate.getCell(7).getNumericCellValue());
			assertEquals(1.0, rate.getCell(9).getNumericCellValue());
			assertEquals(1.0, rate.getCell(10).getNumericCellValue());
		}
	}

	@Test
	void nonShownFiguresHaveBlankNumbers() throws IOException {
		WrittenWorkbook written = writeFixture();

		try (XSSFWorkbook workbook = open(written.file())) {
			Row withheld = findRow(workbook.getSheet("Connected ICB-GRP"), "U00002");
			Row suppressed = findRows(workbook.getSheet("Providers LCS-1"), "Z99002").stream()
				.filter((row) -> "CONSULT".equals(row.getCell(2).getStringCellValue()))
				.findFirst()
				.orElseThrow();
			Row missing = findRows(workbook.getSheet("Providers LCS-1"), "Z99002").stream()
				.filter((row) -> "APPT_RATE".equals(row.getCell(2).getStringCellValue()))
				.findFirst()
				.orElseThrow();

			for (int column = 5; column <= 10; column++) {
				if (column == 8) {
					continue;
				}
				assertNull(withheld.getCell(column), "withheld column " + column);
				assertNull(suppressed.getCell(column), "suppressed column " + column);
				assertNull(missing.getCell(column), "missing column " + column);
			}
			assertEquals("withheld: only one practice contributes", withheld.getCell(11).getStringCellValue());
			assertEquals("suppressed", suppressed.getCell(11).getStringCellValue());
			assertEquals("no data received", missing.getCell(11).getStringCellValue());
			assertFalse(WorkbookText.read(written.file()).containsNumber(434));
		}
	}

	@Test
	void dataSheetHoldsEveryFigureOnce() throws IOException {
		WrittenWorkbook written = writeFixture();

		try (XSSFWorkbook workbook = open(written.file())) {
			XSSFSheet data = workbook.getSheet(SheetNames.DATA);
			List<String> expected = new ArrayList<>();
			for (Figure figure : WorkbookFixtures.allFigures()) {
				expected.add(figure.subjectCode() + "|" + figure.metricCode() + "|" + figure.period());
			}
			List<String> found = new ArrayList<>();
			for (int index = 1; index <= data.getLastRowNum(); index++) {
				Row row = data.getRow(index);
				found.add(row.getCell(2).getStringCellValue() + "|" + row.getCell(4).getStringCellValue() + "|"
						+ row.getCell(6).getStringCellValue());
			}

			assertEquals(List.of(DataSheet.HEADERS), rowText(data.getRow(0)));
			assertEquals(expected, found);
			assertTrue(data.getPaneInformation().isFreezePane());
			assertTrue(data.getCTWorksheet().isSetAutoFilter());
		}
	}

	@Test
	void dataSheetRowDescribesFigure() throws IOException {
		WrittenWorkbook written = writeFixture();

		try (XSSFWorkbook workbook = open(written.file())) {
			Row row = findRows(workbook.getSheet(SheetNames.DATA), "Z99001").stream()
				.filter((candidate) -> "CONSULT".equals(candidate.getCell(4).getStringCellValue()))
				.findFirst()
				.orElseThrow();
			Row withheld = findRow(workbook.getSheet(SheetNames.DATA), "U00002");

			assertEquals("Providers LCS-1", row.getCell(0).getStringCellValue());
			assertEquals("Organisation", row.getCell(1).getStringCellValue());
			assertEquals("Riverside Surgery", row.getCell(3).getStringCellValue());
			assertEquals(500.0, row.getCell(7).getNumericCellValue());
			assertEquals(1.0, row.getCell(11).getNumericCellValue());
			assertEquals(1.0, row.getCell(12).getNumericCellValue());
			assertEquals("Shown", row.getCell(14).getStringCellValue());
			assertEquals("Data Sharing Contract LCS-1 – Extended access scheme", row.getCell(15).getStringCellValue());
			assertEquals("Yes", row.getCell(16).getStringCellValue());
			assertEquals("Aggregate", withheld.getCell(1).getStringCellValue());
			assertEquals("Withheld", withheld.getCell(14).getStringCellValue());
			assertEquals("No", withheld.getCell(16).getStringCellValue());
			assertNull(withheld.getCell(7));
		}
	}

	@Test
	void longTextCutWithMarker() throws IOException {
		String longName = "Extended access notes. ".repeat(1740);
		Map<String, List<Figure>> figures = WorkbookFixtures.figures();
		figures.put("lcs", List.of(WorkbookFixtures.practice("Z99001", longName, "CONSULT", 500, null, 500, 1, 1,
				FigureStatus.SHOWN)));

		WrittenWorkbook written = this.writer.write(WorkbookFixtures.request(WorkbookFixtures.entitlements()),
				WorkbookFixtures.source(figures), this.output);

		try (XSSFWorkbook workbook = open(written.file())) {
			String cell = findRow(workbook.getSheet("Providers LCS-1"), "Z99001").getCell(1).getStringCellValue();
			assertTrue(longName.length() > Cells.MAX_TEXT_LENGTH);
			assertEquals(Cells.MAX_TEXT_LENGTH, cell.length());
			assertTrue(cell.endsWith(" … [cut: 40,020 characters]"), cell.substring(cell.length() - 40));
			assertTrue(cell.startsWith("Extended access notes."));
		}
	}

	@Test
	void failingSourceLeavesNoFile() throws IOException {
		FigureSource failing = (view, action) -> {
			WorkbookFixtures.figures().get("icb-group").forEach(action);
			throw new IllegalStateException("database connection lost");
		};

		IllegalStateException failure = assertThrows(IllegalStateException.class, () -> this.writer
			.write(WorkbookFixtures.request(WorkbookFixtures.entitlements()), failing, this.output));

		assertEquals("database connection lost", failure.getMessage());
		assertEquals(List.of(), listOutput());
	}

	@Test
	void failedRewriteKeepsOlderWorkbook() throws IOException {
		WrittenWorkbook first = writeFixture();
		byte[] before = Files.readAllBytes(first.file());
		FigureSource failing = (view, action) -> {
			throw new IllegalStateException("database connection lost");
		};

		assertThrows(IllegalStateException.class, () -> this.writer
			.write(WorkbookFixtures.request(WorkbookFixtures.entitlements()), failing, this.output));

		assertEquals(List.of("QZZ-2025-12-04.xlsx"), listOutput());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(first.file())));
	}

	@Test
	void figureOutsideViewFailsWrite() throws IOException {
		Map<String, List<Figure>> figures = WorkbookFixtures.figures();
		figures.put("lcs", List.of(WorkbookFixtures.practice("Z99003", "Hilltop Surgery", "CONSULT", 77, null, 77, 1,
				1, FigureStatus.SHOWN)));

		IllegalStateException failure = assertThrows(IllegalStateException.class,
				() -> this.writer.write(WorkbookFixtures.request(WorkbookFixtures.entitlements()),
						WorkbookFixtures.source(figures), this.output));

		assertTrue(failure.getMessage().contains("practice Z99003"), failure.getMessage());
		assertTrue(failure.getMessage().contains("not among the organisations the view lists"), failure.getMessage());
		assertEquals(List.of(), listOutput());
	}

	@Test
	void metricOutsideViewFailsWrite() throws IOException {
		Map<String, List<Figure>> figures = WorkbookFixtures.figures();
		figures.put("pcns", List.of(WorkbookFixtures.shownAggregate("pcns", "U00001", "Riverside PCN", "APPT_RATE", 9,
				100, 90, 2, 0)));

		IllegalStateException failure = assertThrows(IllegalStateException.class,
				() -> this.writer.write(WorkbookFixtures.request(WorkbookFixtures.entitlements()),
						WorkbookFixtures.source(figures), this.output));

		assertTrue(failure.getMessage().contains("metric the view does not show"), failure.getMessage());
		assertEquals(List.of(), listOutput());
	}

	@Test
	void unsafeOdsCodeRejected() {
		Entitlements entitlements = WorkbookFixtures.entitlements("../QZZ");

		IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
				() -> this.writer.write(WorkbookFixtures.request(entitlements),
						WorkbookFixtures.source(WorkbookFixtures.figures()), this.output));

		assertTrue(failure.getMessage().contains("\"../QZZ\""), failure.getMessage());
	}

	@Test
	void sha256MatchesFile() throws Exception {
		WrittenWorkbook written = writeFixture();

		byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(written.file()));

		assertEquals(HexFormat.of().formatHex(digest), written.sha256());
	}

	@Test
	void nothingElseInPackage() throws IOException {
		WrittenWorkbook written = writeFixture();

		try (XSSFWorkbook workbook = open(written.file())) {
			for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
				XSSFSheet sheet = workbook.getSheetAt(index);
				assertFalse(workbook.isSheetHidden(index), sheet.getSheetName());
				assertFalse(workbook.isSheetVeryHidden(index), sheet.getSheetName());
				assertTrue(sheet.getCellComments().isEmpty(), sheet.getSheetName());
				assertTrue(sheet.getRelations().stream().noneMatch((part) -> part.getPackagePart()
					.getContentType()
					.contains("drawing")), sheet.getSheetName());
			}
			workbook.getAllNames().forEach((name) -> assertEquals("_xlnm._FilterDatabase", name.getNameName()));
			assertEquals(4, workbook.getAllNames().size());
			assertEquals(PoiBenchmarkWorkbookWriter.DOCUMENT_TITLE,
					workbook.getProperties().getCoreProperties().getTitle());
			assertEquals("Benchwarden", workbook.getProperties().getCoreProperties().getCreator());
			assertEquals(0, workbook.getProperties().getCustomProperties().getUnderlyingProperties().sizeOfPropertyArray());
		}
	}

	@Test
	void concurrentWritesBothComplete() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<WrittenWorkbook> north = threads.submit(() -> this.writer.write(
					WorkbookFixtures.request(WorkbookFixtures.entitlements("QZZ")),
					WorkbookFixtures.source(WorkbookFixtures.figures()), this.output));
			Future<WrittenWorkbook> south = threads.submit(() -> this.writer.write(
					WorkbookFixtures.request(WorkbookFixtures.entitlements("QYY")),
					WorkbookFixtures.source(WorkbookFixtures.figures()), this.output));

			WrittenWorkbook first = north.get();
			WrittenWorkbook second = south.get();

			assertEquals(List.of("QYY-2025-12-04.xlsx", "QZZ-2025-12-04.xlsx"), listOutput());
			for (WrittenWorkbook written : List.of(first, second)) {
				try (XSSFWorkbook workbook = open(written.file())) {
					assertEquals(5, workbook.getNumberOfSheets());
					assertEquals(WorkbookFixtures.figureCount(), workbook.getSheet(SheetNames.DATA).getLastRowNum());
				}
			}
			assertTrue(texts(open(first.file()).getSheetAt(0)).contains("QZZ"));
			assertTrue(texts(open(second.file()).getSheetAt(0)).contains("QYY"));
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void missingOutputFolderRejected() {
		Path missing = this.output.resolve("not-there");

		IOException failure = assertThrows(IOException.class,
				() -> this.writer.write(WorkbookFixtures.request(WorkbookFixtures.entitlements()),
						WorkbookFixtures.source(WorkbookFixtures.figures()), missing));

		assertTrue(failure.getMessage().contains("not-there"), failure.getMessage());
	}

	private WrittenWorkbook writeFixture() throws IOException {
		return this.writer.write(WorkbookFixtures.request(WorkbookFixtures.entitlements()),
				WorkbookFixtures.source(WorkbookFixtures.figures()), this.output);
	}

	private List<String> listOutput() throws IOException {
		try (Stream<Path> files = Files.list(this.output)) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

	static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	static List<String> sheetNames(XSSFWorkbook workbook) {
		List<String> names = new ArrayList<>();
		for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
			names.add(workbook.getSheetName(index));
		}
		return names;
	}

	private static List<String> texts(XSSFSheet sheet) {
		List<String> texts = new ArrayList<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING) {
					texts.add(cell.getStringCellValue());
				}
			}
		}
		return texts;
	}

	private static List<String> rowText(Row row) {
		List<String> texts = new ArrayList<>();
		for (Cell cell : row) {
			texts.add(cell.getStringCellValue());
		}
		return texts;
	}

	private static Cell findCell(XSSFSheet sheet, String text) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
					return cell;
				}
			}
		}
		throw new AssertionError("no cell \"" + text + "\" on sheet " + sheet.getSheetName());
	}

	private static Row findRow(XSSFSheet sheet, String text) {
		return findCell(sheet, text).getRow();
	}

	private static List<Row> findRows(XSSFSheet sheet, String text) {
		List<Row> rows = new ArrayList<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
					rows.add(row);
					break;
				}
			}
		}
		return rows;
	}

	private static Row findRowContaining(XSSFSheet sheet, String text) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(text)) {
					return row;
				}
			}
		}
		throw new AssertionError("no cell containing \"" + text + "\" on sheet " + sheet.getSheetName());
	}

}
