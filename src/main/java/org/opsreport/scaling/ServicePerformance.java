package org.opsreport.scaling;

import java.util.List;

/**
 * report.json {@code performance} entry for one service.
 *
 * @param service the service
 * @param score the seed's {@code _calculate_performance_score} of {@code inputs}
 * @param bottlenecks sustained bottlenecks
 * @param recommendations the seed's recommendation text per bottleneck
 * @param plan the seed's optimization plan
 * @param inputs the p95 day values used
 */
public record ServicePerformance(String service, double score, List<Bottleneck> bottlenecks,
		List<String> recommendations, OptimizationPlan plan, PerformanceInputs inputs) {

	public ServicePerformance {
		bottlenecks = List.copyOf(bottlenecks);
		recommendations = List.copyOf(recommendations);
	}

}
