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
 * The "Data" sheet: every figure of the workbook in long format, one row per organisation or
 * aggregate, metric and period, for readers who filter or pivot. Not thread-safe.
 */
final class DataSheet {

	static final String[] HEADERS = { "View", "Level", "Code", "Name", "Metric code", "Metric", "Period",
			"Numerator", "Denominator", "Value", "Unit", "Contributing practices", "Rank", "Out of", "Status",
			"Granted by", "Unofficial" };

	private final SXSSFSheet sheet;

	private final WorkbookStyles styles;

	private int nextRow = 1;

	DataSheet(SXSSFWorkbook workbook, WorkbookStyles styles) {
		this.sheet = workbook.createSheet(SheetNames.DATA);
		this.styles = styles;
		Row header = this.sheet.createRow(0);
		header.setHeightInPoints(28);
		for (int column = 0; column < HEADERS.length; column++) {
			Cells.text(header, column, HEADERS[column], styles.header);
		}
		this.sheet.createFreezePane(0, 1);
		Cells.widths(this.sheet, 26, 13, 16, 40, 26, 40, 10, 13, 13, 11, 10, 13, 8, 8, 16, 48, 11);
		Cells.printLandscapeOnePageWide(this.sheet);
	}

	void add(View view, String sheetName, Figure figure, Metric metric) {
		if (this.nextRow >= Cells.MAX_ROWS) {
			throw new IllegalStateException("the Data sheet would need more than the " + Cells.MAX_ROWS
					+ " rows an Excel sheet holds; narrow the recipient's metrics or periods");
		}
		Row row = this.sheet.createRow(this.nextRow++);
		Cells.text(row, 0, sheetName, this.styles.text);
		Cells.text(row, 1, figure.aggregate() ? "Aggregate" : "Organisation", this.styles.text);
		Cells.text(row, 2, figure.subjectCode(), this.styles.text);
		Cells.text(row, 3, figure.subjectName(), this.styles.text);
		Cells.text(row, 4, figure.metricCode(), this.styles.text);
		Cells.text(row, 5, metric.name(), this.styles.text);
		Cells.text(row, 6, figure.period(), this.styles.text);
		Cells.text(row, 10, metric.unit(), this.styles.text);
		Cells.text(row, 14, Labels.status(figure.status()), this.styles.text);
		Cells.text(row, 15, Labels.grantedBy(view.grant()), this.styles.text);
		Cells.text(row, 16, Labels.yesNo(view.unofficial()), this.styles.text);
		if (figure.status() != FigureStatus.SHOWN) {
			return;
		}

		Cells.number(row, 7, figure.numerator(), this.styles.count);
		Cells.number(row, 8, figure.denominator(), this.styles.count);
		Cells.number(row, 9, figure.value(), this.styles.forValue(metric.unit()));
		Cells.number(row, 11, figure.contributors(), this.styles.count);
		if (!figure.aggregate()) {
			Cells.number(row, 12, figure.rank(), this.styles.count);
			Cells.number(row, 13, figure.rankOutOf(), this.styles.count);
		}
	}

	void finish() {
		this.sheet.setAutoFilter(new CellRangeAddress(0, this.nextRow - 1, 0, HEADERS.length - 1));
	}

}
