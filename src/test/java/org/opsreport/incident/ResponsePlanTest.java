package org.opsreport.incident;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Pins the seed's _generate_incident_response_plan. */
class ResponsePlanTest {

	@Test
	void sev1() {
		ResponsePlan plan = ResponsePlan.forSeverity(Severity.SEV1);
		assertThat(plan.immediateActions()).containsExactly("Activate incident commander", "Engage on-call engineer",
				"Start incident bridge/war room", "Begin customer communications", "Implement emergency procedures");
		assertThat(plan.communicationPlan()).containsExactly(
				org.assertj.core.api.Assertions.entry("internal_notification", "immediate"),
				org.assertj.core.api.Assertions.entry("customer_notification", "within_15_minutes"),
				org.assertj.core.api.Assertions.entry("executive_notification", "within_30_minutes"),
				org.assertj.core.api.Assertions.entry("public_status_page", "within_15_minutes"));
		assertThat(plan.escalationTimeline()).containsExactly(new ResponsePlan.EscalationStep(0, "On-call engineer"),
				new ResponsePlan.EscalationStep(15, "Engineering manager"),
				new ResponsePlan.EscalationStep(30, "VP Engineering"), new ResponsePlan.EscalationStep(60, "CTO"));
		assertThat(plan.recoveryProcedures()).containsExactly("Identify root cause",
				"Implement immediate fix or rollback", "Verify service restoration", "Conduct post-incident review");
	}

	@Test
	void sev2() {
		ResponsePlan plan = ResponsePlan.forSeverity(Severity.SEV2);
		assertThat(plan.immediateActions()).containsExactly("Engage primary on-call engineer", "Start incident tracking",
				"Assess impact and scope", "Begin customer communications if needed");
		assertThat(plan.communicationPlan()).containsExactly(
				org.assertj.core.api.Assertions.entry("internal_notification", "within_15_minutes"),
				org.assertj.core.api.Assertions.entry("customer_notification", "within_30_minutes"),
				org.assertj.core.api.Assertions.entry("executive_notification", "within_60_minutes"));
		assertThat(plan.escalationTimeline()).containsExactly(new ResponsePlan.EscalationStep(0, "On-call engineer"),
				new ResponsePlan.EscalationStep(30, "Engineering manager"),
				new ResponsePlan.EscalationStep(120, "VP Engineering"));
		assertThat(plan.recoveryProcedures()).isEmpty();
	}

	@Test
	void sev3AndSev4ShareThePlan() {
		for (Severity s : new Severity[] { Severity.SEV3, Severity.SEV4 }) {
			ResponsePlan plan = ResponsePlan.forSeverity(s);
			assertThat(plan.immediateActions()).containsExactly("Assign to appropriate team",
					"Create ticket for tracking", "Begin investigation");
			assertThat(plan.communicationPlan()).containsExactly(
					org.assertj.core.api.Assertions.entry("internal_notification", "within_60_minutes"),
					org.assertj.core.api.Assertions.entry("customer_notification", "if_customer_facing"));
			assertThat(plan.escalationTimeline()).containsExactly(
					new ResponsePlan.EscalationStep(0, "Assigned engineer"),
					new ResponsePlan.EscalationStep(240, "Team lead"));
		}
	}

}
