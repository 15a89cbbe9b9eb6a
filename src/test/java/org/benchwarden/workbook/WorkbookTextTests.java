package org.benchwarden.workbook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookTextTests {

	@TempDir
	Path folder;

	@Test
	void findsHiddenSheetsAndComments() throws IOException {
		Path file = writeWorkbookWithHiddenParts();

		WorkbookText text = WorkbookText.read(file);

		assertTrue(text.contains("Z99101"), "hidden sheet cell");
		assertTrue(text.containsNumber(4321), "hidden sheet number");
		assertTrue(text.contains("Z99102"), "very hidden sheet cell");
		assertTrue(text.contains("Secret sheet"), "hidden sheet name");
		assertTrue(text.contains("Z99103"), "cell comment");
		assertTrue(text.contains("Z99104"), "comment author");
	}

	@Test
	void findsNamesLinksHeadersAndProperties() throws IOException {
		Path file = writeWorkbookWithHiddenParts();

		WorkbookText text = WorkbookText.read(file);

		assertTrue(text.contains("Z99105"), "defined name");
		assertTrue(text.contains("'Secret sheet'!$A$1"), "defined name formula");
		assertTrue(text.contains("Z99106"), "hyperlink address");
		assertTrue(text.contains("Z99107"), "sheet header");
		assertTrue(text.contains("Z99108"), "core property");
		assertTrue(text.contains("Z99109"), "custom property value");
		assertTrue(text.contains("Z99110"), "extended property");
		assertTrue(text.containsNumber(98765), "custom property number");
	}

	@Test
	void absentValuesNotFound() throws IOException {
		Path file = writeWorkbookWithHiddenParts();

		WorkbookText text = WorkbookText.read(file);

		assertFalse(text.contains("Z99999"));
		assertFalse(text.containsNumber(4322));
	}

	@Test
	void rowNumbersAreNotNumbers() throws IOException {
		Path file = this.folder.resolve("row-numbers.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("Rows").createRow(7069).createCell(0).setCellValue("row 7070 holds text only");
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}

		WorkbookText text = WorkbookText.read(file);

		assertFalse(text.containsNumber(7070));
	}

	@Test
	void findsEveryFigureInWrittenWorkbook() throws IOException {
		WrittenWorkbook written = new PoiBenchmarkWorkbookWriter().write(
				WorkbookFixtures.request(WorkbookFixtures.entitlements()),
				WorkbookFixtures.source(WorkbookFixtures.figures()), this.folder);

		WorkbookText text = WorkbookText.read(written.file());

		assertTrue(text.contains("Z99001"));
		assertTrue(text.contains("U00001"));
		assertTrue(text.containsNumber(1234));
		assertTrue(text.containsNumber(5000));
		assertTrue(text.containsNumber(45));
	}

	private Path writeWorkbookWithHiddenParts() throws IOException {
		Path file = this.folder.resolve("hidden-parts.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet visible = workbook.createSheet("Visible");
			visible.createRow(0).createCell(0).setCellValue("nothing to see");
			visible.getHeader().setCenter("Z99107 header");

			XSSFSheet hidden = workbook.createSheet("Secret sheet");
			hidden.createRow(0).createCell(0).setCellValue("Z99101");
			hidden.getRow(0).createCell(1).setCellValue(4321);
			workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
			XSSFSheet veryHidden = workbook.createSheet("Deep");
			veryHidden.createRow(0).createCell(0).setCellValue("Z99102 practice");
			workbook.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);

			Drawing<?> drawing = visible.createDrawingPatriarch();
			ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
			anchor.setCol1(2);
			anchor.setCol2(4);
			anchor.setRow1(1);
			anchor.setRow2(4);
			Comment comment = drawing.createCellComment(anchor);
			comment.setString(workbook.getCreationHelper().createRichTextString("figures for Z99103"));
			comment.setAuthor("Z99104");
			visible.getRow(0).getCell(0).setCellComment(comment);

			Name name = workbook.createName();
			name.setNameName("Z99105_code");
			name.setRefersToFormula("'Secret sheet'!$A$1");

			Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
			link.setAddress("https://example.invalid/Z99106");
			visible.getRow(0).getCell(0).setHyperlink(link);

			workbook.getProperties().getCoreProperties().setDescription("Z99108 description");
			workbook.getProperties().getCustomProperties().addProperty("practice", "Z99109");
			workbook.getProperties().getCustomProperties().addProperty("count", 98765);
			workbook.getProperties().getExtendedProperties().getUnderlyingProperties().setCompany("Z99110 Ltd");

			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		return file;
	}

}
