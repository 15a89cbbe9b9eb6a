package org.benchwarden.job;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

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

	/** Returns the periods in range, oldest first. */
	public List<Period> select(Collection<Period> periods, LocalDate reportingDate) {
		LocalDate earliestEnd = (this.months == 0) ? LocalDate.MIN : reportingDate.minusMonths(this.months);
		return periods.stream()
			.filter((period) -> !period.end().isAfter(reportingDate))
			.filter((period) -> period.end().isAfter(earliestEnd))
			.sorted()
			.toList();
	}

	/** Returns whether the period with this label is in range; a label that is no period is not. */
	public boolean includes(String periodLabel, LocalDate reportingDate) {
		try {
			return !select(List.of(Period.parse(periodLabel)), reportingDate).isEmpty();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	public String describe() {
		return (this.months == 0) ? "every period that ended on or before the reporting date"
				: "periods that ended in the " + this.months + " months up to the reporting date";
	}

}
