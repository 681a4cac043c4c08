package org.opsreport.scaling;

import java.util.List;

/**
 * report.json {@code scaling}.
 *
 * @param forecasts which services had forecasts for the predictive replay and the capacity plan, and a note when
 * some or all had none
 * @param notes data the analysis could not use, from {@link ScalingInput#notes()}
 * @param flappingRuns the {@code flapping} reversals grouped into runs ({@link FlappingRun})
 * @param basis which figures are recorded and which simulated, in words ({@link #BASIS})
 */
public record ScalingReport(ScalingStatistics statistics, List<ServiceScalingStats> services,
		List<PolicyStats> policies, List<ScalingEvent> events, List<String> recommendations,
		List<FlappingEpisode> flapping, List<ServiceComparison> comparison, List<CapacityPlanEntry> capacityPlan,
		ForecastUse forecasts, List<String> notes, List<FlappingRun> flappingRuns, Basis basis) {

	/** The fixed wording of {@link #basis()}. */
	public static final Basis BASIS = new Basis(
			"recorded: what ran in production, from the exported instance_count (variant actual; recordedInstancesAtEnd, recordedChanges)",
			"simulated: what the configured policies would have done over the recorded load (statistics, services' currentInstances, scalingEvents, flapping, policies, events; variants reactive, predictive, target_tracking)");

	/**
	 * @param recorded what the recorded figures are
	 * @param simulated what the simulated figures are
	 */
	public record Basis(String recorded, String simulated) {
	}

	public ScalingReport {
		services = List.copyOf(services);
		policies = List.copyOf(policies);
		events = List.copyOf(events);
		recommendations = List.copyOf(recommendations);
		flapping = List.copyOf(flapping);
		comparison = List.copyOf(comparison);
		capacityPlan = List.copyOf(capacityPlan);
		notes = List.copyOf(notes);
		flappingRuns = List.copyOf(flappingRuns);
	}

}
