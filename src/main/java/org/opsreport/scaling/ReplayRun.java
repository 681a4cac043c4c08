package org.opsreport.scaling;

import java.util.List;

/**
 * The outcome of replaying one variant over one service's day.
 *
 * @param instances the instance count in effect during each sample (same order as the samples)
 * @param events the executed scaling events, in time order
 * @param instancesAtEnd the count after the last sample's decision
 */
public record ReplayRun(List<Integer> instances, List<ScalingEvent> events, int instancesAtEnd) {

	public ReplayRun {
		instances = List.copyOf(instances);
		events = List.copyOf(events);
	}

}
