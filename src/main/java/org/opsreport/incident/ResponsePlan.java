package org.opsreport.incident;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's {@code _generate_incident_response_plan}, verbatim per severity. SEV3 and SEV4 share
 * one plan. The seed gives recovery procedures only for SEV1; the other plans have none (empty list).
 *
 * @param severity the severity this plan is for
 * @param immediateActions immediate actions, in order
 * @param communicationPlan audience &rarr; when (e.g. {@code customer_notification -> within_15_minutes}),
 * in the seed's order
 * @param escalationTimeline escalation steps by minutes since detection, ascending
 * @param recoveryProcedures recovery procedures (SEV1 only)
 */
public record ResponsePlan(Severity severity, List<String> immediateActions, Map<String, String> communicationPlan,
		List<EscalationStep> escalationTimeline, List<String> recoveryProcedures) {

	/**
	 * One escalation step: after {@code afterMinutes} since detection, {@code contact} is engaged.
	 */
	public record EscalationStep(int afterMinutes, String contact) {
	}

	public ResponsePlan {
		immediateActions = List.copyOf(immediateActions);
		communicationPlan = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(communicationPlan));
		escalationTimeline = List.copyOf(escalationTimeline);
		recoveryProcedures = List.copyOf(recoveryProcedures);
	}

	/** The seed's plan for a severity. */
	public static ResponsePlan forSeverity(Severity severity) {
		return switch (severity) {
			case SEV1 -> new ResponsePlan(severity,
					List.of("Activate incident commander", "Engage on-call engineer", "Start incident bridge/war room",
							"Begin customer communications", "Implement emergency procedures"),
					ordered("internal_notification", "immediate", "customer_notification", "within_15_minutes",
							"executive_notification", "within_30_minutes", "public_status_page", "within_15_minutes"),
					List.of(new EscalationStep(0, "On-call engineer"), new EscalationStep(15, "Engineering manager"),
							new EscalationStep(30, "VP Engineering"), new EscalationStep(60, "CTO")),
					List.of("Identify root cause", "Implement immediate fix or rollback", "Verify service restoration",
							"Conduct post-incident review"));
			case SEV2 -> new ResponsePlan(severity,
					List.of("Engage primary on-call engineer", "Start incident tracking", "Assess impact and scope",
							"Begin customer communications if needed"),
					ordered("internal_notification", "within_15_minutes", "customer_notification", "within_30_minutes",
							"executive_notification", "within_60_minutes"),
					List.of(new EscalationStep(0, "On-call engineer"), new EscalationStep(30, "Engineering manager"),
							new EscalationStep(120, "VP Engineering")),
					List.of());
			case SEV3, SEV4 -> new ResponsePlan(severity,
					List.of("Assign to appropriate team", "Create ticket for tracking", "Begin investigation"),
					ordered("internal_notification", "within_60_minutes", "customer_notification", "if_customer_facing"),
					List.of(new EscalationStep(0, "Assigned engineer"), new EscalationStep(240, "Team lead")), List.of());
		};
	}

	private static Map<String, String> ordered(String... keyValues) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			map.put(keyValues[i], keyValues[i + 1]);
		}
		return map;
	}

}
