package org.opsreport.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opsreport.incident.IncidentReport;
import org.opsreport.incident.IncidentReport.MissingPostmortem;
import org.opsreport.incident.Severity;
import org.opsreport.report.DeliveryFixture;
import org.opsreport.report.ReportModel;
import org.opsreport.slo.ObjectiveResult;
import org.opsreport.slo.ObjectiveResults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every recommendation has an owner or says why not, a due date where a policy gives one, and every non-green
 * service says why (the delivery fixture: report date 2026-11-24, checkout red with its budget spent since the
 * burndown point of 2026-11-22 00:00, SEV1 INC-7 resolved Saturday 2026-11-21 without postmortem).
 */
class RecommendationDueAndOwnerTest {

	static final LocalDate DATE = LocalDate.parse("2026-11-24");

	static Summary build(ReportModel model, List<ObjectiveResult> slos, IncidentReport incidents) {
		return SummaryBuilder.build(DATE, slos, incidents, model.scaling(), model.performance(), model.dashboard(), null,
				null, service -> service.equals("checkout") ? "payments-platform" : null);
	}

	@Test
	void dueByAndOverdueSinceComeFromThePolicies() {
		ReportModel model = DeliveryFixture.model();
		Summary summary = build(model, model.slos(), model.incidents());
		Summary.Recommendation burn = summary.recommendations().get(0);
		assertThat(burn.impact()).isEqualTo("page_burn");
		assertThat(burn.owner()).isEqualTo("payments-platform");
		assertThat(burn.ownerNote()).isNull();
		// the first burndown point at or below 0 is the one at 2026-11-22 00:00 (-0.08%): overdue since then
		assertThat(burn.dueBy()).isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
		assertThat(burn.overdue()).isTrue();
		assertThat(burn.dueReason()).isEqualTo("error budget spent");

		Summary.Recommendation postmortem = summary.recommendations().get(1);
		assertThat(postmortem.impact()).isEqualTo("postmortem_missing");
		// resolved Saturday 2026-11-21 00:00: Mon 23, Tue 24, Wed 25, Thu 26, Fri 27 -> due Friday, not yet overdue
		assertThat(postmortem.dueBy()).isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
		assertThat(postmortem.overdue()).isFalse();
		assertThat(postmortem.dueReason()).isEqualTo("postmortem within 5 working days of resolution (SEV1)");
		// the fixture was stored before a missing postmortem recorded its services
		assertThat(postmortem.owner()).isNull();
		assertThat(postmortem.ownerNote()).isEqualTo("owner unknown (INC-7's services were not recorded on this day)");

		Summary.Recommendation bottleneck = summary.recommendations().get(2);
		assertThat(bottleneck.dueBy()).isNull();
		assertThat(bottleneck.overdue()).isNull();
	}

	@Test
	void aPostmortemIsOwnedByItsServicesTeamOrSaysWhyNot() {
		ReportModel model = DeliveryFixture.model();
		IncidentReport i = model.incidents();
		IncidentReport ledger = withMissing(i, new MissingPostmortem("INC-7", "Payment provider timeout", Severity.SEV1,
				Instant.parse("2026-11-21T00:00:00Z"), List.of("ledger")));
		Summary.Recommendation unknown = build(model, model.slos(), ledger).recommendations().get(1);
		assertThat(unknown.service()).isEqualTo("ledger");
		assertThat(unknown.ownerNote()).isEqualTo("owner unknown (no team for service ledger in services.yaml)");

		IncidentReport checkout = withMissing(i, new MissingPostmortem("INC-7", "Payment provider timeout", Severity.SEV1,
				Instant.parse("2026-11-21T00:00:00Z"), List.of("checkout", "cart")));
		Summary.Recommendation owned = build(model, model.slos(), checkout).recommendations().get(1);
		assertThat(owned.owner()).isEqualTo("payments-platform");
		assertThat(owned.ownerNote()).isNull();

		IncidentReport none = withMissing(i, new MissingPostmortem("INC-7", "Payment provider timeout", Severity.SEV1,
				Instant.parse("2026-11-21T00:00:00Z"), List.of()));
		assertThat(build(model, model.slos(), none).recommendations().get(1).ownerNote())
			.isEqualTo("owner unknown (INC-7 names no service)");
	}

	@Test
	void everyNonGreenServiceSaysWhy() {
		ReportModel model = DeliveryFixture.model();
		List<ObjectiveResult> slos = model.slos()
			.stream()
			.map(o -> switch (o.service()) {
				case "checkout" -> ObjectiveResults.withReason(o, "budget left -12.5% < 10%; page alert firing");
				case "cart" -> ObjectiveResults.withReason(o, "budget left 18.0% < 50%");
				default -> o;
			})
			.toList();
		Summary summary = build(model, slos, model.incidents());
		// the red objective decides checkout's red; its open SEV2 would only make it amber
		assertThat(line(summary, "checkout").statusReason())
			.isEqualTo("checkout-availability: budget left -12.5% < 10%; page alert firing");
		assertThat(line(summary, "cart").statusReason()).isEqualTo("cart-availability: budget left 18.0% < 50%");
		assertThat(line(summary, "search").statusReason()).isNull();
	}

	@Test
	void anOpenIncidentExplainsAStatusOnlyWhereItDecidesIt() {
		ReportModel model = DeliveryFixture.model();
		IncidentReport.OpenIncident sev2 = model.incidents().open().get(0);
		assertThat(SummaryBuilder.statusReason(org.opsreport.health.Health.AMBER, List.of(), false, List.of(sev2)))
			.isEqualTo("open incident INC-9 (SEV2)");
		assertThat(SummaryBuilder.statusReason(org.opsreport.health.Health.AMBER, List.of("x: budget left 40.0% < 50%"),
				true, List.of(sev2))).isEqualTo("x: budget left 40.0% < 50%");
		assertThat(SummaryBuilder.statusReason(org.opsreport.health.Health.GREEN, List.of(), false, List.of())).isNull();
		// red from an objective stored without its reason: the SEV2 did not decide it, nothing to say
		assertThat(SummaryBuilder.statusReason(org.opsreport.health.Health.RED, List.of(), true, List.of(sev2))).isNull();
	}

	/** An open incident past its whole escalation timeline is a recommendation of its own, overdue since its last step. */
	@Test
	void anIncidentPastItsEscalationTimelineIsOverdue() {
		ReportModel model = DeliveryFixture.model();
		IncidentReport i = model.incidents();
		org.opsreport.incident.ResponsePlan sev3 = org.opsreport.incident.ResponsePlan.forSeverity(Severity.SEV3);
		// detected 2026-11-20 07:50, open 6730 min at the end of 2026-11-24; team lead due at 240 min: 11:50
		IncidentReport.OpenIncident open = new IncidentReport.OpenIncident("INC-1025", "auth failures", Severity.SEV3,
				List.of("checkout"), Instant.parse("2026-11-20T07:50:00Z"), 6730, true, sev3, sev3.escalationTimeline().get(1),
				6490, null, null, true);
		IncidentReport withOpen = new IncidentReport(i.window(), i.total(), i.overall(), i.bySeverity(), i.byService(),
				List.of(open), i.estimatedVsActualMttr(), i.missingPostmortems(), i.postmortems(), i.actionItems(),
				i.recurringCauses(), i.classificationDisagreements(), i.incidentsLastDays(), i.previous(), i.weeklyCounts());
		Summary.Recommendation escalation = build(model, model.slos(), withOpen).recommendations()
			.stream()
			.filter(r -> r.impact().equals("escalation_overdue"))
			.findFirst()
			.orElseThrow();
		assertThat(escalation.message()).isEqualTo("Escalate INC-1025 (auth failures): open 4 d 16 h, past the last step of "
				+ "its SEV3 escalation timeline (Team lead at 4 h).");
		assertThat(escalation.dueBy()).isEqualTo(Instant.parse("2026-11-20T11:50:00Z"));
		assertThat(escalation.overdue()).isTrue();
		assertThat(escalation.owner()).isEqualTo("payments-platform");
	}

	static Summary.ServiceLine line(Summary summary, String service) {
		return summary.services().stream().filter(l -> l.service().equals(service)).findFirst().orElseThrow();
	}

	static IncidentReport withMissing(IncidentReport i, MissingPostmortem missing) {
		return new IncidentReport(i.window(), i.total(), i.overall(), i.bySeverity(), i.byService(), i.open(),
				i.estimatedVsActualMttr(), List.of(missing), i.postmortems(), i.actionItems(), i.recurringCauses(),
				i.classificationDisagreements(), i.incidentsLastDays(), i.previous(), i.weeklyCounts());
	}

}
