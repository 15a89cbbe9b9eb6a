package org.benchwarden.activity;

/**
 * Whether a count was given, suppressed by the publisher, or left empty.
 */
public enum MeasureState {

	/** A number was given. */
	VALUE,
	/** The publisher hid a small number (written as {@code *} or {@code c}); it is not zero. */
	SUPPRESSED,
	/** The cell was empty. */
	MISSING

}
