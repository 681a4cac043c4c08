package org.opsreport.scaling;

import java.io.StringReader;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every number and name of {@code scaling-policies.yaml} is accepted at its documented bound
 * ({@code catalog.ConfigBounds}, README "Configuration bounds") and refused just past it, at load,
 * naming the file, the policy and the field.
 */
class ScalingPolicyBoundsTest {

	private final ScalingPolicyLoader loader = new ScalingPolicyLoader(Set.of("checkout"));

	private static final String POLICY = """
			policies:
			  - policy_id: p1
			    trigger_type: cpu_utilization
			    threshold_up: 70
			    threshold_down: 30
			    services: [checkout]
			""";

	private ScalingConfig load(String yaml) {
		return this.loader.load(new StringReader(yaml), "jobs/scaling-policies.yaml");
	}

	@ParameterizedTest
	@CsvSource({ "max_instances, 10000, 10001", "scale_increment, 10000, 10001", "cooldown_seconds, 86400, 86401",
			"evaluation_periods, 1440, 1441", "max_instances, 10000, 2147483647", "scale_increment, 10000, 2147483647" })
	void aPolicyNumberIsAcceptedAtItsBoundAndRefusedPastIt(String field, long bound, long past) {
		assertThat(load(POLICY + "    " + field + ": " + bound + "\n").policies()).hasSize(1);
		assertThatThrownBy(() -> load(POLICY + "    " + field + ": " + past + "\n")).isInstanceOf(ScalingConfigException.class)
			.hasMessageContainingAll("jobs/scaling-policies.yaml", "policy 'p1'", field, String.valueOf(bound));
	}

	@Test
	void maxScaleEventsPerHourIsBounded() {
		assertThat(load("max_scale_events_per_hour: 3600\n" + POLICY).maxScaleEventsPerHour()).isEqualTo(3600);
		assertThatThrownBy(() -> load("max_scale_events_per_hour: 3601\n" + POLICY))
			.hasMessageContainingAll("max_scale_events_per_hour", "3600");
	}

	@Test
	void policyIdsAndNamesFitTheirColumn() {
		String id200 = "p".repeat(200);
		assertThat(load(POLICY.replace("policy_id: p1", "policy_id: " + id200)).policies().get(0).policyId()).hasSize(200);
		assertThatThrownBy(() -> load(POLICY.replace("policy_id: p1", "policy_id: " + id200 + "x")))
			.hasMessageContainingAll("policy_id", "201 characters", "at most 200");
		assertThat(load(POLICY + "    policy_name: " + "n".repeat(200) + "\n").policies()).hasSize(1);
		assertThatThrownBy(() -> load(POLICY + "    policy_name: " + "n".repeat(201) + "\n")).hasMessageContaining("policy_name");
	}

	@Test
	void aKeyGivenTwiceIsAnErrorNotLastWins() {
		assertThatThrownBy(() -> load(POLICY + "    threshold_up: 90\n")).isInstanceOf(ScalingConfigException.class)
			.hasMessageContainingAll("jobs/scaling-policies.yaml", "threshold_up");
	}

}
