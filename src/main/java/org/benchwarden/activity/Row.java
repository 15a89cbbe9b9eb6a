package org.benchwarden.activity;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

/**
 * One data record as passed to a {@link RecordMapper}: values by column, the rules for counts and
 * practice codes, and a tally of suppressed, missing and dash cells that the reader adds to its
 * counts only when the record loads.
 */
final class Row {

	/** A whole number, optionally with commas between groups of three digits: {@code 1,234}. */
	private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d+|\\d{1,3}(,\\d{3})+");

	private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-\\s*[\\d,]*\\.?\\d+");

	private static final Pattern FRACTION = Pattern.compile("[\\d,]*\\.\\d+");

	private final CSVRecord record;

	private final Header header;

	private final long line;

	private long suppressed;

	private long missing;

	private long dashes;

	Row(CSVRecord record, Header header, long line) {
		this.record = record;
		this.header = header;
		this.line = line;
	}

	long line() {
		return this.line;
	}

	/** Returns the value trimmed of spaces and no-break spaces, or "" when the column is absent. */
	String text(String normalisedColumn) {
		int position = this.header.position(normalisedColumn);
		if (position < 0 || position >= this.record.size()) {
			return "";
		}
		return HeaderNames.trim(this.record.get(position));
	}

	/** Returns the column's name as written in the header, for messages. */
	String column(String normalisedColumn) {
		int position = this.header.position(normalisedColumn);
		return (position < 0) ? normalisedColumn : this.header.name(position);
	}

	/**
	 * Reads a count. {@code *} and {@code c} (any case) are suppressed, an empty cell is missing,
	 * and {@code -} is missing too but tallied apart. Commas between thousands are dropped.
	 * @throws RowProblem for a negative number, a fraction or text that is not a number
	 */
	Measure count(String normalisedColumn) throws RowProblem {
		String text = text(normalisedColumn);
		if (text.isEmpty()) {
			this.missing++;
			return Measure.MISSING;
		}
		if (text.equals("*") || text.equalsIgnoreCase("c")) {
			this.suppressed++;
			return Measure.SUPPRESSED;
		}
		if (text.equals("-")) {
			this.dashes++;
			return Measure.MISSING;
		}
		if (WHOLE_NUMBER.matcher(text).matches()) {
			return Measure.of(new BigDecimal(text.replace(",", "")));
		}

		String column = column(normalisedColumn);
		String problem;
		if (NEGATIVE_NUMBER.matcher(text).matches()) {
			problem = "is negative, but a count cannot be below 0";
		}
		else if (FRACTION.matcher(text).matches()) {
			problem = "is not a whole number";
		}
		else {
			problem = "is not a number; write a whole number, * or c for a suppressed count, or leave the cell empty";
		}
		throw new RowProblem(column, text, column + " " + quote(text) + " " + problem
				+ "; fix the value and drop the file into the inbox again");
	}

	/**
	 * Reads a practice ODS code in upper case.
	 * @throws RowProblem when the code is empty or the organisation mapping does not hold it
	 */
	String practiceCode(String normalisedColumn, Predicate<String> knownPractice) throws RowProblem {
		String column = column(normalisedColumn);
		String code = text(normalisedColumn).toUpperCase(Locale.ROOT);
		if (code.isEmpty()) {
			throw new RowProblem(column, "", column + " is empty; fill in the practice's ODS code");
		}
		if (!knownPractice.test(code)) {
			throw new RowProblem(column, code, "practice " + quote(code)
					+ " is not in the organisation mapping; check the code or update the mapping file");
		}
		return code;
	}

	long suppressedCells() {
		return this.suppressed;
	}

	long missingCells() {
		return this.missing;
	}

	long dashCells() {
		return this.dashes;
	}

	/** Returns the value in quotes, shortened so that one long cell cannot flood a message or log. */
	static String quote(String value) {
		return "\"" + shorten(value) + "\"";
	}

	static String shorten(String value) {
		int limit = 80;
		if (value == null || value.length() <= limit) {
			return value;
		}
		return value.substring(0, limit) + "… (" + value.length() + " characters)";
	}

}
