package org.benchwarden.activity;

/**
 * Whether a higher value of a metric is better, worse, or neither (prevalence, for example).
 */
public enum Polarity {

	HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL

}
