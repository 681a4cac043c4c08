package org.opsreport.incident;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One incident as ingest stores it (one row of the incident CSV, after column mapping).
 *
 * <p>Impact fields ({@code serviceUnavailable} .. {@code performanceDegradationPct}) are nullable:
 * a real export often lacks them, and "unknown" is not the same as "false". Lists are never null
 * (the canonical constructor turns null into an empty list).
 *
 * @param id incident id, unique
 * @param title short title
 * @param services affected services
 * @param detectedAt when the incident was detected (required)
 * @param resolvedAt when it was resolved; {@code null} while open
 * @param severity the severity given in the export, or {@code null} to classify it from impact
 * @param acknowledgedAt first acknowledgement; {@code null} if never acknowledged
 * @param mitigatedAt when impact was mitigated; informational
 * @param serviceUnavailable complete service unavailability
 * @param affectedUsersPct share of users affected, in percent (0..100)
 * @param dataLoss data loss detected
 * @param securityIncident security incident
 * @param performanceDegradationPct performance degradation, in percent
 * @param postmortemCompletedAt when the postmortem was completed; {@code null} if none
 * @param primaryCause the postmortem's primary cause, free text
 * @param contributingFactors contributing factors
 * @param actionItems postmortem action items
 * @param lessonsLearned lessons learned
 */
public record Incident(String id, String title, List<String> services, Instant detectedAt, Instant resolvedAt,
		Severity severity, Instant acknowledgedAt, Instant mitigatedAt, Boolean serviceUnavailable,
		Double affectedUsersPct, Boolean dataLoss, Boolean securityIncident, Double performanceDegradationPct,
		Instant postmortemCompletedAt, String primaryCause, List<String> contributingFactors,
		List<String> actionItems, List<String> lessonsLearned) {

	public Incident {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(detectedAt, "detectedAt");
		services = (services != null) ? List.copyOf(services) : List.of();
		contributingFactors = (contributingFactors != null) ? List.copyOf(contributingFactors) : List.of();
		actionItems = (actionItems != null) ? List.copyOf(actionItems) : List.of();
		lessonsLearned = (lessonsLearned != null) ? List.copyOf(lessonsLearned) : List.of();
	}

	/** True when at least one impact field is known, so the classification rules have something to judge. */
	public boolean hasImpactData() {
		return serviceUnavailable != null || affectedUsersPct != null || dataLoss != null || securityIncident != null
				|| performanceDegradationPct != null;
	}

}
