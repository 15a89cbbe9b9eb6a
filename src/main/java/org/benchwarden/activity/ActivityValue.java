package org.benchwarden.activity;

import java.util.Objects;

/**
 * One practice's contribution to one metric for one period, as read from one input record. A
 * record of a source file may yield several values (a GPAD row adds to every appointment metric),
 * and several values for the same practice, metric and period add up.
 *
 * @param practiceCode the practice's ODS code, upper case
 * @param period canonical period label, see {@link Period}
 * @param metricCode the metric's code in the catalogue
 * @param numerator the count, or why there is none
 * @param denominator the denominator, or {@link Measure#MISSING} for a metric without one
 * @param line the physical line in the source file where the record starts, for messages
 */
public record ActivityValue(String practiceCode, String period, String metricCode, Measure numerator,
		Measure denominator, long line) {

	public ActivityValue {
		Objects.requireNonNull(practiceCode, "practiceCode");
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(metricCode, "metricCode");
		Objects.requireNonNull(numerator, "numerator");
		Objects.requireNonNull(denominator, "denominator");
	}

}
