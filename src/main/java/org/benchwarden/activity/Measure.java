package org.benchwarden.activity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A numerator or denominator as read from a file. {@link #value()} is set only in the
 * {@link MeasureState#VALUE} state.
 */
public record Measure(BigDecimal value, MeasureState state) {

	public static final Measure MISSING = new Measure(null, MeasureState.MISSING);

	public static final Measure SUPPRESSED = new Measure(null, MeasureState.SUPPRESSED);

	public Measure {
		Objects.requireNonNull(state, "state");
		if ((state == MeasureState.VALUE) != (value != null)) {
			throw new IllegalArgumentException("a value is required exactly when the state is VALUE");
		}
	}

	public static Measure of(BigDecimal value) {
		return new Measure(value, MeasureState.VALUE);
	}

	public static Measure of(long value) {
		return new Measure(BigDecimal.valueOf(value), MeasureState.VALUE);
	}

}
