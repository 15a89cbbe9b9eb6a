package org.benchwarden.workbook;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes single cells: text cut to what Excel holds, numbers as numeric cells.
 */
final class Cells {

	/** Excel's limit on the characters of one cell. */
	static final int MAX_TEXT_LENGTH = 32_767;

	/** Excel's limit on the rows of one sheet. */
	static final int MAX_ROWS = 1_048_576;

	private Cells() {
	}

	/** Writes text, leaving the cell out when the text is null. */
	static void text(Row row, int column, String text, CellStyle style) {
		if (text == null) {
			return;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(fit(text));
		cell.setCellStyle(style);
	}

	/** Writes a number, leaving the cell out when the number is null. */
	static void number(Row row, int column, BigDecimal number, CellStyle style) {
		if (number == null) {
			return;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(number.doubleValue());
		cell.setCellStyle(style);
	}

	static void number(Row row, int column, Integer number, CellStyle style) {
		if (number == null) {
			return;
		}
		number(row, column, BigDecimal.valueOf(number), style);
	}

	/**
	 * Returns the text unchanged when a cell can hold it. Longer text is cut, and a visible marker
	 * such as "… [cut: 40,000 characters]" that gives the original length ends the cell.
	 */
	static String fit(String text) {
		if (text.length() <= MAX_TEXT_LENGTH) {
			return text;
		}
		String marker = " … [cut: " + NumberFormat.getIntegerInstance(Locale.UK).format(text.length())
				+ " characters]";
		int keep = MAX_TEXT_LENGTH - marker.length();
		if (Character.isHighSurrogate(text.charAt(keep - 1))) {
			keep--;
		}
		return text.substring(0, keep) + marker;
	}

	/**
	 * Prints the sheet landscape and one page wide, so a printed or PDF copy keeps each row
	 * together instead of spreading the columns over several pages.
	 */
	static void printLandscapeOnePageWide(Sheet sheet) {
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
	}

	/** Sets column widths in characters, because SXSSF cannot size columns to their content. */
	static void widths(Sheet sheet, int... characters) {
		for (int column = 0; column < characters.length; column++) {
			sheet.setColumnWidth(column, characters[column] * 256);
		}
	}

}
