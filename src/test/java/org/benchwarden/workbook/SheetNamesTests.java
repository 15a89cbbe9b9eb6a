package org.benchwarden.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.benchwarden.access.Entitlements;
import org.benchwarden.access.Grant;
import org.benchwarden.access.Grant.GrantType;
import org.benchwarden.access.View;
import org.benchwarden.access.ViewKind;
import org.benchwarden.benchmark.Figure;
import org.benchwarden.benchmark.FigureStatus;
import org.benchwarden.organisation.Organisation;
import org.benchwarden.organisation.OrganisationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetNamesTests {

	private static final Path AWKWARD_NAMES = Path.of("..", "shared", "bad-inputs", "names-unfit-for-sheet-names.csv");

	@TempDir
	Path output;

	@Test
	void forbiddenCharactersBecomeHyphens() {
		SheetNames names = new SheetNames();

		String name = names.claim("A[b]c:d*e?f/g\\h");

		assertEquals("A-b-c-d-e-f-g-h", name);
	}

	@Test
	void longNameCutToThirtyOne() {
		SheetNames names = new SheetNames();

		String name = names.claim("Northfield and Southfield Medical Group - Site A");

		assertEquals("Northfield and Southfield Medic", name);
		assertEquals(31, name.length());
	}

	@Test
	void sharedPrefixGetsNumberedSuffix() {
		SheetNames names = new SheetNames();

		String first = names.claim("Northfield and Southfield Medical Group - Site A");
		String second = names.claim("Northfield and Southfield Medical Group - Site B");
		String third = names.claim("NORTHFIELD AND SOUTHFIELD MEDICAL GROUP - SITE C");

		assertEquals("Northfield and Southfield Medic", first);
		assertEquals("Northfield and Southfield M (2)", second);
		assertEquals("NORTHFIELD AND SOUTHFIELD M (3)", third);
	}

	@Test
	void apostrophesAtEndsRemoved() {
		SheetNames names = new SheetNames();

		assertEquals("Quoted' Practice", names.claim("'Quoted' Practice'"));
	}

	@Test
	void reservedNamesGetSuffix() {
		SheetNames names = new SheetNames();

		assertEquals("History (2)", names.claim("History"));
		assertEquals("history (3)", names.claim("history"));
		assertEquals("Cover (2)", names.claim("Cover"));
		assertEquals("Data (2)", names.claim("Data"));
	}

	@Test
	void emptyNameBecomesView() {
		SheetNames names = new SheetNames();

		assertEquals("View", names.claim("  "));
		assertEquals("View (2)", names.claim("''"));
	}

	@Test
	void viewNamedByKindAndGrantCode() {
		SheetNames names = new SheetNames();

		assertEquals("Group agg ICB-GRP", names.nameFor(WorkbookFixtures.GROUP_AGGREGATE));
		assertEquals("Connected ICB-GRP", names.nameFor(WorkbookFixtures.CONNECTED_PCNS));
	}

	@Test
	void awkwardNamesGiveValidWorkbook() throws IOException {
		assumeTrue(Files.isReadable(AWKWARD_NAMES),
				"skipped: " + AWKWARD_NAMES + " is absent, so the awkward practice names cannot be read");
		List<CSVRecord> records = readAwkwardNames();
		List<View> views = new ArrayList<>();
		Map<String, List<Figure>> figures = new LinkedHashMap<>();
		for (CSVRecord record : records) {
			String code = record.get("PracticeCode");
			String name = record.get("PracticeName");
			String viewId = "view-" + code;
			// The awkward name is the grant code, the view title, the grant name and the practice name,
			// so every text the sheet name or the cover uses is awkward.
			views.add(new View(viewId, ViewKind.CONTRACT_PROVIDERS, name, "Authority",
					new Grant(GrantType.CONTRACT, name, name), false, List.of(code), List.of(), Set.of()));
			figures.put(viewId, List.of(new Figure(viewId, code, name, false, "CONSULT", "2025-03",
					new BigDecimal(record.get("Consultations")), null, new BigDecimal(record.get("Consultations")),
					1, 0, 1, 1, FigureStatus.SHOWN, null)));
		}
		Entitlements entitlements = new Entitlements(new Organisation("Z99000", "Awkward names ICB", OrganisationType.ICB),
				views, List.of());

		WrittenWorkbook written = new PoiBenchmarkWorkbookWriter().write(WorkbookFixtures.request(entitlements),
				WorkbookFixtures.source(figures), this.output);

		try (XSSFWorkbook workbook = PoiBenchmarkWorkbookWriterTests.open(written.file())) {
			List<String> sheetNames = PoiBenchmarkWorkbookWriterTests.sheetNames(workbook);
			Set<String> unique = new HashSet<>();
			assertEquals(records.size() + 2, sheetNames.size());
			for (String sheetName : sheetNames) {
				WorkbookUtil.validateSheetName(sheetName);
				assertTrue(sheetName.length() <= 31, sheetName);
				assertFalse(sheetName.startsWith("'") || sheetName.endsWith("'"), sheetName);
				assertFalse(sheetName.equalsIgnoreCase("History"), sheetName);
				assertTrue(unique.add(sheetName.toUpperCase(Locale.ROOT)), "duplicate " + sheetName);
			}
			for (CSVRecord record : records) {
				String code = record.get("PracticeCode");
				long sheetsWithPractice = sheetNames.stream()
					.map(workbook::getSheet)
					.filter((sheet) -> sheet.getRow(ViewSheet.HEADER_ROW + 1) != null
							&& code.equals(sheet.getRow(ViewSheet.HEADER_ROW + 1).getCell(0).getStringCellValue()))
					.count();
				assertEquals(1, sheetsWithPractice, code);
			}
		}
	}

	private static List<CSVRecord> readAwkwardNames() throws IOException {
		try (Reader reader = Files.newBufferedReader(AWKWARD_NAMES, StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
