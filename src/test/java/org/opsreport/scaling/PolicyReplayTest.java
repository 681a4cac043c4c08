package org.opsreport.scaling;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.opsreport.scaling.Samples.at;
import static org.opsreport.scaling.Samples.cpu;
import static org.opsreport.scaling.Samples.policy;
import static org.opsreport.scaling.TriggerType.CPU_UTILIZATION;
import static org.opsreport.scaling.TriggerType.MEMORY_UTILIZATION;

/** Hand-computed days for the seed's decision logic (IntelligentAutoScaler._evaluate_policy_decision). */
class PolicyReplayTest {

	private static ScalingConfig config(boolean costOptimization, ScalingPolicy... policies) {
		return new ScalingConfig(10, costOptimization, List.of(policies));
	}

	@Test
	void evaluationPeriodsNeedConsecutiveBreaches() {
		// recorded 2 instances; cpu 80 > 70 at samples 0, 2, 3; sample 1 (50) resets the counter, so only sample 3
		// completes 2 consecutive breaches. Cost optimization: ceil(160 / 70) = 3 = n + 1, no cut.
		ScalingConfig config = config(true, policy("p", CPU_UTILIZATION, 70, 30, 0, 1, 10, 1, 2, "svc"));
		ReplayRun run = PolicyReplay.replay("svc", cpu(2, 80, 50, 80, 80, 80), config, List.of());
		assertThat(run.events()).singleElement().satisfies((e) -> {
			assertThat(e.timestamp()).isEqualTo(at(15));
			assertThat(e.previousInstances()).isEqualTo(2);
			assertThat(e.newInstances()).isEqualTo(3);
			assertThat(e.policyId()).isEqualTo("p");
			assertThat(e.type()).isEqualTo("reactive");
			assertThat(e.triggerValue()).isEqualTo(80.0);
		});
		// sample 4 sees 160 / 3 = 53.3 %: within thresholds
		assertThat(run.instances()).containsExactly(2, 2, 2, 2, 3);
		assertThat(run.instancesAtEnd()).isEqualTo(3);
	}

	@Test
	void cooldownBlocksUntilItHasElapsed() {
		// recorded 4 at 90 % (load 360). t=0: 90 > 70 -> 5. t=5: 72 > 70 but 300 s < 600 s cooldown.
		// t=10: cooldown over (600 s, not before) -> 6. t=15: 60 %, nothing.
		ScalingConfig config = config(true, policy("p", CPU_UTILIZATION, 70, 30, 600, 1, 10, 1, 1, "svc"));
		ReplayRun run = PolicyReplay.replay("svc", cpu(4, 90, 90, 90, 90), config, List.of());
		assertThat(run.events()).extracting(ScalingEvent::timestamp).containsExactly(at(0), at(10));
		assertThat(run.instances()).containsExactly(4, 5, 5, 6);
	}

	@Test
	void scaleOutIsClampedToMaxAndStopsThere() {
		// increment 2 from 2 would give 4, max is 3; at 3 the 66.7 % is still > 50 but n == max: no action
		ScalingConfig config = config(false, policy("p", CPU_UTILIZATION, 50, 20, 0, 1, 3, 2, 1, "svc"));
		ReplayRun run = PolicyReplay.replay("svc", cpu(2, 100, 100, 100), config, List.of());
		assertThat(run.events()).extracting(ScalingEvent::newInstances).containsExactly(3);
		assertThat(run.instances()).containsExactly(2, 3, 3);
	}

	@Test
	void scaleInIsClampedToMinAndStopsThere() {
		// 3 instances at 10 % < 20: max(2, 3 - 2) = 2; then 15 % < 20 but n == min
		ScalingConfig config = config(true, policy("p", CPU_UTILIZATION, 50, 20, 0, 2, 10, 2, 1, "svc"));
		ReplayRun run = PolicyReplay.replay("svc", cpu(3, 10, 10, 10), config, List.of());
		assertThat(run.events()).singleElement().satisfies((e) -> {
			assertThat(e.action()).isEqualTo("scale_in");
			assertThat(e.newInstances()).isEqualTo(2);
			assertThat(e.threshold()).isEqualTo(20.0);
		});
		assertThat(run.instances()).containsExactly(3, 2, 2);
	}

	@Test
	void costOptimizationCutsAnOversizedIncrement() {
		// 2 instances at 80 % (load 160), increment 4 -> 6; ceil(160 / 70) = 3 instances suffice
		ScalingPolicy p = policy("p", CPU_UTILIZATION, 70, 30, 0, 1, 10, 4, 1, "svc");
		assertThat(PolicyReplay.replay("svc", cpu(2, 80), config(true, p), List.of()).events().get(0).newInstances())
			.isEqualTo(3);
		assertThat(PolicyReplay.replay("svc", cpu(2, 80), config(false, p), List.of()).events().get(0).newInstances())
			.isEqualTo(6);
	}

	@Test
	void hourlyLimitDropsDecisionsBeyondTheLimit() {
		// 10 recorded at 100 % (load 1000), threshold 50: wants +1 at every sample. Limit 2 per trailing hour:
		// events at 0 and 5 min; at 60 min the window (0, 60] holds only 5 -> event; at 65 (5, 65] holds only 60.
		ScalingConfig config = new ScalingConfig(2, false,
				List.of(policy("p", CPU_UTILIZATION, 50, 20, 0, 1, 100, 1, 1, "svc")));
		double[] cpu = new double[14];
		java.util.Arrays.fill(cpu, 100);
		ReplayRun run = PolicyReplay.replay("svc", cpu(10, cpu), config, List.of());
		assertThat(run.events()).extracting(ScalingEvent::timestamp).containsExactly(at(0), at(5), at(60), at(65));
		assertThat(run.instancesAtEnd()).isEqualTo(14);
	}

	@Test
	void consolidationLargestTargetWinsAndScaleInNeedsEveryPolicy() {
		ScalingConfig config = config(false, policy("cpu", CPU_UTILIZATION, 70, 30, 0, 1, 20, 1, 1, "svc"),
				policy("mem", MEMORY_UTILIZATION, 70, 30, 0, 1, 20, 3, 1, "svc"));
		// both above: cpu wants 5, memory wants 7 -> 7 (memory policy)
		List<MetricSample> high = List.of(new MetricSample(at(0), 4, 90, 90, Double.NaN, Double.NaN, Double.NaN));
		assertThat(PolicyReplay.replay("svc", high, config, List.of()).events()).singleElement()
			.satisfies((e) -> {
				assertThat(e.newInstances()).isEqualTo(7);
				assertThat(e.policyId()).isEqualTo("mem");
			});
		// cpu low, memory within thresholds: no scale-in
		List<MetricSample> mixed = List.of(new MetricSample(at(0), 4, 10, 50, Double.NaN, Double.NaN, Double.NaN));
		assertThat(PolicyReplay.replay("svc", mixed, config, List.of()).events()).isEmpty();
		// cpu high, memory low: scale-out wins
		List<MetricSample> opposite = List.of(new MetricSample(at(0), 4, 90, 10, Double.NaN, Double.NaN, Double.NaN));
		assertThat(PolicyReplay.replay("svc", opposite, config, List.of()).events().get(0).action())
			.isEqualTo("scale_out");
		// both low: cpu wants 3, memory wants 1; the larger target (3, cpu) wins
		List<MetricSample> low = List.of(new MetricSample(at(0), 4, 10, 10, Double.NaN, Double.NaN, Double.NaN));
		assertThat(PolicyReplay.replay("svc", low, config, List.of()).events()).singleElement().satisfies((e) -> {
			assertThat(e.action()).isEqualTo("scale_in");
			assertThat(e.newInstances()).isEqualTo(3);
			assertThat(e.policyId()).isEqualTo("cpu");
		});
	}

	@Test
	void inactivePoliciesAndOtherServicesAreIgnored() {
		ScalingPolicy inactive = new ScalingPolicy("p", "p", CPU_UTILIZATION, 50, 20, ScalingDirection.SCALE_OUT, 0, 1,
				10, 1, 1, false, List.of("svc"));
		ScalingPolicy other = policy("q", CPU_UTILIZATION, 50, 20, 0, 1, 10, 1, 1, "other");
		assertThat(PolicyReplay.replay("svc", cpu(2, 99, 99), config(true, inactive, other), List.of()).events())
			.isEmpty();
	}

	@Test
	void searchLikeOscillationFlaps() {
		// 4 recorded at 58 % (load 232), thresholds 70/60, cooldown 300, one period:
		// t0: 58 < 60 -> 3; t5: 232 / 3 = 77.3 > 70, cooldown elapsed (300 s) -> 4 (ceil(232 / 70) = 4); t10: 58 -> 3 ...
		ScalingPolicy p = policy("search-cpu", CPU_UTILIZATION, 70, 60, 300, 2, 10, 1, 1, "search");
		ReplayRun run = PolicyReplay.replay("search", cpu(4, 58, 58, 58, 58), config(true, p), List.of());
		assertThat(run.events()).extracting(ScalingEvent::action)
			.containsExactly("scale_in", "scale_out", "scale_in", "scale_out");
		List<FlappingEpisode> flapping = ScalingAnalysis.flapping("search", run.events(), 300);
		assertThat(flapping).hasSize(3);
		assertThat(flapping.get(0).gapSeconds()).isEqualTo(300);
		assertThat(flapping.get(0).windowSeconds()).isEqualTo(600);
		// the same pair 15 minutes apart is outside 2 x cooldown
		assertThat(ScalingAnalysis.flapping("search", List.of(run.events().get(0), shifted(run.events().get(1), 15)),
				300))
			.isEmpty();
	}

	private static ScalingEvent shifted(ScalingEvent e, int minutes) {
		return new ScalingEvent(e.eventId(), e.serviceId(), at(minutes), e.action(), e.type(), e.policyId(),
				e.previousInstances(), e.newInstances(), e.triggerMetric(), e.triggerValue(), e.threshold(), e.reason());
	}

	@Test
	void predictiveRuleUsesOnlyForecastsAvailableThen() {
		ScalingConfig config = config(true, policy("p", CPU_UTILIZATION, 70, 30, 300, 1, 10, 1, 2, "svc"));
		List<UtilizationForecast> forecasts = new ArrayList<>();
		// issued at 5 min for 45 min: 90 % with probability 0.8 -> not visible at t0, visible at t5
		forecasts.add(new UtilizationForecast(at(5), at(45), 90, 0.8));
		ReplayRun run = PolicyReplay.replay("svc", cpu(2, 50, 50, 50), config, forecasts);
		assertThat(run.events()).singleElement().satisfies((e) -> {
			assertThat(e.timestamp()).isEqualTo(at(5));
			assertThat(e.type()).isEqualTo("predictive");
			assertThat(e.policyId()).isNull();
			assertThat(e.newInstances()).isEqualTo(3);
			assertThat(e.triggerValue()).isEqualTo(90.0);
		});
		// t10: the forecast rescaled to 3 instances is 90 * 2 / 3 = 60 < 80: no further step
		assertThat(run.instances()).containsExactly(2, 2, 3);
	}

	@Test
	void predictiveRuleNeedsConfidenceAboveSeventyPercentAndTheThirtyToSixtyMinuteHorizon() {
		ScalingConfig config = config(true, policy("p", CPU_UTILIZATION, 70, 30, 300, 1, 10, 1, 2, "svc"));
		// probability exactly 0.7 is not > 0.7
		assertThat(PolicyReplay.replay("svc", cpu(2, 50), config,
				List.of(new UtilizationForecast(at(0), at(40), 95, 0.7))).events()).isEmpty();
		// 20 minutes ahead is outside the 30-60 minute horizon
		assertThat(PolicyReplay.replay("svc", cpu(2, 50), config,
				List.of(new UtilizationForecast(at(0), at(20), 95, 0.9))).events()).isEmpty();
		// average confidence over the horizon: (0.9 + 0.6) / 2 = 0.75 > 0.7 with max 85 > 80
		assertThat(PolicyReplay.replay("svc", cpu(2, 50), config,
				List.of(new UtilizationForecast(at(0), at(30), 85, 0.9), new UtilizationForecast(at(0), at(60), 70, 0.6)))
			.events()).hasSize(1);
	}

	@Test
	void predictiveConfidenceIsForTheSimulatedFleet() {
		// recorded 4 instances; the policy scales in at t0 (20 < 30, one period, no cooldown) to 3.
		// forecast issued at t0 for t35: recorded fleet 65 % (quantiles 55/60/65/70/75): P(u > 80) = 0 for 4 instances,
		// but at 3 instances the fleet runs 65 * 4 / 3 = 86.7 % and P(u_rec > 80 * 3 / 4 = 60) = 1 - 0.10 = 0.9 > 0.7
		ScalingConfig config = config(true, policy("p", CPU_UTILIZATION, 70, 30, 0, 1, 10, 1, 1, "svc"));
		ForecastQuantiles q = new ForecastQuantiles(55, 60, 65, 70, 75);
		List<UtilizationForecast> withQuantiles = List.of(new UtilizationForecast(at(0), at(35), 65, 0.0, q));
		ReplayRun run = PolicyReplay.replay("svc", cpu(4, 20, 50, 50), config, withQuantiles);
		assertThat(run.events()).extracting(ScalingEvent::type).containsExactly("reactive", "predictive");
		assertThat(run.events().get(1).timestamp()).isEqualTo(at(5));
		assertThat(run.events().get(1).triggerValue()).isCloseTo(65 * 4 / 3.0, within(1e-9));
		assertThat(run.instances()).containsExactly(4, 3, 4);
		// the same forecast with only its probability for the recorded fleet (0) never fires
		List<UtilizationForecast> without = List.of(new UtilizationForecast(at(0), at(35), 65, 0.0));
		assertThat(PolicyReplay.replay("svc", cpu(4, 20, 50, 50), config, without).events())
			.extracting(ScalingEvent::type)
			.containsExactly("reactive");
	}

	@Test
	void emptyDayGivesEmptyRun() {
		ScalingConfig config = config(true, policy("p", CPU_UTILIZATION, 70, 30, 300, 1, 10, 1, 2, "svc"));
		ReplayRun run = PolicyReplay.replay("svc", List.of(), config, List.of());
		assertThat(run.events()).isEmpty();
		assertThat(run.instances()).isEmpty();
	}

}
