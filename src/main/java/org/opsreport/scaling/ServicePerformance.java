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

	/**
	 * How the score reads at a glance, for the report's badge: {@code "ok"} from 90, {@code "warning"} from 70,
	 * {@code "poor"} below (the score loses 0.5 point per CPU point above 80 %, 0.6 per memory point above 85 %, up
	 * to 30 for response time and 20 for queue depth: 90 is CPU at 100 % alone). A reading
	 * aid for this section only, not a status of the service: that is {@code health.HealthRules}' alone.
	 */
	public String scoreBand() {
		return this.score >= 90 ? "ok" : (this.score >= 70 ? "warning" : "poor");
	}

}
