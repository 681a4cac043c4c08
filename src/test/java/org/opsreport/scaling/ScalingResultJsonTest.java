package org.opsreport.scaling;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsreport.scaling.Samples.cpu;
import static org.opsreport.scaling.Samples.policy;

/** The result records serialize with the report.json field names. */
class ScalingResultJsonTest {

	@Test
	void fieldNamesMatchReportJson() {
		ScalingConfig config = new ScalingConfig(10, true,
				List.of(policy("p", TriggerType.CPU_UTILIZATION, 70, 30, 300, 1, 8, 1, 1, "svc")));
		ServiceDay day = new ServiceDay("svc", 60, 1, Duration.ofMinutes(5), cpu(2, 90, 90), List.of(), List.of());
		ScalingResult result = ScalingAnalysis.analyze(new ScalingInput(LocalDate.parse("2026-11-25"), config, List.of(day)));
		JsonNode json = JsonMapper.builder().build().valueToTree(result);
		assertThat(json.get("scaling").propertyNames()).containsExactly("statistics", "services", "policies", "events",
				"recommendations", "flapping", "comparison", "capacityPlan", "forecasts", "notes", "flappingRuns", "basis");
		assertThat(json.get("performance").get("services").get(0).has("score")).isTrue();
		assertThat(json.get("performance").get("services").get(0).has("bottlenecks")).isTrue();
		assertThat(json.get("performance").get("services").get(0).has("plan")).isTrue();
		assertThat(json.get("scaling").get("statistics").has("averageScalingFrequencyPerHour")).isTrue();
		assertThat(json.get("scaling").get("events").get(0).propertyNames()).containsExactly("eventId", "serviceId",
				"timestamp", "action", "type", "policyId", "previousInstances", "newInstances", "triggerMetric",
				"triggerValue", "threshold", "reason");
		assertThat(json.get("scaling").get("events").get(0).get("timestamp").asString()).isEqualTo("2026-11-25T00:00:00Z");
	}

}
