package org.opsreport.slo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The result records serialize straight into the report.json {@code slos} entry shape. */
class ObjectiveResultJsonTest {

	@Test
	void serializesTheReportJsonFields() {
		Instant end = Instant.parse("2026-11-27T00:00:00Z");
		MetricRef total = new MetricRef("payments", "requests_total");
		MetricRef failed = new MetricRef("payments", "requests_failed");
		Instant from = end.minus(Duration.ofDays(30));
		Map<MetricRef, MetricSamples> data = Map.of(total,
				SloEvaluatorTest.series(from, end, Duration.ofMinutes(5), (t) -> 100.0), failed,
				SloEvaluatorTest.series(from, end, Duration.ofMinutes(5), (t) -> t.isAfter(end.minus(Duration.ofHours(3))) ? 5.0 : 0.0));
		SloDefinition slo = new SloDefinition("payments-availability", "Payments availability", "payments",
				new Indicator.Ratio(null, failed, total), BudgetingMethod.OCCURRENCES, TimeWindow.rolling(30, TimeWindow.Unit.DAY),
				List.of(new Objective("99.9%", 0.999, null, null, null, null)), "test");
		List<IncidentWindow> incidents = List.of(new IncidentWindow("INC-7", Set.of("payments"),
				end.minus(Duration.ofHours(4)), null, false));
		ObjectiveResult result = SloEvaluator.evaluateAll(slo, data, end, incidents, SloSettings.defaults()).get(0);

		JsonNode json = JsonMapper.builder().build().valueToTree(result);

		assertThat(names(json)).contains("name", "service", "objective", "target", "budgetingMethod", "window", "sli",
				"budgetTotal", "budgetConsumed", "budgetRemainingPercent", "burnRates", "timeToExhaustionHours",
				"lowTraffic", "alerts", "topIncidents", "burndown", "status", "findings");
		assertThat(names(json.get("burnRates"))).containsExactly("1h", "6h", "1d", "3d", "window");
		assertThat(names(json.get("alerts").get(0))).containsExactly("name", "severity", "longWindow", "shortWindow",
				"factor", "firing", "firstFiredAt", "firingMinutes");
		assertThat(names(json.get("topIncidents").get(0))).containsExactly("id", "budgetConsumedPercent");
		assertThat(json.get("budgetingMethod").asString()).isEqualTo("Occurrences");
		assertThat(json.get("window").asString()).isEqualTo("30d");
		// 5% errors for the last 3 hours: 50 burn rate over 1h
		assertThat(json.get("burnRates").get("1h").doubleValue()).isEqualTo(50.0, org.assertj.core.api.Assertions.within(1e-9));
		assertThat(json.get("alerts").get(0).get("firstFiredAt").asString()).isNotEmpty();
	}

	private static List<String> names(JsonNode node) {
		return new ArrayList<>(node.propertyNames());
	}

}
