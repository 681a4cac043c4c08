package org.opsreport.scaling;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScalingPolicyLoaderTest {

	private static final Set<String> SERVICES = Set.of("checkout", "payments", "catalog", "search", "cart", "auth",
			"inventory", "notifications");

	private final ScalingPolicyLoader loader = new ScalingPolicyLoader(SERVICES);

	private static final String VALID = """
			policies:
			  - policy_id: p1
			    trigger_type: cpu_utilization
			    threshold_up: 70
			    threshold_down: 30
			    services: [checkout]
			""";

	@Test
	void loadsTheCheckedInSampleConfiguration() {
		ScalingConfig config = this.loader.load(Path.of("jobs/scaling-policies.yaml"));
		assertThat(config.maxScaleEventsPerHour()).isEqualTo(10);
		assertThat(config.costOptimizationEnabled()).isTrue();
		assertThat(config.policies()).extracting(ScalingPolicy::policyId).contains("checkout-cpu", "search-cpu-tight");
		ScalingPolicy search = config.policiesFor("search").get(0);
		assertThat(search.thresholdUp()).isEqualTo(70.0);
		assertThat(search.thresholdDown()).isEqualTo(60.0);
		assertThat(search.cooldownSeconds()).isEqualTo(300);
		assertThat(search.evaluationPeriods()).isEqualTo(1);
		// the inactive memory policy is not applied
		assertThat(config.policiesFor("checkout")).extracting(ScalingPolicy::policyId).containsExactly("checkout-cpu");
		assertThat(config.policiesFor("catalog")).extracting(ScalingPolicy::policyId).containsExactly("web-tier-cpu");
	}

	@Test
	void appliesTheSeedDefaults() {
		ScalingPolicy p = this.loader.load(new StringReader(VALID), "x.yaml").policies().get(0);
		assertThat(p.policyName()).isEqualTo("p1");
		assertThat(p.cooldownSeconds()).isEqualTo(300);
		assertThat(p.minInstances()).isEqualTo(1);
		assertThat(p.maxInstances()).isEqualTo(100);
		assertThat(p.scaleIncrement()).isEqualTo(1);
		assertThat(p.evaluationPeriods()).isEqualTo(2);
		assertThat(p.active()).isTrue();
		assertThat(p.triggerType()).isEqualTo(TriggerType.CPU_UTILIZATION);
	}

	private void rejects(String yaml, String... fragments) {
		assertThatThrownBy(() -> this.loader.load(new StringReader(yaml), "jobs/scaling-policies.yaml"))
			.isInstanceOf(ScalingConfigException.class)
			.hasMessageContainingAll(fragments)
			.hasMessageContaining("jobs/scaling-policies.yaml");
	}

	@Test
	void refusesInvalidPoliciesNamingFilePolicyAndField() {
		rejects(VALID.replace("threshold_down: 30", "threshold_down: 70"), "policy 'p1'", "threshold_down");
		rejects(VALID + "    min_instances: 0\n", "policy 'p1'", "min_instances");
		rejects(VALID + "    min_instances: 5\n    max_instances: 4\n", "policy 'p1'", "max_instances");
		rejects(VALID + "    scale_increment: 0\n", "policy 'p1'", "scale_increment");
		rejects(VALID + "    cooldown_seconds: -1\n", "policy 'p1'", "cooldown_seconds");
		rejects(VALID + "    evaluation_periods: 0\n", "policy 'p1'", "evaluation_periods");
		rejects(VALID.replace("cpu_utilization", "cpu_load"), "policy 'p1'", "trigger_type", "cpu_load");
		rejects(VALID.replace("[checkout]", "[shop]"), "policy 'p1'", "services", "shop");
		rejects(VALID + "    treshold_up: 80\n", "policy 'p1'", "treshold_up");
		rejects(VALID.replace("threshold_up: 70", "threshold_up: high"), "policy 'p1'", "threshold_up");
		rejects(VALID + "    scaling_direction: sideways\n", "policy 'p1'", "scaling_direction");
		rejects(VALID.replace("  - policy_id: p1\n    trigger_type", "  - trigger_type"), "policy #1", "policy_id");
		rejects(VALID + VALID.replace("policies:\n", ""), "policy 'p1'", "policy_id");
		rejects("policy: []\n", "policy");
		rejects("policies: [\n", "not valid YAML");
	}

}
