package org.opsreport.hpa;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opsreport.hpa.MetricTarget.Source;
import org.opsreport.hpa.MetricTarget.TargetType;
import org.opsreport.scaling.MetricSample;
import org.opsreport.scaling.SampleAlignment;
import org.opsreport.scaling.ScalingConfig;

import static org.assertj.core.api.Assertions.assertThat;

/** The sync loop over a recorded day, against hand-computed replays. */
class HpaSimulationTest {

	private static final Instant T0 = Instant.parse("2026-11-24T00:00:00Z");

	private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

	private static HpaManifest cpuHpa(int target, int min, int max, boolean behavior, ScalingRules up, ScalingRules down) {
		return new HpaManifest("web", "hpa/web.yaml", 1, "web", min, max,
				List.of(new MetricTarget(Source.RESOURCE, "cpu", "cpu_utilization", TargetType.UTILIZATION, target, 0)),
				behavior, up, down, 0, 0);
	}

	/** Samples every 5 minutes with the recorded count and CPU given. */
	private static List<MetricSample> samples(int[] counts, double[] cpu) {
		List<MetricSample> samples = new ArrayList<>();
		for (int i = 0; i < cpu.length; i++) {
			samples.add(new MetricSample(T0.plus(FIVE_MINUTES.multipliedBy(i)), counts[i], cpu[i], Double.NaN, Double.NaN,
					Double.NaN, Double.NaN));
		}
		return samples;
	}

	private static SampleAlignment.Series series(List<MetricSample> samples) {
		long[] t = samples.stream().mapToLong((s) -> s.timestamp().getEpochSecond()).toArray();
		double[] v = samples.stream().mapToDouble(MetricSample::cpuUtilization).toArray();
		return new SampleAlignment.Series(t, v);
	}

	private static Timeline timeline(List<MetricSample> samples) {
		return Timeline.of(samples, FIVE_MINUTES, Map.of("cpu_utilization", series(samples)));
	}

	@Test
	void reactsAtTheFirstSyncOfASpikeNotOneSampleLate() {
		// 2 pods at 30 %, then one 5-minute sample at 90 % (load 180), then 30 % again. Target 60: at 00:05:00
		// utilization 90 -> ratio 1.5 -> ceil(1.5 x 2) = 3 at once (the default scale-up allows 4 pods per 15 s);
		// the next sync sees 180 / 3 = 60 %: kept.
		List<MetricSample> samples = samples(new int[] { 2, 2, 2 }, new double[] { 30, 90, 30 });
		HpaManifest hpa = cpuHpa(60, 1, 10, false, ScalingRules.defaultScaleUp(), ScalingRules.defaultScaleDown());
		HpaSimulation.Run run = HpaSimulation.run(hpa, timeline(samples));
		assertThat(run.replicas()).hasSize(60); // 15 minutes of 15 s syncs
		// before the spike 30 % of 2 recommends 1, but the count the controller ran before the day (2) holds for the
		// 5 minute stabilization, up to the sync of 00:04:45
		assertThat(run.replicas()[19]).isEqualTo(2);
		assertThat(run.replicas()[20]).isEqualTo(3); // 00:05:00
		// after the spike 180 -> 60 of 3 pods: 20 %, recommends 1, held by the 3 of 00:05-00:09:45 to the end
		assertThat(run.changes()).containsExactly(new HpaSimulation.Change(T0.plusSeconds(300).toEpochMilli(), 2, 3));
	}

	@Test
	void scaleDownWaitsForTheStabilizationWindowAndTruncatesUtilization() {
		// 4 pods; 00:00-00:05 at 60 % (target 60: ratio 1, kept), then 44.9 % from 00:05 on: the controller sees
		// 44 % (truncated), ratio 0.7333 -> ceil(2.93) = 3. Without behavior, the 4 recommended during the 5 minutes
		// before 00:05 hold until they are older than 5 minutes: the last one is from 00:04:45, so the count drops at
		// 00:09:45 + 15 s = 00:10:00, the first sync at which every recommendation of the last 5 minutes (from 00:05:00
		// on) says 3.
		List<MetricSample> samples = samples(new int[] { 4, 4, 4, 4 }, new double[] { 60, 44.9, 44.9, 44.9 });
		HpaManifest hpa = cpuHpa(60, 1, 10, false, ScalingRules.defaultScaleUp(), ScalingRules.defaultScaleDown());
		HpaSimulation.Run run = HpaSimulation.run(hpa, timeline(samples));
		assertThat(run.changes()).containsExactly(new HpaSimulation.Change(T0.plusSeconds(600).toEpochMilli(), 4, 3));
		// at 3 pods: 44.9 x 4 / 3 = 59.87 -> 59 %, ratio 0.983: kept
		assertThat(run.replicas()[run.replicas().length - 1]).isEqualTo(3);
	}

	@Test
	void ratioOfExactlyOnePointOneKeepsTheCount() {
		// 66 % against 60 % is 1.1 exactly in float64: inside 1 - 0.1 <= r <= 1 + 0.1, no scaling all day
		List<MetricSample> samples = samples(new int[] { 4, 4 }, new double[] { 66, 66 });
		HpaManifest hpa = cpuHpa(60, 1, 10, false, ScalingRules.defaultScaleUp(), ScalingRules.defaultScaleDown());
		assertThat(HpaSimulation.run(hpa, timeline(samples)).changes()).isEmpty();
	}

	@Test
	void scaleUpRatePolicyLimitsEachPeriod() {
		// 2 pods at 100 % against 25 %: wants 8. Behaviour scaleUp 1 pod per 60 s: 3 at 00:00:00, 4 at 00:01:00
		// (the event of 00:00:00 is not newer than now - 60 s any more), 5 at 00:02:00, ...
		List<MetricSample> samples = samples(new int[] { 2, 2 }, new double[] { 100, 100 });
		ScalingRules up = ScalingRules.defaultScaleUp().withPolicies(List.of(new ScalingRules.Policy(false, 1, 60)),
				ScalingRules.SelectPolicy.MAX);
		HpaManifest hpa = cpuHpa(25, 1, 10, true, up, ScalingRules.defaultScaleDown());
		HpaSimulation.Run run = HpaSimulation.run(hpa, timeline(samples));
		assertThat(run.changes()).extracting(HpaSimulation.Change::atMillis)
			.containsExactly(T0.toEpochMilli(), T0.plusSeconds(60).toEpochMilli(), T0.plusSeconds(120).toEpochMilli(),
					T0.plusSeconds(180).toEpochMilli(), T0.plusSeconds(240).toEpochMilli(),
					T0.plusSeconds(300).toEpochMilli());
		// 200 load / 25 = 8 pods: 100 x 2 / 8 = 25 %, ratio 1: stays 8
		assertThat(run.replicas()[run.replicas().length - 1]).isEqualTo(8);
	}

	@Test
	void comparisonMeasuresEveryVariantAtTheSyncs() {
		List<MetricSample> samples = samples(new int[] { 2, 2, 2 }, new double[] { 30, 90, 30 });
		HpaManifest hpa = cpuHpa(60, 2, 10, false, ScalingRules.defaultScaleUp(), ScalingRules.defaultScaleDown());
		HpaAnalysis.HpaDay day = new HpaAnalysis.HpaDay(hpa, 0.5, samples, FIVE_MINUTES,
				Map.of("cpu_utilization", series(samples)), new ScalingConfig(10, true, List.of()));
		HpaComparison c = HpaAnalysis.analyze(day);
		assertThat(c.variants()).extracting(HpaOutcome::variant).containsExactly("actual", "policy_replay", "hpa");
		HpaOutcome actual = c.variants().get(0);
		// 2 pods for 15 minutes: 0.5 instance-hours; under-provisioned the 5 minutes at 90 % (180 > 60 x 2)
		assertThat(actual.instanceHours()).isEqualTo(0.5);
		assertThat(actual.cost()).isEqualTo(0.25);
		assertThat(actual.underProvisionedMinutes()).isEqualTo(5.0);
		HpaOutcome replayed = c.variants().get(2);
		// the HPA: 2 pods (min 2) until 00:05, 3 from 00:05 (180 / 3 = 60: not above), back to 2 only after the
		// 5 minute stabilization (at 00:15, past the day): 10 min x 2 + 5 min x 3 = 35 pod-minutes... in 15 s syncs
		assertThat(replayed.underProvisionedMinutes()).isEqualTo(0.0);
		assertThat(replayed.instanceHours()).isCloseTo((20 * 2 + 40 * 3) * 15 / 3600.0, org.assertj.core.data.Offset.offset(1e-12));
		assertThat(replayed.instances()).containsExactly(2, 3, 3);
		assertThat(c.difference()).startsWith("The HPA would have run 0.7 instance-hours instead of 0.5 (+33%)");
		assertThat(c.tuning()).extracting(HpaTuning::variant)
			.containsExactly("as_written", "scale_down_window_60s", "scale_down_window_600s", "scale_up_1_pod_per_60s");
		// a 60 s window gives 2 pods back at 00:11:00 instead of after 00:15:00: cheaper, no more under-provisioning
		assertThat(c.cheapest()).isEqualTo("scale_down_window_60s");
		assertThat(c.advice()).startsWith("Most cost cut: scale-down stabilization window 300 s → 60 s");
	}

}
