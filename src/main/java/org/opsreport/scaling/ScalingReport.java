package org.opsreport.scaling;

import java.util.List;

/**
 * report.json {@code scaling}.
 *
 * @param forecasts which services had forecasts for the predictive replay and the capacity plan, and a note when
 * some or all had none
 * @param notes data the analysis could not use, from {@link ScalingInput#notes()}
 */
public record ScalingReport(ScalingStatistics statistics, List<ServiceScalingStats> services,
		List<PolicyStats> policies, List<ScalingEvent> events, List<String> recommendations,
		List<FlappingEpisode> flapping, List<ServiceComparison> comparison, List<CapacityPlanEntry> capacityPlan,
		ForecastUse forecasts, List<String> notes) {

	public ScalingReport {
		services = List.copyOf(services);
		policies = List.copyOf(policies);
		events = List.copyOf(events);
		recommendations = List.copyOf(recommendations);
		flapping = List.copyOf(flapping);
		comparison = List.copyOf(comparison);
		capacityPlan = List.copyOf(capacityPlan);
		notes = List.copyOf(notes);
	}

}
