package org.opsreport.chaos;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Which services the chaos step treats as having an exhausted error budget. */
class ChaosStepsTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void anObjectiveAtOrBelowZeroPercentExhaustsItsService() {
		var slos = this.json.readTree("""
				[{"service": "payments", "budgetRemainingPercent": -95.2},
				 {"service": "payments", "budgetRemainingPercent": 40.0},
				 {"service": "auth", "budgetRemainingPercent": 0.0},
				 {"service": "cart", "budgetRemainingPercent": 0.5},
				 {"service": "search", "budgetRemainingPercent": null}]""");
		assertThat(ChaosSteps.exhaustedBudgets(slos)).containsExactly("auth", "payments");
	}

	@Test
	void noSlosSectionMeansNoExhaustedBudget() {
		assertThat(ChaosSteps.exhaustedBudgets(null)).isEmpty();
	}

}
