package org.opsreport.catalog;

import java.util.Set;

/** The metric names the analyses use (README, "Inputs"); exports may hold any other name as well. */
public final class Metrics {

	public static final Set<String> ANALYSED = Set.of("cpu_utilization", "memory_utilization", "request_rate",
			"queue_depth", "avg_response_time_ms", "instance_count", "requests_total", "requests_failed");

	private Metrics() {
	}

}
