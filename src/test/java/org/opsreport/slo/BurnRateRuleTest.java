package org.opsreport.slo;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Published figures of the Google SRE Workbook, "Alerting on SLOs", and Sloth's window scaling. */
class BurnRateRuleTest {

	private static final Duration DAYS_30 = Duration.ofDays(30);

	private static final Duration DAYS_28 = Duration.ofDays(28);

	@Test
	void workbookFactorsFor30Days() {
		// Workbook section 6, table of recommended parameters: 14.4 (1h), 6 (6h), 3 (1d), 1 (3d)
		assertThat(BurnRateRule.WORKBOOK).extracting((r) -> r.factor(DAYS_30))
			.containsExactly(14.4, 6.0, 3.0, 1.0);
		assertThat(BurnRateRule.WORKBOOK).extracting(BurnRateRule::shortWindow)
			.containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(6));
	}

	@Test
	void slothFactorsFor28Days() {
		// Sloth scales by budget fraction x window / long window: 13.44, 5.6, 2.8, 0.933
		assertThat(BurnRateRule.WORKBOOK.get(0).factor(DAYS_28)).isCloseTo(13.44, within(1e-9));
		assertThat(BurnRateRule.WORKBOOK.get(1).factor(DAYS_28)).isCloseTo(5.6, within(1e-9));
		assertThat(BurnRateRule.WORKBOOK.get(2).factor(DAYS_28)).isCloseTo(2.8, within(1e-9));
		assertThat(BurnRateRule.WORKBOOK.get(3).factor(DAYS_28)).isCloseTo(0.93, within(0.004));
	}

	@Test
	void burnRateOneSpendsTheBudgetInExactlyTheWindow() {
		assertThat(BurnRateRule.budgetSpent(1.0, DAYS_30, DAYS_30)).isCloseTo(1.0, within(1e-12));
		assertThat(BurnRateRule.hoursToExhaustion(1.0, DAYS_30, 1.0)).isCloseTo(720.0, within(1e-9));
	}

	@Test
	void burnRate14Point4ForOneHourSpendsTwoPercentOf30DayBudget() {
		assertThat(BurnRateRule.budgetSpent(14.4, Duration.ofHours(1), DAYS_30)).isCloseTo(0.02, within(1e-12));
	}

	@Test
	void fullOutageOn999ExhaustsA30DayBudgetIn43Minutes() {
		// Workbook: "a 100% error rate ... would exhaust the budget in 43 minutes" (99.9%, 30 days)
		double burnRate = 1.0 / (1 - 0.999);
		Double hours = BurnRateRule.hoursToExhaustion(1.0, DAYS_30, burnRate);
		assertThat(hours * 60).isCloseTo(43.2, within(1e-6));
	}

	@Test
	void notBurningNeverExhaustsAndExhaustedIsZero() {
		assertThat(BurnRateRule.hoursToExhaustion(0.5, DAYS_30, 0.0)).isNull();
		assertThat(BurnRateRule.hoursToExhaustion(0.5, DAYS_30, null)).isNull();
		assertThat(BurnRateRule.hoursToExhaustion(-0.1, DAYS_30, 2.0)).isZero();
	}

	@Test
	void shorthand() {
		assertThat(BurnRateRule.shorthand(Duration.ofMinutes(5))).isEqualTo("5m");
		assertThat(BurnRateRule.shorthand(Duration.ofHours(6))).isEqualTo("6h");
		assertThat(BurnRateRule.shorthand(Duration.ofDays(3))).isEqualTo("3d");
	}

}
