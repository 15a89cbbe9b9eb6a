package org.benchwarden.benchmark;

import java.math.BigDecimal;

/**
 * One row of a benchmark: an organisation's or an aggregate's figures for one metric and period.
 * Numerator, denominator and value are null unless the status is {@link FigureStatus#SHOWN}.
 *
 * @param viewId the view the figure belongs to
 * @param subjectCode ODS code of the organisation, or the aggregate's code
 * @param subjectName readable name of the organisation or aggregate
 * @param aggregate true for a sum over several practices
 * @param metricCode the metric's catalogue code
 * @param period canonical period label
 * @param numerator sum of numerators
 * @param denominator sum of denominators, null for metrics without one
 * @param value the numerator over the denominator times the metric's scale, or the numerator for
 * counts
 * @param contributors number of practices whose figures are in the sum (1 for an organisation)
 * @param suppressedContributors number of practices whose value was suppressed at source and so
 * left out of the sum
 * @param rank position within the view for this metric and period, 1 for the best value, null for
 * aggregates and for figures without a value
 * @param rankOutOf number of ranked figures for this metric and period, null where rank is null
 * @param status whether the figure is shown, and why not
 * @param note plain reason where the status is not {@link FigureStatus#SHOWN}, otherwise null
 */
public record Figure(String viewId, String subjectCode, String subjectName, boolean aggregate, String metricCode,
		String period, BigDecimal numerator, BigDecimal denominator, BigDecimal value, int contributors,
		int suppressedContributors, Integer rank, Integer rankOutOf, FigureStatus status, String note) {
}
