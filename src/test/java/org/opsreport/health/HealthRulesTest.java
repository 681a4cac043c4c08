package org.opsreport.health;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsreport.health.Health.AMBER;
import static org.opsreport.health.Health.GREEN;
import static org.opsreport.health.Health.RED;
import static org.opsreport.health.Health.UNKNOWN;

/** The status rules of docs/slo.md ("Status"), case by case, with the default thresholds 10% and 50%. */
class HealthRulesTest {

	static Health objective(Double remaining, boolean page, boolean ticket, Double burn1d) {
		return HealthRules.objective(remaining, page, ticket, burn1d, 10, 50);
	}

	@Test
	void anObjectiveIsJudgedOnBudgetLeftAlertsAndTheDaysBurn() {
		assertThat(objective(null, false, false, null)).isEqualTo(UNKNOWN);
		assertThat(objective(Double.NaN, true, false, null)).isEqualTo(UNKNOWN);
		assertThat(objective(9.99, false, false, 0.1)).isEqualTo(RED);
		assertThat(objective(-83.3, false, false, 0.1)).isEqualTo(RED);
		assertThat(objective(90.0, true, false, 0.1)).isEqualTo(RED);
		assertThat(objective(10.0, false, false, 0.1)).isEqualTo(AMBER);
		assertThat(objective(49.9, false, false, 0.1)).isEqualTo(AMBER);
		assertThat(objective(90.0, false, true, 0.1)).isEqualTo(AMBER);
		assertThat(objective(88.2, false, false, 1.42)).isEqualTo(AMBER);
		assertThat(objective(50.0, false, false, 1.0)).isEqualTo(GREEN);
		assertThat(objective(61.2, false, false, null)).isEqualTo(GREEN);
	}

	/** The reason names every rule that fired with its figure, so an AMBER or RED is never unexplained. */
	@Test
	void theReasonSaysWhichRuleFiredWithTheFigure() {
		assertThat(HealthRules.objectiveReason(88.23, false, false, 1.4219, 10, 50)).isEqualTo("1-day burn rate 1.42 > 1");
		assertThat(HealthRules.objectiveReason(36.84, false, false, 0.2, 10, 50)).isEqualTo("budget left 36.8% < 50%");
		assertThat(HealthRules.objectiveReason(36.84, false, true, 1.5, 10, 50))
			.isEqualTo("budget left 36.8% < 50%; ticket alert firing; 1-day burn rate 1.50 > 1");
		assertThat(HealthRules.objectiveReason(-83.33, true, true, 21.0, 10, 50))
			.isEqualTo("budget left -83.3% < 10%; page alert firing");
		assertThat(HealthRules.objectiveReason(90.0, true, false, 0.1, 10, 50)).isEqualTo("page alert firing");
		assertThat(HealthRules.objectiveReason(9.5, false, false, null, 12.5, 50)).isEqualTo("budget left 9.5% < 12.5%");
		assertThat(HealthRules.objectiveReason(null, false, false, null, 10, 50)).isEqualTo("no data");
		// at the thresholds the status is GREEN (strictly below / above): nothing to explain
		assertThat(HealthRules.objectiveReason(50.0, false, false, 1.0, 10, 50)).isNull();
	}

	@Test
	void aServiceIsItsWorstObjectiveRaisedByOpenIncidents() {
		assertThat(HealthRules.service(List.of(GREEN, AMBER), 0, false)).isEqualTo(AMBER);
		assertThat(HealthRules.service(List.of(GREEN, RED), 0, false)).isEqualTo(RED);
		assertThat(HealthRules.service(List.of(GREEN), 1, false)).isEqualTo(AMBER);
		assertThat(HealthRules.service(List.of(GREEN), 1, true)).isEqualTo(RED);
		assertThat(HealthRules.service(List.of(GREEN, GREEN), 0, false)).isEqualTo(GREEN);
		assertThat(HealthRules.service(List.of(GREEN, UNKNOWN), 0, false)).isEqualTo(UNKNOWN);
		assertThat(HealthRules.service(List.of(), 0, false)).isEqualTo(UNKNOWN);
		assertThat(HealthRules.service(List.of(), 2, false)).isEqualTo(AMBER);
	}

	@Test
	void theDayIsJudgedOnEveryObjectiveAndEveryOpenIncident() {
		assertThat(HealthRules.report(List.of(GREEN, GREEN), 0, false)).isEqualTo(GREEN);
		assertThat(HealthRules.report(List.of(GREEN, RED, AMBER), 1, false)).isEqualTo(RED);
		assertThat(HealthRules.report(List.of(GREEN, GREEN), 1, false)).isEqualTo(AMBER);
		assertThat(HealthRules.report(List.of(GREEN, GREEN), 1, true)).isEqualTo(RED);
		// something could not be checked: not all green
		assertThat(HealthRules.report(List.of(GREEN, UNKNOWN), 0, false)).isEqualTo(AMBER);
		// nothing could be judged: unknown, never a guessed green
		assertThat(HealthRules.report(List.of(UNKNOWN, UNKNOWN), 0, false)).isEqualTo(UNKNOWN);
		assertThat(HealthRules.report(List.of(), null, false)).isEqualTo(UNKNOWN);
		// incident results without SLOs: judged on the incidents
		assertThat(HealthRules.report(List.of(), 0, false)).isEqualTo(GREEN);
	}

	@Test
	void labelsAreTheStoredWordsAndWorstComesFirst() {
		assertThat(RED.label()).isEqualTo("red");
		assertThat(Health.of("Amber")).isEqualTo(AMBER);
		assertThat(List.of(GREEN, UNKNOWN, RED, AMBER).stream().sorted(Health.WORST_FIRST).toList())
			.containsExactly(RED, AMBER, UNKNOWN, GREEN);
		assertThat(GREEN.worse(UNKNOWN)).isEqualTo(UNKNOWN);
	}

}
