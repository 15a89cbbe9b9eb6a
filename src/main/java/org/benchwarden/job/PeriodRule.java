package org.benchwarden.job;

import java.time.LocalDate;

import org.benchwarden.activity.Period;

/**
 * Rule that selects the periods a run reports on, given its reporting date. {@code months: 3} keeps every period
 * that ended in the three months up to the reporting date, so a monthly file for October and the
 * QOF year that ended in March are both in range when their end date is. {@code all} keeps every
 * period received up to the reporting date. Immutable.
 *
 * @param months how many months back from the reporting date a period may have ended, or 0 for
 * every period
 */
public record PeriodRule(int months) {

	public static final PeriodRule ALL = new PeriodRule(0);

	public PeriodRule {
		if (months < 0) {
			throw new IllegalArgumentException("months must not be negative, but was " + months);
		}
	}

	/**
	 * Returns whether the period with this label is in range: it ended on or before the reporting
	 * date and, under {@code months: N}, after the date N months before it. A label that is no
	 * period is not in range.
	 */
	public boolean includes(String periodLabel, LocalDate reportingDate) {
		Period period;
		try {
			period = Period.parse(periodLabel);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		LocalDate earliestEnd = (this.months == 0) ? LocalDate.MIN : reportingDate.minusMonths(this.months);
		return !period.end().isAfter(reportingDate) && period.end().isAfter(earliestEnd);
	}

	public String describe() {
		return (this.months == 0) ? "every period that ended on or before the reporting date"
				: "periods that ended in the " + this.months + " months up to the reporting date";
	}

}
