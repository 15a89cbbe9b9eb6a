package org.benchwarden.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The cell styles of one workbook, created once because Excel allows at most 64,000 cell styles in a workbook.
 * Arial throughout, headers in white bold on NHS blue, UNOFFICIAL in white bold on NHS red. Not
 * thread-safe, like the workbook it belongs to.
 */
final class WorkbookStyles {

	/** Number formats by what a number is: whole counts, percentages and rates per 1,000. */
	static final String COUNT_FORMAT = "#,##0";

	static final String PERCENT_FORMAT = "0.0";

	static final String RATE_FORMAT = "#,##0.0";

	static final String DATE_FORMAT = "d mmmm yyyy";

	private static final String FONT = "Arial";

	private static final byte[] NHS_BLUE = { 0x00, 0x5E, (byte) 0xB8 };

	private static final byte[] NHS_RED = { (byte) 0xDA, 0x29, 0x1C };

	private static final byte[] NHS_DARK_BLUE = { 0x00, 0x30, (byte) 0x87 };

	final CellStyle title;

	final CellStyle subtitle;

	final CellStyle text;

	final CellStyle wrappedText;

	final CellStyle label;

	final CellStyle header;

	final CellStyle banner;

	final CellStyle unofficialText;

	final CellStyle link;

	final CellStyle count;

	final CellStyle percent;

	final CellStyle rate;

	final CellStyle date;

	WorkbookStyles(SXSSFWorkbook workbook) {
		XSSFColor blue = new XSSFColor(NHS_BLUE, new DefaultIndexedColorMap());
		XSSFColor red = new XSSFColor(NHS_RED, new DefaultIndexedColorMap());
		XSSFColor white = new XSSFColor(new byte[] { (byte) 0xFF, (byte) 0xFF, (byte) 0xFF },
				new DefaultIndexedColorMap());

		// Empty cells and column widths use the workbook's first font, so it becomes Arial too.
		workbook.getFontAt(0).setFontName(FONT);
		XSSFFont plainFont = font(workbook, 10, false, null);
		this.text = style(workbook, plainFont);
		this.wrappedText = style(workbook, plainFont);
		this.wrappedText.setWrapText(true);
		this.wrappedText.setVerticalAlignment(VerticalAlignment.TOP);
		this.label = style(workbook, font(workbook, 10, true, null));
		this.title = style(workbook, font(workbook, 16, true, blue));
		this.subtitle = style(workbook, font(workbook, 12, true, null));
		this.unofficialText = style(workbook, font(workbook, 10, true, red));
		this.link = style(workbook, font(workbook, 10, false,
				new XSSFColor(NHS_DARK_BLUE, new DefaultIndexedColorMap()), true));

		this.header = style(workbook, font(workbook, 10, true, white));
		filled(this.header, blue);
		this.header.setWrapText(true);
		this.header.setVerticalAlignment(VerticalAlignment.CENTER);
		this.header.setBorderBottom(BorderStyle.THIN);

		this.banner = style(workbook, font(workbook, 24, true, white));
		filled(this.banner, red);
		// Left-aligned, so the word is on screen and on the first printed page whatever the width.
		this.banner.setAlignment(HorizontalAlignment.LEFT);
		this.banner.setIndention((short) 1);
		this.banner.setVerticalAlignment(VerticalAlignment.CENTER);

		this.count = numeric(workbook, plainFont, COUNT_FORMAT);
		this.percent = numeric(workbook, plainFont, PERCENT_FORMAT);
		this.rate = numeric(workbook, plainFont, RATE_FORMAT);
		this.date = numeric(workbook, plainFont, DATE_FORMAT);
		this.date.setAlignment(HorizontalAlignment.LEFT);
	}

	/** Returns the style for a metric's value by its unit; a unit other than count or % reads as a rate. */
	CellStyle forValue(String unit) {
		if ("count".equalsIgnoreCase(unit)) {
			return this.count;
		}
		if ("%".equals(unit)) {
			return this.percent;
		}
		return this.rate;
	}

	private static XSSFFont font(SXSSFWorkbook workbook, int points, boolean bold, XSSFColor color) {
		return font(workbook, points, bold, color, false);
	}

	private static XSSFFont font(SXSSFWorkbook workbook, int points, boolean bold, XSSFColor color,
			boolean underline) {
		XSSFFont font = (XSSFFont) workbook.createFont();
		font.setFontName(FONT);
		font.setFontHeightInPoints((short) points);
		font.setBold(bold);
		if (color != null) {
			font.setColor(color);
		}
		if (underline) {
			font.setUnderline(XSSFFont.U_SINGLE);
		}
		return font;
	}

	private static CellStyle style(SXSSFWorkbook workbook, XSSFFont font) {
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		return style;
	}

	private static CellStyle numeric(SXSSFWorkbook workbook, XSSFFont font, String format) {
		CellStyle style = style(workbook, font);
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

	private static void filled(CellStyle style, XSSFColor color) {
		((XSSFCellStyle) style).setFillForegroundColor(color);
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
	}

}
