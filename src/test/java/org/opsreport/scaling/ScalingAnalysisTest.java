package org.opsreport.scaling;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.opsreport.scaling.Samples.T0;
import static org.opsreport.scaling.Samples.cpu;
import static org.opsreport.scaling.Samples.policy;

class ScalingAnalysisTest {

	private static final Duration FIVE = Duration.ofMinutes(5);

	@Test
	void seedRecommendationRules() {
		List<ServiceScalingStats> services = List.of(new ServiceScalingStats("a", 3, 60, T0),
				new ServiceScalingStats("b", 2, 0, null));
		List<String> r = ScalingAnalysis.recommendations(new ScalingStatistics(60, 46, 14, 0, 2.5), services);
		assertThat(r).containsExactly(
				"High scaling frequency detected - consider adjusting thresholds or cooldown periods",
				"More scale-out than scale-in events - review scaling policies for balanced scaling",
				"Service b has not scaled recently - verify scaling policies are active");
		// exactly 2 per hour and out == 3 x in are not flagged (strict >)
		assertThat(ScalingAnalysis.recommendations(new ScalingStatistics(48, 36, 12, 0, 2.0),
				List.of(new ServiceScalingStats("a", 3, 48, T0))))
			.isEmpty();
	}

	@Test
	void instancesNeededKeepsTheUpperForecastUnderTarget() {
		assertThat(ScalingAnalysis.instancesNeeded(150, 50, 1, 10)).isEqualTo(3);
		assertThat(ScalingAnalysis.instancesNeeded(151, 50, 1, 10)).isEqualTo(4);
		assertThat(ScalingAnalysis.instancesNeeded(40, 50, 2, 10)).isEqualTo(2);
		assertThat(ScalingAnalysis.instancesNeeded(900, 50, 1, 8)).isEqualTo(8);
		assertThat(ScalingAnalysis.instancesNeeded(Double.NaN, 50, 2, 8)).isEqualTo(2);
	}

	@Test
	void wholeDayOnAHandComputedService() {
		// svc: 12 samples, 4 recorded instances at 30 % CPU, policy 75/40, one period.
		// reactive: t0 30 < 40 -> 3; then 40 % (not < 40): instances 4 + 11 x 3 = 37 samples -> 37 / 12 h
		// target tracking at 60 %: t0 ratio 0.5 -> ceil(2) = 2 (min 2) within the first sample; then 60 % on target:
		// 12 x 2 = 24 -> 24 / 12 h
		double[] cpu = new double[12];
		Arrays.fill(cpu, 30);
		ScalingConfig config = new ScalingConfig(10, true,
				List.of(policy("svc-cpu", TriggerType.CPU_UTILIZATION, 75, 40, 300, 2, 8, 1, 1, "svc")));
		ServiceDay svc = new ServiceDay("svc", 60, 10, FIVE, cpu(4, cpu), List.of(),
				List.of(new HourlyLoadForecast(T0.plus(Duration.ofDays(1)), 250, 300)));
		ServiceDay idle = new ServiceDay("idle", 60, 10, FIVE, cpu(1, 50, 50), List.of(), List.of());
		ScalingResult result = ScalingAnalysis
			.analyze(new ScalingInput(LocalDate.parse("2026-11-25"), config, List.of(svc, idle)));
		ScalingReport report = result.scaling();

		assertThat(report.statistics()).isEqualTo(new ScalingStatistics(1, 0, 1, 0, 1.0 / 24));
		assertThat(report.events()).singleElement().extracting(ScalingEvent::newInstances).isEqualTo(3);
		assertThat(report.services()).containsExactly(new ServiceScalingStats("svc", 3, 1, T0, 0, 0, 4, 0),
				new ServiceScalingStats("idle", 1, 0, null, 0, 0, 1, 0));
		assertThat(report.policies()).singleElement().satisfies((p) -> {
			assertThat(p.triggerCount()).isEqualTo(1);
			assertThat(p.effectivenessScore()).isCloseTo(1.0 / 24 * 10, within(1e-12));
		});
		assertThat(report.recommendations())
			.containsExactly("Service idle has not scaled recently - verify scaling policies are active");
		assertThat(report.flapping()).isEmpty();

		ServiceComparison c = report.comparison().get(0);
		assertThat(c.variants()).extracting(VariantOutcome::variant)
			.containsExactly("actual", "reactive", "predictive", "target_tracking");
		double[] expectedHours = { 4.0, 37 / 12.0, 37 / 12.0, 24 / 12.0 };
		for (int i = 0; i < expectedHours.length; i++) {
			assertThat(c.variants().get(i).instanceHours()).isCloseTo(expectedHours[i], within(1e-12));
		}
		assertThat(c.variants().get(3).cost()).isCloseTo(24 / 12.0 * 10, within(1e-9));
		assertThat(c.variants()).extracting(VariantOutcome::underProvisionedMinutes).containsOnly(0L);
		assertThat(c.variants()).extracting(VariantOutcome::scalingEvents).containsExactly(0, 1, 1, 1);
		assertThat(c.recommendedVariant()).isEqualTo("target_tracking");
		assertThat(c.load()).first().isEqualTo(120.0);

		// tomorrow 00:00: ceil(300 / 60) = 5 > 4 recorded in today's 00:00 hour
		assertThat(report.capacityPlan()).singleElement()
			.isEqualTo(new CapacityPlanEntry("svc", T0.plus(Duration.ofDays(1)), 300, 5, 4, "scale_up"));
		assertThat(result.performance().services()).extracting(ServicePerformance::score).containsOnly(100.0);
	}

	@Test
	void cheaperVariantThatAddsUnderProvisioningIsNotRecommended() {
		// 2 recorded at 70 % (load 140), policy up 75 / down 40: nothing happens in the policy replay.
		// Target tracking with an aggressive target of 150 %: ratio 0.47 -> ceil(0.93) = 1 instance from the first
		// sample on, which runs at 140 % > 75 for all 4 samples (20 min): cheaper but under-provisioned, so actual stays
		// recommended.
		double[] cpu = new double[4];
		Arrays.fill(cpu, 70);
		ScalingConfig config = new ScalingConfig(10, true,
				List.of(policy("p", TriggerType.CPU_UTILIZATION, 75, 40, 300, 1, 8, 1, 1, "svc")));
		ServiceDay svc = new ServiceDay("svc", 150, 1, FIVE, cpu(2, cpu), List.of(), List.of());
		ServiceComparison c = ScalingAnalysis.analyze(new ScalingInput(LocalDate.parse("2026-11-25"), config,
				List.of(svc))).scaling().comparison().get(0);
		VariantOutcome tracking = c.variants().get(3);
		assertThat(tracking.instances()).containsExactly(1, 1, 1, 1);
		assertThat(tracking.underProvisionedMinutes()).isEqualTo(20);
		assertThat(c.recommendedVariant()).isEqualTo("actual");
	}

	@Test
	void variantEventsRecordedChangesBoundsAndForecastNote() {
		// recorded 2, 2, 3, 3 at 50 %: one recorded change (scale_out at the second sample, 2 -> 3)
		List<MetricSample> samples = new java.util.ArrayList<>(cpu(2, 50, 50));
		samples.addAll(cpu(3, 50, 50).stream()
			.map((m) -> new MetricSample(m.timestamp().plus(Duration.ofMinutes(10)), 3, 50, Double.NaN, Double.NaN,
					Double.NaN, Double.NaN))
			.toList());
		ScalingConfig config = new ScalingConfig(10, true,
				List.of(policy("p", TriggerType.CPU_UTILIZATION, 75, 40, 300, 1, 8, 1, 1, "svc")));
		// target 20 %: HPA wants ceil(2 * 50 / 20) = 5, the service's own bounds [1, 4] cap it at 4
		ServiceDay day = new ServiceDay("svc", 20, 1, FIVE, samples, List.of(), List.of(), 1, 4);
		ScalingResult result = ScalingAnalysis.analyze(new ScalingInput(LocalDate.parse("2026-11-25"), config, List.of(day)));
		assertThat(result.eventsByVariant()).containsOnlyKeys("actual", "reactive", "predictive", "target_tracking");
		assertThat(result.eventsByVariant().get("actual")).singleElement().satisfies((e) -> {
			assertThat(e.timestamp()).isEqualTo(T0.plus(FIVE));
			assertThat(e.previousInstances()).isEqualTo(2);
			assertThat(e.newInstances()).isEqualTo(3);
			assertThat(e.type()).isEqualTo("recorded");
		});
		assertThat(result.eventsByVariant().get("target_tracking")).first()
			.extracting(ScalingEvent::newInstances)
			.isEqualTo(4);
		assertThat(result.scaling().forecasts().note()).isEqualTo(ForecastUse.NONE);
		assertThat(result.scaling().forecasts().predictiveReplay()).isEmpty();
	}

	@Test
	void forecastNoteNamesTheServicesWithoutForecasts() {
		ServiceDay with = new ServiceDay("a", 60, 1, FIVE, cpu(2, 50), List.of(
				new UtilizationForecast(T0, T0.plus(Duration.ofMinutes(30)), 50, 0.1)),
				List.of(new HourlyLoadForecast(T0.plus(Duration.ofDays(1)), 100, 120)));
		ServiceDay without = new ServiceDay("b", 60, 1, FIVE, cpu(2, 50), List.of(), List.of());
		ForecastUse use = ForecastUse.of(List.of(with, without));
		assertThat(use.predictiveReplay()).containsExactly("a");
		assertThat(use.capacityPlan()).containsExactly("a");
		assertThat(use.note()).isEqualTo(
				"no utilization forecast for b: their predictive replay equals the reactive one; no load forecast for b: no capacity plan");
		assertThat(ForecastUse.of(List.of(with)).note()).isNull();
	}

}
