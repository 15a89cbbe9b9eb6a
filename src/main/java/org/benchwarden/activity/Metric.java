package org.benchwarden.activity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An entry of the metric catalogue.
 *
 * @param code unique code, upper case, e.g. {@code QOF_PREV_AF}
 * @param name readable name for workbooks
 * @param unit how the value reads: {@code count}, {@code %} or {@code per 1,000}
 * @param polarity whether higher is better
 * @param contractCode the contract the metric belongs to, or null when it is general activity
 * @param hasDenominator whether the metric is a ratio of numerator over denominator
 * @param scale factor applied to numerator / denominator to give the value (100 for a
 * percentage, 1000 for a rate per 1,000); 1 for counts
 */
public record Metric(String code, String name, String unit, Polarity polarity, String contractCode,
		boolean hasDenominator, BigDecimal scale) {

	public Metric {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(polarity, "polarity");
		Objects.requireNonNull(scale, "scale");
	}

}
