package org.benchwarden.benchmark;

/**
 * Whether a figure can be shown, and if not, why.
 */
public enum FigureStatus {

	/** Numerator, denominator and value are shown. */
	SHOWN,
	/** The source suppressed the count (a small number); no value is shown, and it is not zero. */
	SUPPRESSED,
	/** No data was received for this organisation, metric and period. */
	MISSING,
	/**
	 * The aggregate would let the recipient work out another organisation's figures, so no value
	 * is shown.
	 */
	WITHHELD

}
