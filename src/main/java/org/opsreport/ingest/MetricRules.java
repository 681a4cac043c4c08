package org.opsreport.ingest;

import java.util.Set;

/**
 * What values a metric may take. The metrics the analyses use are known; for any other name only
 * the conventions of its suffix apply ({@code _total}, {@code _count} are counts, {@code _pct},
 * {@code _percent}, {@code _utilization} are percentages).
 */
final class MetricRules {

	private static final Set<String> PERCENT = Set.of("cpu_utilization", "memory_utilization");

	private static final Set<String> NON_NEGATIVE = Set.of("request_rate", "queue_depth", "avg_response_time_ms",
			"instance_count", "requests_total", "requests_failed");

	private MetricRules() {
	}

	static boolean isPercent(String metric) {
		return PERCENT.contains(metric) || metric.endsWith("_pct") || metric.endsWith("_percent")
				|| metric.endsWith("_utilization");
	}

	static boolean isNonNegative(String metric) {
		return isPercent(metric) || NON_NEGATIVE.contains(metric) || metric.endsWith("_total")
				|| metric.endsWith("_count") || metric.endsWith("_bytes") || metric.endsWith("_ms");
	}

}
