package org.benchwarden.activity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a calendar month ({@code 2025-10}) or an NHS financial year, April to March
 * ({@code 2020/21}), which is how QOF publishes.
 *
 * @param label canonical label, which is also how the period is stored
 * @param start first day of the period
 * @param end last day of the period
 */
public record Period(String label, LocalDate start, LocalDate end) implements Comparable<Period> {

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

	private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})/(\\d{2})");

	public Period {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
	}

	public static Period ofMonth(YearMonth month) {
		return new Period(month.toString(), month.atDay(1), month.atEndOfMonth());
	}

	/** Returns the financial year that starts on 1 April of the given year. */
	public static Period ofFinancialYear(int startYear) {
		String label = String.format("%d/%02d", startYear, (startYear + 1) % 100);
		return new Period(label, LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31));
	}

	/**
	 * Parses a canonical label: {@code 2025-10} is a month and {@code 2020/21} a financial year. The
	 * slash keeps {@code 2011/12} apart from December 2011.
	 * @throws IllegalArgumentException if the label is neither form
	 */
	public static Period parse(String label) {
		String text = (label == null) ? "" : label.strip();
		Matcher matcher = FINANCIAL_YEAR.matcher(text);
		if (matcher.matches()) {
			int year = Integer.parseInt(matcher.group(1));
			int second = Integer.parseInt(matcher.group(2));
			if (second == (year + 1) % 100) {
				return ofFinancialYear(year);
			}
		}
		matcher = MONTH.matcher(text);
		if (matcher.matches()) {
			int month = Integer.parseInt(matcher.group(2));
			if (month >= 1 && month <= 12) {
				return ofMonth(YearMonth.of(Integer.parseInt(matcher.group(1)), month));
			}
		}
		throw new IllegalArgumentException("period \"" + label
				+ "\" is neither a month written as YYYY-MM (2025-10) nor a financial year written as YYYY/YY (2020/21)");
	}

	@Override
	public int compareTo(Period other) {
		int byEnd = this.end.compareTo(other.end);
		return (byEnd != 0) ? byEnd : this.start.compareTo(other.start);
	}

}
