package org.benchwarden.benchmark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * guard per figure, counting only practices with a value for that metric and period. An aggregate
 * figure is withheld when exactly one of those practices is not visible to the recipient on its own.
 * It is also withheld when another aggregate figure of the same metric and period covers all of
 * them but one, because subtracting would reveal that practice's figure. A figure of a contract's
 * metric from a practice that has not accepted that contract appears only in the practice's own
 * data. Not thread-safe: one instance per workbook.
 */
public class JdbcFigureSource implements FigureSource {

	static final String WITHHELD_NOTE = "withheld: only one contributing practice is not otherwise visible to you, "
			+ "so this sum would reveal its figure";

	static final String WITHHELD_BY_SUBTRACTION_NOTE = "withheld: subtracting another sum you receive from this one "
			+ "would reveal the figure of one practice not otherwise visible to you";

	private final JdbcTemplate jdbc;

	private final long jobInstanceId;

	private final String recipientCode;

	private final OrganisationDirectory organisations;

	private final Map<String, Metric> metrics;

	private final List<View> views;

	/** Keys of aggregate figures that a subtraction would reveal, filled on first use. */
	private Set<String> revealedBySubtraction;

	/**
	 * @param views every view of the recipient's workbook, so that each aggregate figure is checked
	 * against the other aggregate figures the recipient receives
	 */
	public JdbcFigureSource(JdbcTemplate jdbc, long jobInstanceId, String recipientCode,
			OrganisationDirectory organisations, Map<String, Metric> metrics, List<View> views) {
		this.jdbc = jdbc;
		this.jobInstanceId = jobInstanceId;
		this.recipientCode = recipientCode;
		this.organisations = organisations;
		this.metrics = metrics;
		this.views = List.copyOf(views);
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
		Set<String> revealed = revealedBySubtraction();
		RowCallbackHandler handler = (rs) -> {
			String metricCode = rs.getString("metric_code");
			Metric metric = this.metrics.get(metricCode);
			if (metric == null || !view.showsMetric(metricCode)) {
				return;
			}
			String code = rs.getString("aggregate_code");
			String period = rs.getString("period");
			Figure figure = aggregateFigure(view, metric, code, rs.getString("aggregate_name"), period,
					rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"), rs.getInt("contributors"),
					rs.getInt("suppressed"), rs.getInt("hidden"));
			if (figure.status() == FigureStatus.SHOWN && revealed.contains(figureKey(view.id(), code, metricCode, period))) {
				figure = new Figure(view.id(), code, figure.subjectName(), true, metricCode, period, null, null, null,
						figure.contributors(), figure.suppressedContributors(), null, null, FigureStatus.WITHHELD,
						WITHHELD_BY_SUBTRACTION_NOTE);
			}
			action.accept(figure);
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

	/**
	 * Returns the keys of aggregate figures from which the recipient could subtract another
	 * aggregate figure it receives and be left with one practice it cannot see on its own. Works one
	 * metric and period at a time over the practices with a value, because a practice without one
	 * adds nothing to either sum. Figures withheld here still count as figures to subtract, which
	 * can withhold more than needed but never less.
	 */
	private Set<String> revealedBySubtraction() {
		if (this.revealedBySubtraction != null) {
			return this.revealedBySubtraction;
		}
		Map<String, View> aggregateViews = new HashMap<>();
		for (View view : this.views) {
			if (view.kind().isAggregate()) {
				aggregateViews.put(view.id(), view);
			}
		}
		Set<String> revealed = new HashSet<>();
		Map<String, Set<String>> hiddenByAggregate = new HashMap<>();
		String[] group = { null };
		RowCallbackHandler handler = (rs) -> {
			View view = aggregateViews.get(rs.getString("view_id"));
			String metricCode = rs.getString("metric_code");
			if (view == null || !view.showsMetric(metricCode)) {
				return;
			}
			String metricPeriod = metricCode + "\u0000" + rs.getString("period");
			if (!metricPeriod.equals(group[0])) {
				collectRevealed(group[0], hiddenByAggregate, revealed);
				group[0] = metricPeriod;
			}
			Set<String> hidden = hiddenByAggregate.computeIfAbsent(
					view.id() + "\u0000" + rs.getString("aggregate_code"), (key) -> new HashSet<>());
			if ("N".equals(rs.getString("visible"))) {
				hidden.add(rs.getString("practice_code"));
			}
		};
		this.jdbc.query("SELECT m.view_id, m.aggregate_code, m.practice_code, m.visible, pf.metric_code, pf.period "
				+ "FROM view_member m JOIN practice_figure pf ON pf.practice_code = m.practice_code "
				+ "WHERE m.job_instance_id = ? AND m.recipient_code = ? AND pf.state = 'V' "
				+ "ORDER BY pf.metric_code, pf.period", handler, this.jobInstanceId, this.recipientCode);
		collectRevealed(group[0], hiddenByAggregate, revealed);
		this.revealedBySubtraction = revealed;
		return revealed;
	}

	/**
	 * Adds the aggregates of one metric and period whose hidden practices are those of another
	 * aggregate plus exactly one, then clears the map for the next metric and period. An aggregate
	 * with exactly one hidden practice is left to the per-figure rule, and one with none reveals
	 * nothing.
	 */
	private static void collectRevealed(String metricPeriod, Map<String, Set<String>> hiddenByAggregate,
			Set<String> revealed) {
		if (metricPeriod == null) {
			return;
		}
		List<Set<String>> subtrahends = hiddenByAggregate.values().stream().filter((hidden) -> hidden.size() != 1).toList();
		for (Map.Entry<String, Set<String>> entry : hiddenByAggregate.entrySet()) {
			Set<String> hidden = entry.getValue();
			if (hidden.size() < 2) {
				continue;
			}
			boolean revealsOne = subtrahends.stream()
				.anyMatch((other) -> other.size() == hidden.size() - 1 && hidden.containsAll(other));
			if (revealsOne) {
				revealed.add(entry.getKey() + "\u0000" + metricPeriod);
			}
		}
		hiddenByAggregate.clear();
	}

	private static String figureKey(String viewId, String aggregateCode, String metricCode, String period) {
		return viewId + "\u0000" + aggregateCode + "\u0000" + metricCode + "\u0000" + period;
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
