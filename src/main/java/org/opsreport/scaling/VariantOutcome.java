package org.opsreport.scaling;

import java.util.List;

/**
 * How one scaling variant did over the day.
 *
 * @param variant {@code actual}, {@code reactive}, {@code predictive} or {@code target_tracking}
 * @param instanceHours {@code sum(instances_i) * interval} in hours
 * @param cost {@code instanceHours * instance cost per hour}
 * @param underProvisionedMinutes minutes of samples in which a utilization policy's metric was above its
 * threshold_up under this variant's count (services without a utilization policy: CPU above 80, the seed's
 * predictive threshold)
 * @param scalingEvents events (for {@code actual}: changes of the recorded count between samples)
 * @param instances the count per sample (chart data)
 */
public record VariantOutcome(String variant, double instanceHours, double cost, long underProvisionedMinutes,
		int scalingEvents, List<Integer> instances) {

	public VariantOutcome {
		instances = List.copyOf(instances);
	}

}
