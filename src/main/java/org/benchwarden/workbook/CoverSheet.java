package org.benchwarden.workbook;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.benchwarden.access.View;
import org.benchwarden.access.Withheld;
import org.benchwarden.organisation.Organisation;

/**
 * The "Cover" sheet: who the workbook is for, what it covers, the UNOFFICIAL banner where any view
 * needs it, the included views with links to their sheets, what was withheld and how to read the
 * figures. Created first so that it is the first sheet, and filled last because it needs the
 * figure counts. Not thread-safe.
 */
final class CoverSheet {

	static final String BANNER_EXPLANATION = "One or more views below come from a contract that is managed by an"
			+ " organisation other than its authority. The authority has not confirmed that contract's content,"
			+ " so the views marked UNOFFICIAL are not an official report.";

	static final String[] VIEW_HEADERS = { "Sheet", "Title", "What it shows", "Role", "Granted by", "Unofficial",
			"Organisations shown individually", "Aggregates", "Figures" };

	static final String[] NOTES = {
			"An aggregate is a sum over its contributing practices; no aggregate is an average of practice values.",
			"A value is the sum of numerators over the sum of denominators, times the metric's scale "
					+ "(100 for a percentage, 1,000 for a rate per 1,000).",
			"Suppressed means the source hid a small number. It is left out of sums and shown as \"suppressed\", "
					+ "never as 0.",
			"No data received means no practice file gave a figure for that metric and period.",
			"Withheld aggregates are listed above with the reason and left out; a withheld figure keeps its row with blank numbers.",
			"The Data sheet holds every figure of this workbook in one table for filtering." };

	private static final DateTimeFormatter PRODUCED_AT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z",
			Locale.UK);

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** The Withheld table's reason spans columns 1 to 4: 40 + 32 + 30 + 50 characters wide. */
	private static final int WITHHELD_LAST_COLUMN = 4;

	/** Characters per line in the Withheld table, a little under the column widths for Arial. */
	private static final int WHAT_CHARACTERS = 24;

	private static final int WHY_CHARACTERS = 140;

	private static final float LINE_HEIGHT_POINTS = 13f;

	/** One included view and the sheet it went to. */
	record ViewEntry(View view, String sheetName, long figureCount) {
	}

	private final SXSSFSheet sheet;

	private final SXSSFWorkbook workbook;

	private final WorkbookStyles styles;

	private int nextRow;

	CoverSheet(SXSSFWorkbook workbook, WorkbookStyles styles) {
		this.workbook = workbook;
		this.sheet = workbook.createSheet(SheetNames.COVER);
		this.styles = styles;
	}

	void write(WorkbookRequest request, List<ViewEntry> views, List<Withheld> withheld) {
		Organisation recipient = request.entitlements().recipient();
		Cells.widths(this.sheet, 26, 40, 32, 30, 50, 12, 18, 12, 10);
		Cells.printLandscapeOnePageWide(this.sheet);
		this.sheet.setDisplayGridlines(false);

		Row title = this.sheet.createRow(this.nextRow++);
		title.setHeightInPoints(24);
		Cells.text(title, 0, "Benchmark workbook for " + recipient.name(), this.styles.title);
		this.nextRow++;

		if (views.stream().anyMatch((entry) -> entry.view().unofficial())) {
			writeBanner();
		}

		field("Recipient", recipient.name());
		field("ODS code", recipient.odsCode());
		field("Organisation type", recipient.type().label());
		Row reportingDate = this.sheet.createRow(this.nextRow++);
		Cells.text(reportingDate, 0, "Reporting date", this.styles.label);
		Cell date = reportingDate.createCell(1);
		date.setCellValue(request.reportingDate());
		date.setCellStyle(this.styles.date);
		field("Periods covered", String.join(", ", request.periods()));
		field("Produced", PRODUCED_AT.format(request.producedAt().withZoneSameInstant(LONDON)) + " (UK time)");
		field("Run", request.runLabel());
		this.nextRow++;

		writeViews(views);
		this.nextRow++;
		writeWithheld(withheld);
		this.nextRow++;
		writeNotes();
	}

	private void writeBanner() {
		Row banner = this.sheet.createRow(this.nextRow);
		banner.setHeightInPoints(40);
		for (int column = 0; column < VIEW_HEADERS.length; column++) {
			banner.createCell(column).setCellStyle(this.styles.banner);
		}
		banner.getCell(0).setCellValue(Labels.UNOFFICIAL);
		this.sheet.addMergedRegion(new CellRangeAddress(this.nextRow, this.nextRow, 0, VIEW_HEADERS.length - 1));
		this.nextRow++;

		Row explanation = this.sheet.createRow(this.nextRow);
		explanation.setHeightInPoints(30);
		Cells.text(explanation, 0, BANNER_EXPLANATION, this.styles.unofficialText);
		this.sheet.addMergedRegion(
				new CellRangeAddress(this.nextRow, this.nextRow, 0, VIEW_HEADERS.length - 1));
		this.nextRow += 2;
	}

	private void field(String label, String value) {
		Row row = this.sheet.createRow(this.nextRow++);
		Cells.text(row, 0, label, this.styles.label);
		Cells.text(row, 1, value, this.styles.text);
	}

	private void writeViews(List<ViewEntry> views) {
		Cells.text(this.sheet.createRow(this.nextRow++), 0, "Included views", this.styles.subtitle);
		headerRow(VIEW_HEADERS);
		for (ViewEntry entry : views) {
			View view = entry.view();
			Row row = this.sheet.createRow(this.nextRow++);
			Cells.text(row, 0, entry.sheetName(), this.styles.link);
			Hyperlink link = this.workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
			link.setAddress("'" + entry.sheetName().replace("'", "''") + "'!A1");
			row.getCell(0).setHyperlink(link);
			Cells.text(row, 1, view.title(), this.styles.text);
			Cells.text(row, 2, view.kind().label(), this.styles.text);
			Cells.text(row, 3, view.role(), this.styles.text);
			Cells.text(row, 4, Labels.grantedBy(view.grant()), this.styles.text);
			Cells.text(row, 5, view.unofficial() ? Labels.UNOFFICIAL : "No", this.styles.unofficialText);
			Cells.number(row, 6, view.organisations().size(), this.styles.count);
			Cells.number(row, 7, view.aggregates().size(), this.styles.count);
			Cells.number(row, 8, BigDecimal.valueOf(entry.figureCount()), this.styles.count);
		}
	}

	private void writeWithheld(List<Withheld> withheld) {
		Cells.text(this.sheet.createRow(this.nextRow++), 0, "Withheld", this.styles.subtitle);
		if (withheld.isEmpty()) {
			Cells.text(this.sheet.createRow(this.nextRow++), 0, "Nothing was withheld from this workbook.",
					this.styles.text);
			return;
		}
		headerRow(new String[] { "What", "Why" });
		for (Withheld entry : withheld) {
			int rowIndex = this.nextRow++;
			Row row = this.sheet.createRow(rowIndex);
			Cells.text(row, 0, entry.what(), this.styles.wrappedText);
			Cells.text(row, 1, entry.reason(), this.styles.wrappedText);
			// The reason spans the wide columns. Neither Excel nor LibreOffice grows a row to fit
			// wrapped text in merged cells, so the height is set from the longer of the two texts.
			this.sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 1, WITHHELD_LAST_COLUMN));
			int lines = Math.max(wrappedLines(entry.what(), WHAT_CHARACTERS), wrappedLines(entry.reason(), WHY_CHARACTERS));
			row.setHeightInPoints(lines * LINE_HEIGHT_POINTS + 2);
		}
	}

	/** Estimates how many lines a text wraps to in a cell about this many characters wide. */
	private static int wrappedLines(String text, int characters) {
		return Math.max(1, (int) Math.ceil((text == null ? 0 : text.length()) / (double) characters));
	}

	private void writeNotes() {
		Cells.text(this.sheet.createRow(this.nextRow++), 0, "How to read this workbook", this.styles.subtitle);
		for (String note : NOTES) {
			Cells.text(this.sheet.createRow(this.nextRow++), 0, note, this.styles.text);
		}
	}

	private void headerRow(String[] headers) {
		Row row = this.sheet.createRow(this.nextRow++);
		for (int column = 0; column < headers.length; column++) {
			Cells.text(row, column, headers[column], this.styles.header);
		}
	}

}
