package org.opsreport.scaling;

/**
 * A sustained bottleneck (seed {@code analyze_performance_bottlenecks} entry).
 *
 * @param type {@code cpu_bottleneck}, {@code memory_bottleneck}, {@code latency_bottleneck} or
 * {@code queue_bottleneck}
 * @param severity {@code high} or {@code medium}
 * @param value the day's p95 of the metric
 * @param description the seed's description text with the p95; when only the stretch makes it sustained, followed by
 * {@code (p95; above <threshold> for <n> min in a row)}
 * @param longestStretchMinutes longest run of consecutive samples above the threshold, in minutes
 */
public record Bottleneck(String type, String severity, double value, String description, long longestStretchMinutes) {
}
