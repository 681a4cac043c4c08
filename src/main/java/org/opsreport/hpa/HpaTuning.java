package org.opsreport.hpa;

/**
 * One behaviour variant of an HPA replayed over the same day.
 *
 * @param variant a short id ({@code as_written}, {@code scale_down_window_60s}, ...)
 * @param description what was changed, in words
 * @param yaml the fragment of the manifest to change for it (empty for the manifest as written)
 * @param instanceHours as {@link HpaOutcome}
 * @param cost as {@link HpaOutcome}
 * @param underProvisionedMinutes as {@link HpaOutcome}
 * @param scalingEvents as {@link HpaOutcome}
 * @param flappingEpisodes as {@link HpaOutcome}
 */
public record HpaTuning(String variant, String description, String yaml, double instanceHours, double cost,
		double underProvisionedMinutes, int scalingEvents, int flappingEpisodes) {
}
