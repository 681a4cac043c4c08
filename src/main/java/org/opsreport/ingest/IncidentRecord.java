package org.opsreport.ingest;

import java.time.Instant;
import java.util.List;

/** One accepted incident export row, as stored in the {@code incident} table. */
record IncidentRecord(String id, String title, List<String> services, String severity, Instant detectedAt,
		Instant acknowledgedAt, Instant mitigatedAt, Instant resolvedAt, Boolean serviceUnavailable,
		Double affectedUsersPct, Boolean dataLoss, Boolean securityIncident, Double performanceDegradationPct,
		Instant postmortemCompletedAt, String primaryCause, List<String> contributingFactors, List<String> actionItems,
		List<String> lessonsLearned) {
}
