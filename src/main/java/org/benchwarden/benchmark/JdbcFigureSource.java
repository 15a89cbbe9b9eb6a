package org.benchwarden.benchmark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.benchwarden.access.View;
import org.benchwarden.access.ViewKind;
import org.benchwarden.activity.Metric;
import org.benchwarden.organisation.Organisation;
import org.benchwarden.organisation.OrganisationDirectory;
import org.benchwarden.workbook.FigureSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Streams one recipient's figures from the practice figures and the view members recorded when
 * the run resolved its entitlements: one query per view, read row by row. Organisation-level
 * figures are held one metric and period at a time to rank them. Aggregates obey the disclosure
 * guard: an aggregate figure whose contributing practices include exactly one that the recipient
 * cannot see on its own is withheld, because subtracting the figures it can see would reveal that
 * practice's figure. A figure of a contract's metric from a practice that has not accepted that
 * contract appears only in the practice's own data. Not thread-safe: one instance per workbook.
 */
public class JdbcFigureSource implements FigureSource {

	static final String WITHHELD_NOTE = "withheld: only one contributing practice is not otherwise visible to you, "
			+ "so this sum would reveal its figure";

	private final JdbcTemplate jdbc;

	private final long jobInstanceId;

	private final String recipientCode;

	private final OrganisationDirectory organisations;

	private final Map<String, Metric> metrics;

	public JdbcFigureSource(JdbcTemplate jdbc, long jobInstanceId, String recipientCode,
			OrganisationDirectory organisations, Map<String, Metric> metrics) {
		this.jdbc = jdbc;
		this.jobInstanceId = jobInstanceId;
		this.recipientCode = recipientCode;
		this.organisations = organisations;
		this.metrics = metrics;
	}

	@Override
	public void forEachFigure(View view, Consumer<Figure> action) {
		if (view.kind().isAggregate()) {
			forEachAggregateFigure(view, action);
		}
		else {
			forEachOrganisationFigure(view, action);
		}
	}

	private void forEachOrganisationFigure(View view, Consumer<Figure> action) {
		List<Figure> group = new ArrayList<>();
		String[] groupKey = { null };
		RowCallbackHandler handler = (rs) -> {
			String metricCode = rs.getString("metric_code");
			Metric metric = this.metrics.get(metricCode);
			if (metric == null || !view.showsMetric(metricCode)) {
				return;
			}
			String key = metricCode + "\u0000" + rs.getString("period");
			if (!key.equals(groupKey[0])) {
				flushRanked(group, action);
				groupKey[0] = key;
			}
			String practiceCode = rs.getString("practice_code");
			group.add(organisationFigure(view, metric, practiceCode, rs.getString("period"),
					rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"), rs.getString("state")));
		};
		this.jdbc.query("SELECT m.practice_code, pf.metric_code, pf.period, pf.numerator, pf.denominator, pf.state "
				+ "FROM view_member m JOIN practice_figure pf ON pf.practice_code = m.practice_code "
				+ "WHERE m.job_instance_id = ? AND m.recipient_code = ? AND m.view_id = ? AND (pf.shared = 'Y' OR ?) "
				+ "ORDER BY pf.metric_code, pf.period, m.practice_code", handler, this.jobInstanceId, this.recipientCode,
				view.id(), view.kind() == ViewKind.OWN_DATA);
		flushRanked(group, action);
	}

	private void flushRanked(List<Figure> group, Consumer<Figure> action) {
		if (group.isEmpty()) {
			return;
		}
		Metric metric = this.metrics.get(group.get(0).metricCode());
		FigureCalculator.rank(group, metric).forEach(action);
		group.clear();
	}

	private Figure organisationFigure(View view, Metric metric, String practiceCode, String period,
			BigDecimal numerator, BigDecimal denominator, String state) {
		String name = this.organisations.find(practiceCode).map(Organisation::name).orElse(practiceCode);
		if ("S".equals(state)) {
			return new Figure(view.id(), practiceCode, name, false, metric.code(), period, null, null, null, 1, 1, null,
					null, FigureStatus.SUPPRESSED, "suppressed at source (a small number, not zero)");
		}
		BigDecimal value = "V".equals(state) ? FigureCalculator.value(metric, numerator, denominator) : null;
		if (value == null) {
			return new Figure(view.id(), practiceCode, name, false, metric.code(), period, null, null, null, 0, 0, null,
					null, FigureStatus.MISSING, missingNote(metric, state));
		}
		return new Figure(view.id(), practiceCode, name, false, metric.code(), period, numerator,
				metric.hasDenominator() ? denominator : null, value, 1, 0, null, null, FigureStatus.SHOWN, null);
	}

	private void forEachAggregateFigure(View view, Consumer<Figure> action) {
		RowCallbackHandler handler = (rs) -> {
			String metricCode = rs.getString("metric_code");
			Metric metric = this.metrics.get(metricCode);
			if (metric == null || !view.showsMetric(metricCode)) {
				return;
			}
			action.accept(aggregateFigure(view, metric, rs.getString("aggregate_code"), rs.getString("aggregate_name"),
					rs.getString("period"), rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"),
					rs.getInt("contributors"), rs.getInt("suppressed"), rs.getInt("hidden")));
		};
		this.jdbc.query("SELECT m.aggregate_code, MAX(m.aggregate_name) AS aggregate_name, pf.metric_code, pf.period, "
				+ "SUM(CASE WHEN pf.state = 'V' THEN pf.numerator END) AS numerator, "
				+ "SUM(CASE WHEN pf.state = 'V' THEN pf.denominator END) AS denominator, "
				+ "SUM(CASE WHEN pf.state = 'V' THEN 1 ELSE 0 END) AS contributors, "
				+ "SUM(CASE WHEN pf.state = 'S' THEN 1 ELSE 0 END) AS suppressed, "
				+ "SUM(CASE WHEN pf.state = 'V' AND m.visible = 'N' THEN 1 ELSE 0 END) AS hidden "
				+ "FROM view_member m JOIN practice_figure pf ON pf.practice_code = m.practice_code "
				+ "WHERE m.job_instance_id = ? AND m.recipient_code = ? AND m.view_id = ? AND pf.shared = 'Y' "
				+ "GROUP BY m.aggregate_code, pf.metric_code, pf.period "
				+ "ORDER BY pf.metric_code, pf.period, m.aggregate_code", handler, this.jobInstanceId,
				this.recipientCode, view.id());
	}

	private static Figure aggregateFigure(View view, Metric metric, String code, String name, String period,
			BigDecimal numerator, BigDecimal denominator, int contributors, int suppressed, int hidden) {
		if (hidden == 1) {
			return new Figure(view.id(), code, name, true, metric.code(), period, null, null, null, contributors,
					suppressed, null, null, FigureStatus.WITHHELD, WITHHELD_NOTE);
		}
		BigDecimal value = (contributors == 0) ? null : FigureCalculator.value(metric, numerator, denominator);
		if (value == null) {
			FigureStatus status = (contributors == 0 && suppressed > 0) ? FigureStatus.SUPPRESSED : FigureStatus.MISSING;
			String note = (status == FigureStatus.SUPPRESSED) ? "every contributing value was suppressed at source"
					: missingNote(metric, "M");
			return new Figure(view.id(), code, name, true, metric.code(), period, null, null, null, contributors,
					suppressed, null, null, status, note);
		}
		String note = (suppressed > 0)
				? suppressed + " suppressed value" + (suppressed == 1 ? " was" : "s were") + " left out of the sum" : null;
		return new Figure(view.id(), code, name, true, metric.code(), period, numerator,
				metric.hasDenominator() ? denominator : null, value, contributors, suppressed, null, null,
				FigureStatus.SHOWN, note);
	}

	private static String missingNote(Metric metric, String state) {
		if ("V".equals(state) && metric.hasDenominator()) {
			return "no value: the denominator is zero or missing";
		}
		return "no data received";
	}

}
