package org.opsreport.scaling;

/**
 * The seed's {@code scaling_statistics} over the report day (24 hours).
 *
 * @param totalScalingEvents all events
 * @param scaleOutEvents events with action scale_out
 * @param scaleInEvents events with action scale_in
 * @param predictiveScalingEvents events of type predictive
 * @param averageScalingFrequencyPerHour {@code total / 24}
 */
public record ScalingStatistics(int totalScalingEvents, int scaleOutEvents, int scaleInEvents,
		int predictiveScalingEvents, double averageScalingFrequencyPerHour) {
}
