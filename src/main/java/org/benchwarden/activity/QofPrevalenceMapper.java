package org.benchwarden.activity;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Maps a record of a QOF prevalence file to the metric {@code QOF_PREV_<group>}: the register is
 * the numerator and the list size the denominator. The QOF year comes from the file name, because
 * the file does not carry it.
 */
final class QofPrevalenceMapper implements RecordMapper {

	static final String METRIC_PREFIX = "QOF_PREV_";

	private final MetricCatalogue catalogue;

	private final Predicate<String> knownPractice;

	private final Period year;

	private final String groupColumn;

	private final String listSizeColumn;

	/**
	 * @param groupColumn the normalised name of the condition group column, which changed in 2019-20
	 * @param listSizeColumn the normalised name of the list size column, which changed in 2020-21
	 */
	QofPrevalenceMapper(MetricCatalogue catalogue, Predicate<String> knownPractice, Period year, String groupColumn,
			String listSizeColumn) {
		this.catalogue = catalogue;
		this.knownPractice = knownPractice;
		this.year = year;
		this.groupColumn = groupColumn;
		this.listSizeColumn = listSizeColumn;
	}

	@Override
	public List<ActivityValue> map(Row row) throws RowProblem {
		String practiceCode = row.practiceCode("practicecode", this.knownPractice);
		Metric metric = metric(row);
		Measure register = row.count("register");
		Measure listSize = row.count(this.listSizeColumn);

		return List.of(new ActivityValue(practiceCode, this.year.label(), metric.code(), register, listSize,
				row.line()));
	}

	private Metric metric(Row row) throws RowProblem {
		String group = row.text(this.groupColumn).toUpperCase(Locale.ROOT);
		String column = row.column(this.groupColumn);
		if (group.isEmpty()) {
			throw new RowProblem(column, group, column + " is empty; fill in the QOF condition group, such as AF");
		}
		String code = METRIC_PREFIX + group;
		return this.catalogue.find(code)
			.orElseThrow(() -> new RowProblem(column, group, "QOF condition group " + Row.quote(group)
					+ " has no metric " + code
					+ " in the metric catalogue; add the metric to the job's catalogue file or remove the group's rows"));
	}

}
