package org.opsreport.scaling;

import java.time.Instant;

/**
 * Tomorrow's instances for one service and hour (AWS predictive scaling "forecast only").
 *
 * @param service the service
 * @param hour start of the hour
 * @param upper80Load upper 80 % forecast of load (utilization x instances)
 * @param instancesNeeded {@code ceil(upper80Load / targetUtilization)} clamped to the service's [min, max]
 * @param instancesToday the largest recorded count in the same hour of the report day (the last recorded count when
 * that hour has no samples)
 * @param action {@code scale_up}, {@code scale_down} or {@code keep}
 */
public record CapacityPlanEntry(String service, Instant hour, double upper80Load, int instancesNeeded,
		int instancesToday, String action) {
}
