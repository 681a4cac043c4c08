package org.opsreport.forecast;

import java.util.Locale;
import java.util.Set;

/**
 * The range a metric's values can take. Forecasts and interval bounds are clamped to it so that
 * counts never go negative and percentages stay within 0..100.
 */
public enum ValueDomain {

	/** Counts, rates, latencies, bytes: {@code [0, +inf)}. */
	NON_NEGATIVE(0.0, Double.POSITIVE_INFINITY),

	/** Utilisation in percent: {@code [0, 100]}. */
	PERCENT(0.0, 100.0),

	/** Anything else: no clamping. */
	UNBOUNDED(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

	private static final Set<String> PERCENT_METRICS = Set.of("cpu_utilization", "memory_utilization");

	private static final Set<String> NON_NEGATIVE_METRICS = Set.of("request_rate", "queue_depth",
			"avg_response_time_ms", "instance_count", "requests_total", "requests_failed");

	private final double min;

	private final double max;

	ValueDomain(double min, double max) {
		this.min = min;
		this.max = max;
	}

	/**
	 * Clamps {@code value} into this domain. NaN stays NaN (a missing value is not silently turned
	 * into a bound).
	 */
	public double clamp(double value) {
		if (Double.isNaN(value)) {
			return value;
		}
		return Math.max(this.min, Math.min(this.max, value));
	}

	/** Whether {@code bound} sits on this domain's lower edge (a finite bound never does where it is unbounded). */
	public boolean atFloor(double bound) {
		return bound == this.min;
	}

	/** Whether {@code bound} sits on this domain's upper edge. */
	public boolean atCeiling(double bound) {
		return bound == this.max;
	}

	/**
	 * The domain of a metric: {@code cpu_utilization} and {@code memory_utilization} are percent;
	 * the known request, queue, latency and instance metrics are non-negative; any other name is
	 * non-negative when its whole history is {@code >= 0} (NaN ignored; empty history counts as
	 * non-negative) and unbounded otherwise. Names are compared case-insensitively.
	 * @param metricName metric name as ingested
	 * @param history observed values (may be empty, must not be null)
	 */
	public static ValueDomain forMetric(String metricName, double[] history) {
		String name = metricName == null ? "" : metricName.trim().toLowerCase(Locale.ROOT);
		if (PERCENT_METRICS.contains(name)) {
			return PERCENT;
		}
		if (NON_NEGATIVE_METRICS.contains(name)) {
			return NON_NEGATIVE;
		}
		for (double v : history) {
			if (v < 0) {
				return UNBOUNDED;
			}
		}
		return NON_NEGATIVE;
	}

}
