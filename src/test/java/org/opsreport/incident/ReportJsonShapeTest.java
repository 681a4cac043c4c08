package org.opsreport.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.opsreport.chaos.ChaosEvaluator;
import org.opsreport.chaos.ChaosExperiment;
import org.opsreport.chaos.ChaosResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsreport.incident.Incidents.incident;

/** Pins the report.json field names the issue specifies, as Jackson writes the records. */
class ReportJsonShapeTest {

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void incidentsSection() {
		IncidentReport report = new IncidentAnalyzer().analyze(List.of(
				incident("A").severity(Severity.SEV1).services("api").detected("2026-03-10T10:00:00Z")
					.acknowledged("2026-03-10T10:05:00Z").resolved("2026-03-10T11:00:00Z").build(),
				incident("F").severity(Severity.SEV2).services("db").detected("2026-03-31T23:00:00Z").build()),
				LocalDate.parse("2026-03-31"));
		JsonNode json = mapper.valueToTree(report);
		assertThat(json.get("window").get("from").asString()).isEqualTo("2026-03-02");
		assertThat(json.get("window").get("to").asString()).isEqualTo("2026-03-31");
		JsonNode sev1 = json.get("bySeverity").get("sev1");
		assertThat(sev1.get("count").asInt()).isEqualTo(1);
		assertThat(sev1.get("mttaMinutes").asDouble()).isEqualTo(5.0);
		assertThat(sev1.get("mttrMinutes").asDouble()).isEqualTo(60.0);
		assertThat(sev1.has("mttrMedianMinutes")).isTrue();
		assertThat(sev1.has("mttrP90Minutes")).isTrue();
		assertThat(json.get("bySeverity").propertyNames()).containsExactly("sev1", "sev2", "sev3", "sev4");
		assertThat(json.get("byService").propertyNames()).containsExactly("api", "db");
		assertThat(json.get("open").get(0).get("plan").get("escalationTimeline").get(1).get("contact").asString())
			.isEqualTo("Engineering manager");
		for (String field : List.of("missingPostmortems", "classificationDisagreements", "recurringCauses",
				"previous", "postmortems", "actionItems", "estimatedVsActualMttr")) {
			assertThat(json.has(field)).as(field).isTrue();
		}
		assertThat(json.get("missingPostmortems").get(0).get("id").asString()).isEqualTo("A");
	}

	@Test
	void chaosEntry() {
		ChaosResult result = new ChaosEvaluator().evaluate(new ChaosExperiment("e1", "latency injection", "latency",
				List.of("api"), Instant.parse("2026-03-10T10:00:00Z"), 10, "p95 stays under 500 ms",
				"latency_ms p95 < 500"), Map.of("api", Map.of("latency_ms", new double[] { 100, 200 })), Set.of());
		JsonNode json = mapper.valueToTree(result);
		assertThat(json.propertyNames()).contains("id", "status", "verdict", "criteria", "resilienceScore");
		assertThat(json.get("status").asString()).isEqualTo("completed");
		assertThat(json.get("verdict").asString()).isEqualTo("confirmed");
		assertThat(json.get("criteria").get(0).propertyNames()).contains("expression", "measured", "passed");
	}

}
