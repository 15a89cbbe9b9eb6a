package org.benchwarden.activity;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Maps a record of the native format: one practice, period, metric, numerator and, for a ratio
 * metric, a denominator.
 */
final class NativeCsvMapper implements RecordMapper {

	private final MetricCatalogue catalogue;

	private final Predicate<String> knownPractice;

	NativeCsvMapper(MetricCatalogue catalogue, Predicate<String> knownPractice) {
		this.catalogue = catalogue;
		this.knownPractice = knownPractice;
	}

	@Override
	public List<ActivityValue> map(Row row) throws RowProblem {
		String practiceCode = row.practiceCode("practicecode", this.knownPractice);
		Period period = period(row);
		Metric metric = metric(row);
		Measure numerator = row.count("numerator");
		Measure denominator = denominator(row, metric);

		return List.of(new ActivityValue(practiceCode, period.label(), metric.code(), numerator, denominator,
				row.line()));
	}

	private static Period period(Row row) throws RowProblem {
		String text = row.text("period");
		try {
			return Period.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new RowProblem(row.column("period"), text,
					ex.getMessage() + "; fix the value and drop the file into the inbox again");
		}
	}

	private Metric metric(Row row) throws RowProblem {
		String code = row.text("metriccode").toUpperCase(Locale.ROOT);
		String column = row.column("metriccode");
		if (code.isEmpty()) {
			throw new RowProblem(column, code, column + " is empty; fill in a metric code from the metric catalogue");
		}
		return this.catalogue.find(code)
			.orElseThrow(() -> new RowProblem(column, code, "metric " + Row.quote(code)
					+ " is not in the metric catalogue; check the code or add the metric to the job's catalogue file"));
	}

	private static Measure denominator(Row row, Metric metric) throws RowProblem {
		String text = row.text("denominator");
		String column = row.column("denominator");
		if (metric.hasDenominator() && text.isEmpty()) {
			throw new RowProblem(column, text, "metric " + metric.code() + " is a ratio (" + metric.unit()
					+ "), so the denominator must be filled in; add the denominator or * if it is suppressed");
		}
		if (!metric.hasDenominator() && !text.isEmpty()) {
			throw new RowProblem(column, text, "metric " + metric.code() + " is a count and has no denominator, but "
					+ column + " is " + Row.quote(text) + "; leave the denominator empty for this metric");
		}
		return metric.hasDenominator() ? row.count("denominator") : Measure.MISSING;
	}

}
