package org.opsreport.sample;

import java.time.Instant;
import java.util.List;

/**
 * One generated incident: the CSV fields plus the disturbance it causes in the metrics.
 * The disturbance runs from {@code onset} (a few minutes before detection, as in real life) to
 * {@code effectEnd} (mitigation, or the end of the data for the open incident).
 *
 * @param severity given severity ({@code SEV1}..{@code SEV4}) or {@code null} when left for classification
 * @param errorRatio fraction of requests failing on the affected services during the disturbance
 * @param latencyFactor multiplier on response time during the disturbance
 */
public record SampleIncident(String id, String title, List<String> services, Instant onset, Instant detectedAt,
		Instant acknowledgedAt, Instant mitigatedAt, Instant resolvedAt, Instant effectEnd, String severity,
		boolean serviceUnavailable, double affectedUsersPct, boolean dataLoss, boolean securityIncident,
		double performanceDegradationPct, Instant postmortemCompletedAt, String primaryCause,
		List<String> contributingFactors, List<String> actionItems, List<String> lessonsLearned,
		double errorRatio, double latencyFactor) {

	SampleIncident withId(String newId) {
		return new SampleIncident(newId, title, services, onset, detectedAt, acknowledgedAt, mitigatedAt,
				resolvedAt, effectEnd, severity, serviceUnavailable, affectedUsersPct, dataLoss, securityIncident,
				performanceDegradationPct, postmortemCompletedAt, primaryCause, contributingFactors, actionItems,
				lessonsLearned, errorRatio, latencyFactor);
	}

	boolean affects(String service, Instant t) {
		return services.contains(service) && !t.isBefore(onset) && t.isBefore(effectEnd);
	}

	/** The seed's {@code _classify_incident_severity} rules, most severe level wins. */
	static String classify(boolean unavailable, double usersPct, boolean dataLoss, boolean security, double perfPct) {
		if (unavailable || dataLoss || security || usersPct > 50) {
			return "SEV1";
		}
		if (usersPct > 10 || perfPct > 50) {
			return "SEV2";
		}
		if (usersPct > 1 || perfPct > 20) {
			return "SEV3";
		}
		return "SEV4";
	}

}
