package org.benchwarden.workbook;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.benchwarden.access.View;
import org.benchwarden.activity.Metric;
import org.benchwarden.benchmark.Figure;
import org.benchwarden.benchmark.FigureStatus;

/**
 * The sheet of one view: three title rows, a frozen header row and one row per figure, with an
 * auto-filter over the table. Aggregate views show contributing and suppressed practices,
 * organisation-level views show rank. Not thread-safe.
 */
final class ViewSheet {

	/** Zero-based row of the column headers; rows above it hold the title, grant and UNOFFICIAL mark. */
	static final int HEADER_ROW = 3;

	static final String[] AGGREGATE_HEADERS = { "Aggregate code", "Aggregate name", "Metric code", "Metric",
			"Period", "Numerator", "Denominator", "Value", "Unit", "Contributing practices", "Suppressed at source",
			"Note" };

	static final String[] ORGANISATION_HEADERS = { "ODS code", "Practice name", "Metric code", "Metric", "Period",
			"Numerator", "Denominator", "Value", "Unit", "Rank", "Out of", "Note" };

	private final SXSSFSheet sheet;

	private final WorkbookStyles styles;

	private final View view;

	private final boolean aggregate;

	private int nextRow = HEADER_ROW + 1;

	ViewSheet(SXSSFWorkbook workbook, WorkbookStyles styles, View view, String sheetName) {
		this.sheet = workbook.createSheet(sheetName);
		this.styles = styles;
		this.view = view;
		this.aggregate = view.kind().isAggregate();
		writeTitle();
	}

	private void writeTitle() {
		Row title = this.sheet.createRow(0);
		title.setHeightInPoints(22);
		Cells.text(title, 0, this.view.title(), this.styles.title);
		Cells.text(this.sheet.createRow(1), 0,
				"Granted by " + Labels.grantedBy(this.view.grant()) + ". Role: " + this.view.role() + ".",
				this.styles.label);
		if (this.view.unofficial()) {
			Cells.text(this.sheet.createRow(2), 0, Labels.UNOFFICIAL
					+ ": this view comes from a contract managed by an organisation other than its authority.",
					this.styles.unofficialText);
		}

		String[] headers = this.aggregate ? AGGREGATE_HEADERS : ORGANISATION_HEADERS;
		Row header = this.sheet.createRow(HEADER_ROW);
		header.setHeightInPoints(28);
		for (int column = 0; column < headers.length; column++) {
			Cells.text(header, column, headers[column], this.styles.header);
		}
		this.sheet.createFreezePane(0, HEADER_ROW + 1);
		Cells.widths(this.sheet, 16, 40, 26, 40, 10, 13, 13, 11, 10, 13, 13, 44);
		Cells.printLandscapeOnePageWide(this.sheet);
	}

	void add(Figure figure, Metric metric) {
		if (this.nextRow >= Cells.MAX_ROWS) {
			throw new IllegalStateException("view \"" + this.view.id() + "\" has more figures than the "
					+ Cells.MAX_ROWS + " rows an Excel sheet holds; narrow the view's metrics or periods");
		}
		Row row = this.sheet.createRow(this.nextRow++);
		Cells.text(row, 0, figure.subjectCode(), this.styles.text);
		Cells.text(row, 1, figure.subjectName(), this.styles.text);
		Cells.text(row, 2, figure.metricCode(), this.styles.text);
		Cells.text(row, 3, metric.name(), this.styles.text);
		Cells.text(row, 4, figure.period(), this.styles.text);
		Cells.text(row, 8, metric.unit(), this.styles.text);
		Cells.text(row, 11, Labels.note(figure), this.styles.text);
		if (figure.status() != FigureStatus.SHOWN) {
			return;
		}

		Cells.number(row, 5, figure.numerator(), this.styles.count);
		Cells.number(row, 6, figure.denominator(), this.styles.count);
		Cells.number(row, 7, figure.value(), this.styles.forValue(metric.unit()));
		if (this.aggregate) {
			Cells.number(row, 9, figure.contributors(), this.styles.count);
			Cells.number(row, 10, figure.suppressedContributors(), this.styles.count);
		}
		else {
			Cells.number(row, 9, figure.rank(), this.styles.count);
			Cells.number(row, 10, figure.rankOutOf(), this.styles.count);
		}
	}

	/** Adds the auto-filter, and a line saying so when the view has no figures. */
	void finish() {
		int lastFigureRow = this.nextRow - 1;
		this.sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, lastFigureRow, 0, 11));
		if (lastFigureRow == HEADER_ROW) {
			Cells.text(this.sheet.createRow(this.nextRow), 0, "No figures for this view.", this.styles.text);
		}
	}

	long figureCount() {
		return this.nextRow - HEADER_ROW - 1L;
	}

}
