package org.opsreport.scaling;

/**
 * The day values that feed the bottleneck rules and the performance score: each metric's p95 over the day's samples
 * (NaN samples ignored; a metric without any value is 0, the seed's {@code metrics.get(name, 0)}).
 */
public record PerformanceInputs(double cpuUtilization, double memoryUtilization, double avgResponseTimeMs,
		double queueDepth) {
}
