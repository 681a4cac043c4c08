package org.opsreport.overview;

import java.time.Instant;
import java.util.List;

/**
 * An incident open at the end of the report date or detected during it.
 *
 * @param severity the given severity, or empty when the export gave none
 * @param status {@code open} or {@code resolved}
 * @param durationMinutes from detection to resolution, or to the end of the report date when open
 */
public record DayIncident(String id, String title, List<String> services, String severity, Instant detectedAt,
		Instant resolvedAt, String status, long durationMinutes) {
}
