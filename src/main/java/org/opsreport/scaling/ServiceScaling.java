package org.opsreport.scaling;

import java.util.List;

/**
 * The scaling and performance analysis of one service's day ({@link ScalingAnalysis#analyzeService}): everything
 * the fleet-wide {@link ScalingAnalysis#combine} needs about the service, so the services can be analysed one at a
 * time, each holding only its own samples, and combined afterwards.
 *
 * @param service the service
 * @param stats its entry of report.json {@code scaling.services} (the {@code predictive} replay)
 * @param actualEvents the recorded count's changes (variant {@code actual}), time order
 * @param reactiveEvents the policy replay without forecasts (variant {@code reactive})
 * @param predictiveEvents the policy replay with forecasts (variant {@code predictive}, the events the scaling
 * report describes)
 * @param targetTrackingEvents variant {@code target_tracking}
 * @param flapping flapping episodes of the predictive events
 * @param comparison the four variants compared
 * @param capacityPlan tomorrow's plan rows (none without load forecasts)
 * @param performance its entry of report.json {@code performance.services}
 * @param utilizationForecasts whether the day had utilization forecasts for the predictive replay
 * @param loadForecasts whether the day had load forecasts for the capacity plan
 */
public record ServiceScaling(String service, ServiceScalingStats stats, List<ScalingEvent> actualEvents,
		List<ScalingEvent> reactiveEvents, List<ScalingEvent> predictiveEvents, List<ScalingEvent> targetTrackingEvents,
		List<FlappingEpisode> flapping, ServiceComparison comparison, List<CapacityPlanEntry> capacityPlan,
		ServicePerformance performance, boolean utilizationForecasts, boolean loadForecasts) {

	public ServiceScaling {
		actualEvents = List.copyOf(actualEvents);
		reactiveEvents = List.copyOf(reactiveEvents);
		predictiveEvents = List.copyOf(predictiveEvents);
		targetTrackingEvents = List.copyOf(targetTrackingEvents);
		flapping = List.copyOf(flapping);
		capacityPlan = List.copyOf(capacityPlan);
	}

	/** The events of one of {@link ScalingAnalysis#VARIANTS}. */
	List<ScalingEvent> events(String variant) {
		return switch (variant) {
			case "actual" -> this.actualEvents;
			case "reactive" -> this.reactiveEvents;
			case "predictive" -> this.predictiveEvents;
			case "target_tracking" -> this.targetTrackingEvents;
			default -> throw new IllegalArgumentException("unknown variant " + variant);
		};
	}

}
