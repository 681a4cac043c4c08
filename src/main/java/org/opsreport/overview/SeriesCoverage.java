package org.opsreport.overview;

import java.time.Instant;
import java.util.List;

/**
 * How well one series covers the coverage window ending with the report date.
 *
 * @param service the service
 * @param metric the metric
 * @param samples samples in the window
 * @param firstTimestamp first sample in the window (null without samples)
 * @param lastTimestamp last sample in the window (null without samples)
 * @param intervalSeconds the sampling interval: the median spacing of consecutive samples
 * @param gaps spacings longer than three intervals, longest first (at most five listed)
 * @param gapCount how many such gaps the window holds
 * @param missingMinutes minutes inside those gaps
 * @param stalenessMinutes minutes from the last sample to the end of the report date
 * @param status {@code ok}, {@code gaps}, {@code stale} (no sample within three intervals of the end) or
 * {@code no-data}
 */
public record SeriesCoverage(String service, String metric, int samples, Instant firstTimestamp, Instant lastTimestamp,
		long intervalSeconds, List<Gap> gaps, int gapCount, long missingMinutes, Long stalenessMinutes, String status) {

	/** A stretch without samples: from the last sample before it to the first after it. */
	public record Gap(Instant from, Instant to, long minutes) {
	}

}
