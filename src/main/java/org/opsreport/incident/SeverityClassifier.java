package org.opsreport.incident;

import java.util.ArrayList;
import java.util.List;

/**
 * The seed's {@code _classify_incident_severity} rules, applied all at once.
 *
 * <p>Rules (seed, SiteReliabilityManager):
 * <ul>
 * <li>service unavailable &rarr; SEV1</li>
 * <li>data loss &rarr; SEV1</li>
 * <li>security incident &rarr; SEV1</li>
 * <li>affected users &gt; 50% &rarr; SEV1, &gt; 10% &rarr; SEV2, &gt; 1% &rarr; SEV3</li>
 * <li>performance degradation &gt; 50% &rarr; SEV2, &gt; 20% &rarr; SEV3</li>
 * <li>otherwise SEV4</li>
 * </ul>
 * The result is the <em>most severe</em> level any rule gives. The seed's code returns the first
 * match, so an incident with 5% affected users and data loss comes out SEV3 there, although its
 * text says data loss and security incidents are SEV1 "regardless of user impact"; we follow the
 * text. Thresholds are strict ({@code >}), as in the seed. Unknown (null) impact fields fire no rule.
 */
final class SeverityClassifier {

	private SeverityClassifier() {
	}

	/**
	 * The computed severity and the rules that gave it.
	 * @param severity most severe level any rule gives
	 * @param reason the rules that gave that level, e.g. {@code "data_loss"} or
	 * {@code "affected_users_pct 12.0 > 10"}; {@code "no impact rule fired"} for SEV4
	 */
	public record Classification(Severity severity, String reason) {
	}

	/** Classifies an incident from its impact fields (the given severity is ignored). */
	public static Classification classify(Incident incident) {
		List<Severity> levels = new ArrayList<>();
		List<String> reasons = new ArrayList<>();
		if (Boolean.TRUE.equals(incident.serviceUnavailable())) {
			levels.add(Severity.SEV1);
			reasons.add("service_unavailable");
		}
		if (Boolean.TRUE.equals(incident.dataLoss())) {
			levels.add(Severity.SEV1);
			reasons.add("data_loss");
		}
		if (Boolean.TRUE.equals(incident.securityIncident())) {
			levels.add(Severity.SEV1);
			reasons.add("security_incident");
		}
		Double users = incident.affectedUsersPct();
		if (users != null) {
			if (users > 50) {
				levels.add(Severity.SEV1);
				reasons.add("affected_users_pct " + users + " > 50");
			}
			else if (users > 10) {
				levels.add(Severity.SEV2);
				reasons.add("affected_users_pct " + users + " > 10");
			}
			else if (users > 1) {
				levels.add(Severity.SEV3);
				reasons.add("affected_users_pct " + users + " > 1");
			}
		}
		Double degradation = incident.performanceDegradationPct();
		if (degradation != null) {
			if (degradation > 50) {
				levels.add(Severity.SEV2);
				reasons.add("performance_degradation_pct " + degradation + " > 50");
			}
			else if (degradation > 20) {
				levels.add(Severity.SEV3);
				reasons.add("performance_degradation_pct " + degradation + " > 20");
			}
		}
		if (levels.isEmpty()) {
			return new Classification(Severity.SEV4, "no impact rule fired");
		}
		Severity worst = levels.stream().reduce(Severity::mostSevere).orElseThrow();
		List<String> why = new ArrayList<>();
		for (int i = 0; i < levels.size(); i++) {
			if (levels.get(i) == worst) {
				why.add(reasons.get(i));
			}
		}
		return new Classification(worst, String.join(", ", why));
	}

	/**
	 * The severity the analysis uses: the given one if present, else the computed one.
	 */
	public static Severity effective(Incident incident) {
		return (incident.severity() != null) ? incident.severity() : classify(incident).severity();
	}

}
