package org.benchwarden.activity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Maps a record of a practice export: one practice and month, and one count per metric column.
 * The month is the month of {@code ActivityDate}.
 */
final class PracticeExportMapper implements RecordMapper {

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT));

	private final Predicate<String> knownPractice;

	/** Metric columns in header order, by normalised column name. */
	private final Map<String, Metric> metricColumns;

	PracticeExportMapper(Predicate<String> knownPractice, Map<String, Metric> metricColumns) {
		this.knownPractice = knownPractice;
		this.metricColumns = metricColumns;
	}

	@Override
	public List<ActivityValue> map(Row row) throws RowProblem {
		String practiceCode = row.practiceCode("practicecode", this.knownPractice);
		Period period = Period.ofMonth(month(row));

		List<ActivityValue> values = new ArrayList<>(this.metricColumns.size());
		for (Map.Entry<String, Metric> column : this.metricColumns.entrySet()) {
			Measure count = row.count(column.getKey());
			values.add(new ActivityValue(practiceCode, period.label(), column.getValue().code(), count,
					Measure.MISSING, row.line()));
		}
		return values;
	}

	private static YearMonth month(Row row) throws RowProblem {
		String text = row.text("activitydate");
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return YearMonth.from(LocalDate.parse(text, format));
			}
			catch (DateTimeParseException ex) {
				// Try the next format; the message below covers every format.
			}
		}
		String column = row.column("activitydate");
		throw new RowProblem(column, text, column + " " + Row.quote(text)
				+ " is not a date; write it as 2025-03-31 or 31/03/2025 and drop the file into the inbox again");
	}

}
