package org.benchwarden.benchmark;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.benchwarden.activity.Metric;
import org.benchwarden.activity.Polarity;

/**
 * Turns summed numerators and denominators into values, and ranks organisations. Ratios are the
 * sum of numerators over the sum of denominators times the metric's scale, never a mean of
 * ratios. Stateless.
 */
final class FigureCalculator {

	private static final int VALUE_SCALE = 4;

	private FigureCalculator() {
	}

	/** Returns the value, or null when a ratio has no positive denominator. */
	static BigDecimal value(Metric metric, BigDecimal numerator, BigDecimal denominator) {
		if (numerator == null) {
			return null;
		}
		if (!metric.hasDenominator()) {
			return numerator.stripTrailingZeros();
		}
		if (denominator == null || denominator.signum() <= 0) {
			return null;
		}
		return numerator.multiply(metric.scale())
			.divide(denominator, MathContext.DECIMAL64)
			.setScale(VALUE_SCALE, RoundingMode.HALF_UP);
	}

	/**
	 * Ranks the shown figures of one metric and period, best first by the metric's polarity
	 * (highest first where neither is better), with ties sharing a rank. Figures without a value
	 * keep a null rank and go last. Returns the figures in rank order.
	 */
	static List<Figure> rank(List<Figure> figures, Metric metric) {
		Comparator<BigDecimal> byValue = (metric.polarity() == Polarity.LOWER_IS_BETTER) ? Comparator.naturalOrder()
				: Comparator.reverseOrder();
		List<Figure> valued = new ArrayList<>();
		List<Figure> unvalued = new ArrayList<>();
		for (Figure figure : figures) {
			(figure.value() != null ? valued : unvalued).add(figure);
		}
		valued.sort(Comparator.comparing(Figure::value, byValue).thenComparing(Figure::subjectCode));
		unvalued.sort(Comparator.comparing(Figure::subjectCode));

		List<Figure> ranked = new ArrayList<>(figures.size());
		int rank = 0;
		BigDecimal previous = null;
		for (int i = 0; i < valued.size(); i++) {
			Figure figure = valued.get(i);
			if (previous == null || figure.value().compareTo(previous) != 0) {
				rank = i + 1;
				previous = figure.value();
			}
			ranked.add(withRank(figure, rank, valued.size()));
		}
		ranked.addAll(unvalued);
		return ranked;
	}

	private static Figure withRank(Figure figure, int rank, int outOf) {
		return new Figure(figure.viewId(), figure.subjectCode(), figure.subjectName(), figure.aggregate(),
				figure.metricCode(), figure.period(), figure.numerator(), figure.denominator(), figure.value(),
				figure.contributors(), figure.suppressedContributors(), rank, outOf, figure.status(), figure.note());
	}

}
