package org.benchwarden.activity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Maps a record of the GPAD practice-level crosstab. Each record is one combination of mode,
 * booking time, status and category with its count of appointments. It adds to the practice's total
 * and to every share. A share's denominator is the record's count, and its numerator is the count
 * when the record matches the share, else 0.
 */
final class GpadCrosstabMapper implements RecordMapper {

	static final String APPOINTMENTS = "GPAD_APPOINTMENTS";

	/** Month start as NHS England writes it, {@code 01OCT2025}. */
	private static final DateTimeFormatter MONTH_START = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.appendPattern("ddMMMuuuu")
		.toFormatter(Locale.ENGLISH)
		.withResolverStyle(ResolverStyle.STRICT);

	/** A share of all appointments: the metric, the column it tests and the value that matches. */
	private record Share(String metricCode, String normalisedColumn, String matchingValue) {
	}

	private static final List<Share> SHARES = List.of(new Share("GPAD_FACE_TO_FACE", "apptmode", "Face-to-Face"),
			new Share("GPAD_TELEPHONE", "apptmode", "Telephone"),
			new Share("GPAD_VIDEO_ONLINE", "apptmode", "Video Conference/Online"),
			new Share("GPAD_HOME_VISIT", "apptmode", "Home Visit"),
			new Share("GPAD_SAME_DAY", "timebetweenbookandappt", "Same Day"),
			new Share("GPAD_DNA", "apptstatus", "DNA"));

	private final Predicate<String> knownPractice;

	GpadCrosstabMapper(Predicate<String> knownPractice) {
		this.knownPractice = knownPractice;
	}

	/** Returns the codes of every metric this format feeds, which the catalogue must hold. */
	static List<String> metricCodes() {
		List<String> codes = new ArrayList<>();
		codes.add(APPOINTMENTS);
		SHARES.forEach((share) -> codes.add(share.metricCode()));
		return codes;
	}

	@Override
	public List<ActivityValue> map(Row row) throws RowProblem {
		String practiceCode = row.practiceCode("gpcode", this.knownPractice);
		String period = Period.ofMonth(month(row)).label();
		Measure count = row.count("countofappointments");

		List<ActivityValue> values = new ArrayList<>(SHARES.size() + 1);
		values.add(new ActivityValue(practiceCode, period, APPOINTMENTS, count, Measure.MISSING, row.line()));
		for (Share share : SHARES) {
			boolean matches = row.text(share.normalisedColumn()).equalsIgnoreCase(share.matchingValue());
			Measure numerator = (matches || count.state() != MeasureState.VALUE) ? count : Measure.of(0);
			values.add(new ActivityValue(practiceCode, period, share.metricCode(), numerator, count, row.line()));
		}
		return values;
	}

	private static YearMonth month(Row row) throws RowProblem {
		String text = row.text("appointmentmonthstartdate");
		try {
			return YearMonth.from(LocalDate.parse(text, MONTH_START));
		}
		catch (DateTimeParseException ex) {
			String column = row.column("appointmentmonthstartdate");
			throw new RowProblem(column, text, column + " " + Row.quote(text)
					+ " is not a date written as 01OCT2025; fix the value and drop the file into the inbox again");
		}
	}

}
