package org.opsreport.slo;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Burn rates at the evaluation instant: {@code errorRatio / (1 - target)} over the look-back, where the
 * error ratio is bad/total events (Occurrences) or bad/observed slices (Timeslices; RatioTimeslices uses
 * the summed per-slice error ratios). {@code null} when the look-back holds no data.
 * Serialized as {@code {"1h", "6h", "1d", "3d", "window"}}.
 */
public record BurnRates(@JsonProperty("1h") Double oneHour, @JsonProperty("6h") Double sixHours,
		@JsonProperty("1d") Double oneDay, @JsonProperty("3d") Double threeDays, @JsonProperty("window") Double window) {
}
