package org.benchwarden.job;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodRuleTests {

	private static final LocalDate REPORTING_DATE = LocalDate.of(2026, 12, 1);

	@Test
	void monthsRuleKeepsPeriodsEndedInRange() {
		PeriodRule rule = new PeriodRule(12);

		assertThat(rule.includes("2026-11", REPORTING_DATE)).isTrue();
		assertThat(rule.includes("2025-12", REPORTING_DATE)).isTrue();
		assertThat(rule.includes("2025/26", REPORTING_DATE)).isTrue();
		assertThat(rule.includes("2025-11", REPORTING_DATE)).isFalse();
		assertThat(rule.includes("2024/25", REPORTING_DATE)).isFalse();
	}

	@Test
	void periodEndingAfterReportingDateIsExcluded() {
		assertThat(new PeriodRule(12).includes("2026-12", REPORTING_DATE)).isFalse();
		assertThat(PeriodRule.ALL.includes("2026/27", REPORTING_DATE)).isFalse();
	}

	@Test
	void allRuleKeepsEveryEndedPeriod() {
		assertThat(PeriodRule.ALL.includes("2019/20", REPORTING_DATE)).isTrue();
		assertThat(PeriodRule.ALL.includes("2026-11", REPORTING_DATE)).isTrue();
	}

	@Test
	void labelThatIsNoPeriodIsExcluded() {
		assertThat(PeriodRule.ALL.includes("October", REPORTING_DATE)).isFalse();
	}

}
