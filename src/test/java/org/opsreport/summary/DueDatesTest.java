package org.opsreport.summary;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opsreport.incident.IncidentReport.MissingPostmortem;
import org.opsreport.incident.IncidentReport.OpenIncident;
import org.opsreport.incident.ResponsePlan;
import org.opsreport.incident.Severity;
import org.opsreport.slo.BurndownPoint;
import org.opsreport.slo.ObjectiveResult;
import org.opsreport.slo.ObjectiveResults;
import org.opsreport.health.Health;

import static org.assertj.core.api.Assertions.assertThat;

/** Due dates by policy, hand-computed. */
class DueDatesTest {

	@Test
	void postmortemsAreDueFiveWorkingDaysAfterResolution() {
		// resolved Sunday 2026-11-15 21:20: Mon 16 .. Fri 20 are the five working days
		assertThat(DueDates.plusWorkingDays(Instant.parse("2026-11-15T21:20:00Z"), 5))
			.isEqualTo(Instant.parse("2026-11-20T21:20:00Z"));
		// resolved Thursday 2026-11-19 10:00: Fri 20, Mon 23, Tue 24, Wed 25, Thu 26
		assertThat(DueDates.plusWorkingDays(Instant.parse("2026-11-19T10:00:00Z"), 5))
			.isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
		DueDates.Due due = DueDates.postmortem(new MissingPostmortem("INC-1019", "Search unavailable", Severity.SEV1,
				Instant.parse("2026-11-15T21:20:00Z"), List.of("search")));
		assertThat(due.at()).isEqualTo(Instant.parse("2026-11-20T21:20:00Z"));
		assertThat(due.reason()).isEqualTo("postmortem within 5 working days of resolution (SEV1)");
	}

	@Test
	void escalationIsDueAtTheNextStepAndOverdueSinceTheLastOne() {
		ResponsePlan sev3 = ResponsePlan.forSeverity(Severity.SEV3);
		ResponsePlan.EscalationStep assigned = sev3.escalationTimeline().get(0);
		ResponsePlan.EscalationStep lead = sev3.escalationTimeline().get(1);
		Instant detected = Instant.parse("2026-11-20T07:50:00Z");
		// open 6730 min: the whole SEV3 timeline (team lead at 240 min) has passed
		OpenIncident exhausted = new OpenIncident("INC-1025", "auth failures", Severity.SEV3, List.of("payments"), detected,
				6730, true, sev3, lead, 6490, null, null, true);
		DueDates.Due overdue = DueDates.escalation(exhausted);
		assertThat(overdue.at()).isEqualTo(Instant.parse("2026-11-20T11:50:00Z"));
		assertThat(overdue.reason()).isEqualTo("escalation to Team lead, the last step of the SEV3 timeline (4 h after detection)");
		// open 100 min: the team lead is next, at 240 min
		OpenIncident young = new OpenIncident("INC-2", "x", Severity.SEV3, List.of("payments"), detected, 100, false, sev3,
				assigned, 100, lead, 140L, false);
		assertThat(DueDates.escalation(young).at()).isEqualTo(Instant.parse("2026-11-20T11:50:00Z"));
		assertThat(DueDates.escalation(young).reason()).startsWith("escalation to Team lead, the next step of the SEV3 timeline");
	}

	@Test
	void aBurningBudgetIsDueWhenItRunsOutAndASpentOneSinceItWasSpent() {
		ObjectiveResult burning = ObjectiveResults.withBurndown(
				ObjectiveResults.of("inventory-availability", "inventory", "99.5%", 0.995, 0.999, 88.2, 1.42, Health.AMBER),
				448.5, List.of());
		// window end 2026-11-25 00:00 + 448.5 h = 2026-12-13 16:30
		DueDates.Due due = DueDates.budget(burning);
		assertThat(due.at()).isEqualTo(Instant.parse("2026-12-13T16:30:00Z"));
		assertThat(due.reason()).isEqualTo("error budget runs out at the 1-day burn rate");

		List<BurndownPoint> burndown = List.of(
				new BurndownPoint(java.time.LocalDate.parse("2026-11-20"), Instant.parse("2026-11-21T00:00:00Z"), 4.1),
				new BurndownPoint(java.time.LocalDate.parse("2026-11-21"), Instant.parse("2026-11-22T00:00:00Z"), -0.1),
				new BurndownPoint(java.time.LocalDate.parse("2026-11-22"), Instant.parse("2026-11-23T00:00:00Z"), -4.2));
		ObjectiveResult spent = ObjectiveResults.withBurndown(
				ObjectiveResults.of("payments-availability", "payments", "99.9%", 0.999, 0.998, -83.3, 6.0, Health.RED), 0.0,
				burndown);
		assertThat(DueDates.budget(spent).at()).isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
		assertThat(DueDates.budget(spent).reason()).isEqualTo("error budget spent");

		ObjectiveResult quiet = ObjectiveResults.of("search", "search", "99.5%", 0.995, 0.9999, 99.0, 0.0, Health.GREEN);
		assertThat(DueDates.budget(quiet)).isNull();
	}

}
