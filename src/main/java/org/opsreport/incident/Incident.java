package org.opsreport.incident;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One incident as ingest stores it (one row of the incident CSV, after column mapping).
 *
 * <p>Impact fields ({@code serviceUnavailable} .. {@code performanceDegradationPct}) are nullable:
 * a real export often lacks them, and "unknown" is not the same as "false". Lists are never null
 * (the canonical constructor turns null into an empty list). The constructor refuses timestamps before
 * {@code detectedAt} and impact percentages out of range with an {@link IllegalArgumentException} naming
 * the CSV column, so ingest can reject such a row with that message.
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
		notBefore(resolvedAt, detectedAt, "resolved_at");
		notBefore(acknowledgedAt, detectedAt, "acknowledged_at");
		notBefore(mitigatedAt, detectedAt, "mitigated_at");
		notBefore(postmortemCompletedAt, detectedAt, "postmortem_completed_at");
		if (affectedUsersPct != null && !(affectedUsersPct >= 0 && affectedUsersPct <= 100)) {
			throw new IllegalArgumentException("affected_users_pct " + affectedUsersPct + " is not within 0..100");
		}
		if (performanceDegradationPct != null && !(performanceDegradationPct >= 0)) {
			throw new IllegalArgumentException(
					"performance_degradation_pct " + performanceDegradationPct + " is negative or not a number");
		}
		services = (services != null) ? List.copyOf(services) : List.of();
		contributingFactors = (contributingFactors != null) ? List.copyOf(contributingFactors) : List.of();
		actionItems = (actionItems != null) ? List.copyOf(actionItems) : List.of();
		lessonsLearned = (lessonsLearned != null) ? List.copyOf(lessonsLearned) : List.of();
	}

	/**
	 * Refuses a timestamp before detection: it would give a negative MTTA/MTTR. The message names the
	 * CSV column so ingest can put it in rejects.csv as is.
	 */
	private static void notBefore(Instant t, Instant detectedAt, String column) {
		if (t != null && t.isBefore(detectedAt)) {
			throw new IllegalArgumentException(column + " " + t + " is before detected_at " + detectedAt);
		}
	}

	/** True when at least one impact field is known, so the classification rules have something to judge. */
	public boolean hasImpactData() {
		return serviceUnavailable != null || affectedUsersPct != null || dataLoss != null || securityIncident != null
				|| performanceDegradationPct != null;
	}

}
