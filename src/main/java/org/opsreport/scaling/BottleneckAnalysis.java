package org.opsreport.scaling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.opsreport.units.Durations;

/**
 * The seed's {@code PerformanceOptimizationEngine} applied to a recorded day, judged on sustained values.
 * <p>
 * Thresholds (seed {@code analyze_performance_bottlenecks}): CPU &gt; 80 (high &gt; 90), memory &gt; 85 (high &gt; 95),
 * average response time &gt; 2000 ms (high &gt; 5000), queue depth &gt; 100 (high &gt; 500).
 * <p>
 * <b>Sustained.</b> One sample is not a bottleneck. For each metric we take the day's p95 (commons-math
 * {@link DescriptiveStatistics#getPercentile(double)}, NaN samples ignored) and the longest run of consecutive samples
 * strictly above the threshold ({@code run length x sample interval}). A metric is a bottleneck when its p95 is above
 * the threshold <i>or</i> the longest run lasts at least {@value #SUSTAINED_MINUTES} minutes; it is {@code high} when
 * the p95 is above the high threshold or the longest run above the high threshold lasts at least
 * {@value #SUSTAINED_MINUTES} minutes, otherwise {@code medium}. The reported value is the p95.
 * <p>
 * <b>Score.</b> The seed's {@code _calculate_performance_score} exactly, fed with the day's p95 values
 * ({@link PerformanceInputs}): start at 100; CPU &gt; 80: minus {@code (cpu - 80) * 0.5}; memory &gt; 85: minus
 * {@code (mem - 85) * 0.6}; response time &gt; 1000: minus {@code min(30, (rt - 1000) / 100)}; queue &gt; 50: minus
 * {@code min(20, (q - 50) / 10)}; result {@code max(0, round(score, 1))} (Python's round: half-even on the exact
 * binary value). p95 rather than the mean because a service that is saturated for the busy hours is not healthy on
 * average.
 */
final class BottleneckAnalysis {

	/** Minimum length of a run above threshold that counts as sustained. */
	public static final long SUSTAINED_MINUTES = 30;

	private static final List<String> LONG_TERM = List.of("Implement predictive scaling based on usage patterns",
			"Set up comprehensive performance monitoring",
			"Consider microservices architecture for better scalability",
			"Implement chaos engineering for resilience testing");

	private BottleneckAnalysis() {
	}

	/**
	 * Bottlenecks, recommendations, plan and score of one service over the day.
	 * @param service the service
	 * @param samples the day's samples in time order (empty: no bottlenecks, score 100)
	 * @param interval the sample interval
	 */
	public static ServicePerformance analyze(String service, List<MetricSample> samples, Duration interval) {
		PerformanceInputs inputs = new PerformanceInputs(p95(samples, MetricSample::cpuUtilization),
				p95(samples, MetricSample::memoryUtilization), p95(samples, MetricSample::avgResponseTimeMs),
				p95(samples, MetricSample::queueDepth));
		List<Bottleneck> bottlenecks = new ArrayList<>();
		List<String> recommendations = new ArrayList<>();
		check(samples, interval, MetricSample::cpuUtilization, inputs.cpuUtilization(), 80, 90, "cpu_bottleneck",
				"High CPU utilization at %s%%", "Consider CPU optimization or horizontal scaling", bottlenecks,
				recommendations);
		check(samples, interval, MetricSample::memoryUtilization, inputs.memoryUtilization(), 85, 95,
				"memory_bottleneck", "High memory utilization at %s%%",
				"Implement memory optimization or increase instance memory", bottlenecks, recommendations);
		check(samples, interval, MetricSample::avgResponseTimeMs, inputs.avgResponseTimeMs(), 2000, 5000,
				"latency_bottleneck", "High average response time at %sms",
				"Implement caching and optimize database queries", bottlenecks, recommendations);
		check(samples, interval, MetricSample::queueDepth, inputs.queueDepth(), 100, 500, "queue_bottleneck",
				"High queue depth at %s requests", "Increase processing capacity or implement request prioritization",
				bottlenecks, recommendations);
		return new ServicePerformance(service, performanceScore(inputs), bottlenecks, recommendations,
				optimizationPlan(bottlenecks), inputs);
	}

	/** The seed's {@code _calculate_performance_score}, see the class comment. */
	public static double performanceScore(PerformanceInputs m) {
		double score = 100.0;
		if (m.cpuUtilization() > 80) {
			score -= (m.cpuUtilization() - 80) * 0.5;
		}
		if (m.memoryUtilization() > 85) {
			score -= (m.memoryUtilization() - 85) * 0.6;
		}
		if (m.avgResponseTimeMs() > 1000) {
			score -= Math.min(30, (m.avgResponseTimeMs() - 1000) / 100);
		}
		if (m.queueDepth() > 50) {
			score -= Math.min(20, (m.queueDepth() - 50) / 10);
		}
		return Math.max(0.0, new BigDecimal(score).setScale(1, RoundingMode.HALF_EVEN).doubleValue());
	}

	/** The seed's {@code _generate_optimization_plan}: actions for high-severity bottlenecks plus four long-term items. */
	public static OptimizationPlan optimizationPlan(List<Bottleneck> bottlenecks) {
		List<String> immediate = new ArrayList<>();
		List<String> shortTerm = new ArrayList<>();
		for (Bottleneck b : bottlenecks) {
			if (!"high".equals(b.severity())) {
				continue;
			}
			switch (b.type()) {
				case "cpu_bottleneck" -> {
					immediate.add("Enable horizontal auto-scaling");
					shortTerm.add("Optimize CPU-intensive operations");
				}
				case "memory_bottleneck" -> {
					immediate.add("Implement memory cleanup procedures");
					shortTerm.add("Upgrade instance memory or optimize memory usage");
				}
				case "latency_bottleneck" -> {
					immediate.add("Enable response caching");
					shortTerm.add("Optimize database queries and implement connection pooling");
				}
				case "queue_bottleneck" -> {
					immediate.add("Increase worker processes");
					shortTerm.add("Implement request prioritization");
				}
				default -> {
				}
			}
		}
		return new OptimizationPlan(immediate, shortTerm, LONG_TERM);
	}

	/** Longest run of consecutive samples strictly above {@code threshold}, in minutes; NaN ends a run. */
	static long longestStretchMinutes(List<MetricSample> samples, Duration interval, ToDoubleFunction<MetricSample> metric,
			double threshold) {
		long best = 0;
		long run = 0;
		for (MetricSample s : samples) {
			double v = metric.applyAsDouble(s);
			run = (v > threshold) ? run + 1 : 0;
			best = Math.max(best, run);
		}
		return best * interval.toMinutes();
	}

	/** p95 of the non-NaN values; 0 when there are none (the seed's default for a missing metric). */
	static double p95(List<MetricSample> samples, ToDoubleFunction<MetricSample> metric) {
		DescriptiveStatistics stats = new DescriptiveStatistics();
		samples.stream().mapToDouble(metric).filter((v) -> !Double.isNaN(v)).forEach(stats::addValue);
		return (stats.getN() == 0) ? 0.0 : stats.getPercentile(95);
	}

	private static void check(List<MetricSample> samples, Duration interval, ToDoubleFunction<MetricSample> metric,
			double p95, double threshold, double high, String type, String description, String recommendation,
			List<Bottleneck> bottlenecks, List<String> recommendations) {
		long stretch = longestStretchMinutes(samples, interval, metric, threshold);
		if (!(p95 > threshold || stretch >= SUSTAINED_MINUTES)) {
			return;
		}
		boolean isHigh = p95 > high || longestStretchMinutes(samples, interval, metric, high) >= SUSTAINED_MINUTES;
		String text = String.format(Locale.ROOT, description, format(p95));
		if (!(p95 > threshold)) {
			// sustained by the stretch alone: the seed's text with a p95 under the threshold would read as a contradiction
			text += " (p95; above " + format(threshold) + " for " + Durations.minutes(stretch) + " in a row)";
		}
		bottlenecks.add(new Bottleneck(type, isHigh ? "high" : "medium", p95, text, stretch));
		recommendations.add(recommendation);
	}

	private static String format(double value) {
		return new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
	}

}
