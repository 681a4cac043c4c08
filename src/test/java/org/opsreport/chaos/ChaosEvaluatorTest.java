package org.opsreport.chaos;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ChaosEvaluatorTest {

	private static final String CRITERIA = "error_ratio < 0.01; latency_ms p90 < 500; cpu max < 90";

	private static ChaosExperiment experiment(String hypothesis, String criteria, int minutes, String... services) {
		return new ChaosExperiment("exp-1", "kill a pod", "pod_failure", List.of(services),
				Instant.parse("2026-03-10T10:00:00Z"), minutes, hypothesis, criteria);
	}

	private final ChaosEvaluator evaluator = new ChaosEvaluator(60);

	/** Hand-computed: api error ratio 5/1000 = 0.005; latency p90 of 100..1000 (legacy: pos 9.9) = 990; cpu max 80. */
	private static Map<String, double[]> api() {
		return Map.of("requests_failed", new double[] { 2, 3 }, "requests_total", new double[] { 500, 500 },
				"latency_ms", new double[] { 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000 }, "cpu",
				new double[] { 40, 80, Double.NaN });
	}

	@Test
	void measuresAsHandComputed() {
		Map<String, double[]> api = api();
		assertThat(ChaosEvaluator.measure(CriteriaParser.parse("error_ratio < 1").get(0), api)).isCloseTo(0.005,
				within(1e-12));
		// Percentile legacy: pos = 0.9 * 11 = 9.9 -> 900 + 0.9 * (1000 - 900) = 990
		assertThat(ChaosEvaluator.measure(CriteriaParser.parse("latency_ms p90 < 1").get(0), api)).isCloseTo(990.0,
				within(1e-9));
		assertThat(ChaosEvaluator.measure(CriteriaParser.parse("latency_ms < 1").get(0), api)).isCloseTo(550.0,
				within(1e-9));
		assertThat(ChaosEvaluator.measure(CriteriaParser.parse("cpu max < 1").get(0), api)).isEqualTo(80.0);
		assertThat(ChaosEvaluator.measure(CriteriaParser.parse("cpu min < 1").get(0), api)).isEqualTo(40.0);
		assertThat(ChaosEvaluator.measure(CriteriaParser.parse("missing < 1").get(0), api)).isNull();
		assertThat(ChaosEvaluator.measure(CriteriaParser.parse("error_ratio < 1").get(0),
				Map.of("requests_total", new double[] { 0 }, "requests_failed", new double[] { 0 }))).isNull();
	}

	@Test
	void confirmedWhenAllCriteriaPass() {
		ChaosResult r = evaluator.evaluate(
				experiment("traffic fails over", "error_ratio < 0.01; latency_ms p90 < 1000; cpu max < 90", 30, "api"),
				Map.of("api", api()), Set.of());
		assertThat(r.status()).isEqualTo(ChaosResult.COMPLETED);
		assertThat(r.verdict()).isEqualTo(ChaosResult.CONFIRMED);
		assertThat(r.criteria()).extracting(ChaosResult.CriterionResult::passed).containsExactly(true, true, true);
		assertThat(r.criteria().get(1).measured()).isCloseTo(990.0, within(1e-9));
		assertThat(r.resilienceScore()).isEqualTo(100.0);
	}

	@Test
	void notConfirmedWithPerCriterionValuesAndScore() {
		ChaosResult r = evaluator.evaluate(experiment("traffic fails over", CRITERIA, 30, "api"),
				Map.of("api", api()), Set.of());
		assertThat(r.verdict()).isEqualTo(ChaosResult.NOT_CONFIRMED);
		assertThat(r.criteria()).extracting(ChaosResult.CriterionResult::passed).containsExactly(true, false, true);
		// latency p90 990 against 500: r = 490/500 = 0.98, credit 0.5 * 0.02 = 0.01 -> 100 * 2.01 / 3 = 67
		assertThat(r.resilienceScore()).isCloseTo(67.0, within(1e-9));
	}

	@Test
	void worstServiceDecides() {
		Map<String, double[]> web = Map.of("cpu", new double[] { 95, 70 });
		ChaosResult r = evaluator.evaluate(experiment("h", "cpu max < 90", 30, "api", "web"),
				Map.of("api", api(), "web", web), Set.of());
		assertThat(r.criteria().get(0).measured()).isEqualTo(95.0);
		assertThat(r.criteria().get(0).service()).isEqualTo("web");
		assertThat(r.criteria().get(0).passed()).isFalse();
		// lower-bound criterion: the smallest value is the worst
		ChaosResult lower = evaluator.evaluate(experiment("h", "cpu min > 50", 30, "api", "web"),
				Map.of("api", api(), "web", web), Set.of());
		assertThat(lower.criteria().get(0).measured()).isEqualTo(40.0);
		assertThat(lower.criteria().get(0).service()).isEqualTo("api");
	}

	@Test
	void criterionWithoutDataFails() {
		ChaosResult r = evaluator.evaluate(experiment("h", "cpu max < 90; queue_depth < 10", 30, "api"),
				Map.of("api", api()), Set.of());
		assertThat(r.verdict()).isEqualTo(ChaosResult.NOT_CONFIRMED);
		assertThat(r.criteria().get(1).measured()).isNull();
		assertThat(r.resilienceScore()).isEqualTo(50.0);
		assertThat(r.reasons()).containsExactly("no data for 'queue_depth < 10'");
	}

	@Test
	void refusals() {
		ChaosResult r = evaluator.evaluate(experiment(" ", "", 90, "api", "db"), Map.of("api", api()), Set.of("db"));
		assertThat(r.status()).isEqualTo(ChaosResult.REFUSED);
		assertThat(r.verdict()).isNull();
		assertThat(r.resilienceScore()).isNull();
		assertThat(r.reasons()).containsExactly("no hypothesis",
				"invalid success criteria: no success criteria given",
				"duration 1 h 30 min exceeds the maximum of 1 h", "error budget of db is exhausted");
		assertThat(evaluator.evaluate(experiment("h", "cpu <", 30, "api"), Map.of(), Set.of()).reasons())
			.singleElement()
			.asString()
			.startsWith("invalid success criteria: criterion 1 'cpu <'");
		assertThat(evaluator.evaluate(experiment("h", "cpu < 1", 0), Map.of(), Set.of()).reasons())
			.containsExactly("no target service", "duration 0 minutes is not positive");
		// exactly the maximum is allowed
		assertThat(evaluator.evaluate(experiment("h", "cpu max < 90", 60, "api"), Map.of("api", api()), Set.of())
			.status()).isEqualTo(ChaosResult.COMPLETED);
	}

	@Test
	void noData() {
		ChaosResult r = evaluator.evaluate(experiment("h", CRITERIA, 30, "api"),
				Map.of("api", Map.of("cpu", new double[0])), Set.of());
		assertThat(r.status()).isEqualTo(ChaosResult.NO_DATA);
		assertThat(r.criteria()).hasSize(3);
		assertThat(r.reasons().get(0)).isEqualTo("no samples for api between 2026-03-10T10:00:00Z and 2026-03-10T10:30:00Z");
	}

	@Test
	void resilienceScoreDefinition() {
		List<Criterion> two = CriteriaParser.parse("a < 500; b < 500");
		// the Javadoc example: one passed, one measured 600 against 500 -> (1 + 0.5 * 0.8) / 2 = 70
		assertThat(ChaosEvaluator.resilienceScore(two,
				List.of(new ChaosResult.CriterionResult("a < 500", 100.0, true, "s"),
						new ChaosResult.CriterionResult("b < 500", 600.0, false, "s"))))
			.isCloseTo(70.0, within(1e-9));
		// a gross violation (r >= 1) earns nothing
		assertThat(ChaosEvaluator.resilienceScore(two,
				List.of(new ChaosResult.CriterionResult("a < 500", 1000.0, false, "s"),
						new ChaosResult.CriterionResult("b < 500", 5000.0, false, "s"))))
			.isEqualTo(0.0);
		// boundary miss (measured == threshold for '<') earns the half credit
		assertThat(ChaosEvaluator.resilienceScore(CriteriaParser.parse("a < 500"),
				List.of(new ChaosResult.CriterionResult("a < 500", 500.0, false, "s"))))
			.isEqualTo(50.0);
		assertThat(ChaosEvaluator.resilienceScore(List.of(), List.of())).isNull();
	}

}
