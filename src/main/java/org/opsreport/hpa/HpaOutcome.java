package org.opsreport.hpa;

import java.util.List;

/**
 * How one way of scaling a service did over the day, measured the same way for all (at the controller's 15 s syncs).
 *
 * @param variant {@code actual} (the recorded count), {@code policy_replay} (jobs/scaling-policies.yaml replayed,
 * the scaling section's reactive variant) or {@code hpa} (the manifest replayed)
 * @param instanceHours {@code sum(replicas at each sync) x 15 s}, in hours
 * @param cost {@code instanceHours x instanceCostPerHour}
 * @param underProvisionedMinutes minutes of syncs at which the load of a per-pod metric of the HPA was above its
 * target x replicas
 * @param scalingEvents changes of the count
 * @param flappingEpisodes flapping of those changes, as the scaling section counts it
 * @param instances the count at each sample's time (chart data; the HPA may change more often than that)
 */
public record HpaOutcome(String variant, double instanceHours, double cost, double underProvisionedMinutes,
		int scalingEvents, int flappingEpisodes, List<Integer> instances) {

	public HpaOutcome {
		instances = List.copyOf(instances);
	}

}
