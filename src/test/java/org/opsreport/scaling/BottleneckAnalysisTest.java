package org.opsreport.scaling;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsreport.scaling.Samples.T0;

/** Seed PerformanceOptimizationEngine: thresholds, plan and _calculate_performance_score, hand-computed. */
class BottleneckAnalysisTest {

	private static final Duration FIVE = Duration.ofMinutes(5);

	private static List<MetricSample> day(double base, int from, int to, double high) {
		List<MetricSample> samples = new ArrayList<>();
		for (int i = 0; i < 288; i++) {
			double cpu = (i >= from && i < to) ? high : base;
			samples.add(new MetricSample(T0.plus(FIVE.multipliedBy(i)), 4, cpu, 50, 200, 10, Double.NaN));
		}
		return samples;
	}

	@Test
	void seedScoreFormula() {
		// no penalty at the thresholds (strict >)
		assertThat(BottleneckAnalysis.performanceScore(new PerformanceInputs(80, 85, 1000, 50))).isEqualTo(100.0);
		// cpu 90: -(10 * 0.5) = -5; memory 95: -(10 * 0.6) = -6; rt 2500: -min(30, 15); queue 150: -min(20, 10)
		assertThat(BottleneckAnalysis.performanceScore(new PerformanceInputs(90, 50, 0, 0))).isEqualTo(95.0);
		assertThat(BottleneckAnalysis.performanceScore(new PerformanceInputs(90, 95, 2500, 150))).isEqualTo(64.0);
		// caps: rt 10000 -> -30, queue 1000 -> -20; cpu 100 -> -10, memory 100 -> -9: 100 - 69 = 31
		assertThat(BottleneckAnalysis.performanceScore(new PerformanceInputs(100, 100, 10000, 1000))).isEqualTo(31.0);
		// Python round(99.25, 1) == 99.2 (half-even on an exactly representable tie): cpu 81.5 -> 100 - 0.75
		assertThat(BottleneckAnalysis.performanceScore(new PerformanceInputs(81.5, 0, 0, 0))).isEqualTo(99.2);
		// never below 0: cpu 300 -> -110
		assertThat(BottleneckAnalysis.performanceScore(new PerformanceInputs(300, 0, 0, 0))).isEqualTo(0.0);
	}

	@Test
	void fourHoursAboveNinetyIsAHighCpuBottleneck() {
		// 48 of 288 samples (16.7 %) at 95 -> p95 = 95 > 90: high; longest stretch 48 x 5 = 240 min
		ServicePerformance p = BottleneckAnalysis.analyze("inventory", day(50, 120, 168, 95), FIVE);
		assertThat(p.bottlenecks()).singleElement().satisfies((b) -> {
			assertThat(b.type()).isEqualTo("cpu_bottleneck");
			assertThat(b.severity()).isEqualTo("high");
			assertThat(b.value()).isEqualTo(95.0);
			assertThat(b.longestStretchMinutes()).isEqualTo(240);
			assertThat(b.description()).isEqualTo("High CPU utilization at 95%");
		});
		assertThat(p.recommendations()).containsExactly("Consider CPU optimization or horizontal scaling");
		assertThat(p.plan().immediateActions()).containsExactly("Enable horizontal auto-scaling");
		assertThat(p.plan().shortTermActions()).containsExactly("Optimize CPU-intensive operations");
		assertThat(p.plan().longTermActions()).hasSize(4)
			.contains("Implement predictive scaling based on usage patterns");
		// score on the p95: 100 - (95 - 80) * 0.5
		assertThat(p.score()).isEqualTo(92.5);
	}

	@Test
	void oneSpikeIsNotABottleneck() {
		ServicePerformance p = BottleneckAnalysis.analyze("svc", day(50, 100, 101, 99), FIVE);
		assertThat(p.bottlenecks()).isEmpty();
		assertThat(p.score()).isEqualTo(100.0);
		assertThat(p.plan().immediateActions()).isEmpty();
	}

	@Test
	void aThirtyMinuteStretchCountsEvenWhenTheP95IsBelow() {
		// 6 samples (30 min) at 85: 2 % of the day, p95 = 50, but the stretch is sustained -> medium
		assertThat(BottleneckAnalysis.analyze("svc", day(50, 10, 16, 85), FIVE).bottlenecks()).singleElement()
			.satisfies((b) -> {
				assertThat(b.severity()).isEqualTo("medium");
				assertThat(b.longestStretchMinutes()).isEqualTo(30);
			});
		// 5 samples (25 min): not sustained
		assertThat(BottleneckAnalysis.analyze("svc", day(50, 10, 15, 85), FIVE).bottlenecks()).isEmpty();
	}

	@Test
	void memoryLatencyAndQueueSeverities() {
		List<MetricSample> samples = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			samples.add(new MetricSample(T0.plus(FIVE.multipliedBy(i)), 2, 40, 90, Double.NaN, 200, 6000));
		}
		ServicePerformance p = BottleneckAnalysis.analyze("svc", samples, FIVE);
		assertThat(p.bottlenecks()).extracting(Bottleneck::type, Bottleneck::severity)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("memory_bottleneck", "medium"),
					org.assertj.core.groups.Tuple.tuple("latency_bottleneck", "high"),
					org.assertj.core.groups.Tuple.tuple("queue_bottleneck", "medium"));
		assertThat(p.plan().immediateActions()).containsExactly("Enable response caching");
		assertThat(p.plan().shortTermActions())
			.containsExactly("Optimize database queries and implement connection pooling");
		// memory 90 -> -3, rt 6000 -> -min(30, 50) = -30, queue 200 -> -min(20, 15) = -15
		assertThat(p.score()).isEqualTo(52.0);
	}

	@Test
	void missingMetricsCountAsZero() {
		List<MetricSample> samples = List.of(
				new MetricSample(T0, 1, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
		ServicePerformance p = BottleneckAnalysis.analyze("svc", samples, FIVE);
		assertThat(p.bottlenecks()).isEmpty();
		assertThat(p.inputs()).isEqualTo(new PerformanceInputs(0, 0, 0, 0));
		assertThat(p.score()).isEqualTo(100.0);
	}

}
