package org.opsreport.freshness;

import java.time.Instant;

/**
 * The last stored sample of a series before the end of a report date.
 *
 * @param service the service
 * @param metric the metric
 * @param lastSample the last sample before the end of the report date; {@code null} when there is none
 */
public record SeriesLastSample(String service, String metric, Instant lastSample) {
}
