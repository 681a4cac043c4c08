package org.opsreport.chaos;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opsreport.health.Health;
import org.opsreport.slo.ObjectiveResults;

import static org.assertj.core.api.Assertions.assertThat;

/** Which services the chaos step treats as having an exhausted error budget. */
class ChaosStepsTest {

	@Test
	void anObjectiveAtOrBelowZeroPercentExhaustsItsService() {
		var slos = List.of(ObjectiveResults.of("p", "payments", "a", 0.999, 0.99, -95.2, 2.0, Health.RED),
				ObjectiveResults.of("p2", "payments", "b", 0.999, 0.999, 40.0, 1.0, Health.AMBER),
				ObjectiveResults.of("a", "auth", "a", 0.999, 0.999, 0.0, 1.0, Health.RED),
				ObjectiveResults.of("c", "cart", "a", 0.999, 0.999, 0.5, 1.0, Health.RED),
				ObjectiveResults.of("s", "search", "a", 0.999, null, null, null, Health.UNKNOWN));
		assertThat(ChaosVerdicts.exhaustedBudgets(slos)).containsExactly("auth", "payments");
	}

	@Test
	void noSlosSectionMeansNoExhaustedBudget() {
		assertThat(ChaosVerdicts.exhaustedBudgets(null)).isEmpty();
	}

}
