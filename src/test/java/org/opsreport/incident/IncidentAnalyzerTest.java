package org.opsreport.incident;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opsreport.incident.IncidentReport.GroupMetrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.opsreport.incident.Incidents.incident;

/**
 * Hand-computed MTTA/MTTR and postmortem statistics. Report date 2026-03-31: window 2026-03-02 ..
 * 2026-03-31 (end 2026-04-01T00:00Z), previous window 2026-01-31 .. 2026-03-01. Median/p90 by
 * commons-math3 Percentile default (legacy) estimation: position p(n+1)/100, interpolated, clamped.
 */
class IncidentAnalyzerTest {

	private static final LocalDate REPORT_DATE = LocalDate.parse("2026-03-31");

	private IncidentReport report;

	@BeforeEach
	void analyze() {
		List<Incident> incidents = List.of(
				// A: SEV1, TTA 5, TTR 60, postmortem 2 days after resolution
				incident("A").severity(Severity.SEV1).services("api").detected("2026-03-10T10:00:00Z")
					.acknowledged("2026-03-10T10:05:00Z").resolved("2026-03-10T11:00:00Z")
					.postmortem("2026-03-12T11:00:00Z").cause("Bad deploy").actions("add canary").build(),
				// B: SEV2, TTA 20, TTR 120, no postmortem
				incident("B").severity(Severity.SEV2).services("api", "db").detected("2026-03-15T00:00:00Z")
					.acknowledged("2026-03-15T00:20:00Z").resolved("2026-03-15T02:00:00Z").cause("bad  deploy!")
					.build(),
				// C: no severity, data loss with 5% users -> SEV1; never acknowledged; TTR 90; postmortem 1 day
				incident("C").services("db").users(5).dataLoss(true).detected("2026-03-20T12:00:00Z")
					.resolved("2026-03-20T13:30:00Z").postmortem("2026-03-21T13:30:00Z")
					.actions("backup restore drill", "alert on replication lag").build(),
				// D: spans the window start: detected in the previous window, resolved in this one; TTA 10, TTR 120
				incident("D").severity(Severity.SEV3).services("web").detected("2026-03-01T23:00:00Z")
					.acknowledged("2026-03-01T23:10:00Z").resolved("2026-03-02T01:00:00Z").build(),
				// E: resolved in the previous window; TTA 30, TTR 60
				incident("E").severity(Severity.SEV2).services("api").detected("2026-02-20T00:00:00Z")
					.acknowledged("2026-02-20T00:30:00Z").resolved("2026-02-20T01:00:00Z").cause("Bad deploy")
					.build(),
				// F: open SEV2 detected 60 minutes before the end, acknowledged after 5
				incident("F").severity(Severity.SEV2).services("db").detected("2026-03-31T23:00:00Z")
					.acknowledged("2026-03-31T23:05:00Z").build(),
				// G: resolved after the report date -> open at its end; acknowledged only after it; SEV4 by rules
				incident("G").services("web").detected("2026-03-31T22:00:00Z").acknowledged("2026-04-01T00:30:00Z")
					.resolved("2026-04-01T01:00:00Z").build(),
				// H: detected after the report date: unknown on that date
				incident("H").severity(Severity.SEV1).services("api").detected("2026-04-02T00:00:00Z").build(),
				// J: resolved before the previous window: outside both
				incident("J").severity(Severity.SEV1).services("api").detected("2026-01-01T00:00:00Z")
					.resolved("2026-01-01T01:00:00Z").cause("bad deploy").build());
		this.report = new IncidentAnalyzer().analyze(incidents, REPORT_DATE);
	}

	@Test
	void windows() {
		assertThat(report.window().from()).isEqualTo(LocalDate.parse("2026-03-02"));
		assertThat(report.window().to()).isEqualTo(REPORT_DATE);
		assertThat(report.previous().window().from()).isEqualTo(LocalDate.parse("2026-01-31"));
		assertThat(report.previous().window().to()).isEqualTo(LocalDate.parse("2026-03-01"));
	}

	@Test
	void overallMttaAndMttr() {
		GroupMetrics m = report.overall();
		assertThat(report.total()).isEqualTo(6); // A B C D F G
		assertThat(m.resolved()).isEqualTo(4);
		assertThat(m.open()).isEqualTo(2);
		// MTTA over A 5, B 20, D 10, F 5; C never acknowledged, G acknowledged only after the report date
		assertThat(m.unacknowledged()).isEqualTo(2);
		assertThat(m.mttaMinutes()).isCloseTo(10.0, within(1e-9));
		assertThat(m.mttaMedianMinutes()).isCloseTo(7.5, within(1e-9)); // 5 5 10 20 -> (5+10)/2
		assertThat(m.mttaP90Minutes()).isCloseTo(20.0, within(1e-9)); // position 4.5 > n -> max
		// MTTR over A 60, B 120, C 90, D 120
		assertThat(m.mttrMinutes()).isCloseTo(97.5, within(1e-9));
		assertThat(m.mttrMedianMinutes()).isCloseTo(105.0, within(1e-9)); // 60 90 120 120 -> (90+120)/2
		assertThat(m.mttrP90Minutes()).isCloseTo(120.0, within(1e-9));
	}

	@Test
	void bySeverity() {
		GroupMetrics sev1 = report.bySeverity().sev1();
		assertThat(sev1.count()).isEqualTo(2); // A, C (classified)
		assertThat(sev1.mttrMinutes()).isCloseTo(75.0, within(1e-9));
		assertThat(sev1.mttaMinutes()).isCloseTo(5.0, within(1e-9));
		assertThat(sev1.unacknowledged()).isEqualTo(1);
		GroupMetrics sev2 = report.bySeverity().sev2();
		assertThat(sev2.count()).isEqualTo(2); // B, F
		assertThat(sev2.open()).isEqualTo(1);
		assertThat(sev2.mttrMinutes()).isCloseTo(120.0, within(1e-9));
		assertThat(sev2.mttaMinutes()).isCloseTo(12.5, within(1e-9));
		assertThat(report.bySeverity().sev3().mttrMinutes()).isCloseTo(120.0, within(1e-9));
		GroupMetrics sev4 = report.bySeverity().sev4();
		assertThat(sev4.count()).isEqualTo(1);
		assertThat(sev4.mttrMinutes()).isNull();
		assertThat(sev4.mttaMinutes()).isNull();
	}

	@Test
	void byServiceAndStatus() {
		assertThat(report.byService()).containsOnlyKeys("api", "db", "web");
		assertThat(report.byService().get("api").count()).isEqualTo(2);
		assertThat(report.byService().get("api").mttrMinutes()).isCloseTo(90.0, within(1e-9));
		assertThat(report.byService().get("db").count()).isEqualTo(3);
		assertThat(report.byService().get("db").mttrMinutes()).isCloseTo(105.0, within(1e-9));
	}

	@Test
	void openIncidentsAgainstEscalationTimeline() {
		assertThat(report.open()).extracting(IncidentReport.OpenIncident::id).containsExactly("F", "G");
		IncidentReport.OpenIncident f = report.open().get(0);
		assertThat(f.openMinutes()).isEqualTo(60);
		assertThat(f.currentStep()).isEqualTo(new ResponsePlan.EscalationStep(30, "Engineering manager"));
		assertThat(f.minutesPastCurrentStep()).isEqualTo(30);
		assertThat(f.nextStep()).isEqualTo(new ResponsePlan.EscalationStep(120, "VP Engineering"));
		assertThat(f.minutesUntilNextStep()).isEqualTo(60);
		assertThat(f.overdue()).isFalse();
		assertThat(f.acknowledged()).isTrue();
		IncidentReport.OpenIncident g = report.open().get(1);
		assertThat(g.severity()).isEqualTo(Severity.SEV4);
		assertThat(g.openMinutes()).isEqualTo(120);
		assertThat(g.currentStep().contact()).isEqualTo("Assigned engineer");
		assertThat(g.minutesUntilNextStep()).isEqualTo(120);
		assertThat(g.acknowledged()).isFalse();
	}

	@Test
	void sev1OpenPastItsLastStepIsOverdue() {
		Incident open = incident("X").severity(Severity.SEV1).services("api").detected("2026-03-31T20:00:00Z").build();
		IncidentReport r = new IncidentAnalyzer().analyze(List.of(open), REPORT_DATE);
		IncidentReport.OpenIncident x = r.open().get(0);
		assertThat(x.openMinutes()).isEqualTo(240);
		assertThat(x.currentStep().contact()).isEqualTo("CTO");
		assertThat(x.minutesPastCurrentStep()).isEqualTo(180);
		assertThat(x.nextStep()).isNull();
		assertThat(x.minutesUntilNextStep()).isNull();
		assertThat(x.overdue()).isTrue();
		assertThat(x.plan().severity()).isEqualTo(Severity.SEV1);
	}

	@Test
	void previousPeriod() {
		assertThat(report.previous().total()).isEqualTo(1); // E only (D was resolved in the current window)
		assertThat(report.previous().bySeverity().sev2().mttrMinutes()).isCloseTo(60.0, within(1e-9));
		assertThat(report.previous().overall().mttaMinutes()).isCloseTo(30.0, within(1e-9));
	}

	@Test
	void postmortems() {
		assertThat(report.missingPostmortems()).extracting(IncidentReport.MissingPostmortem::id).containsExactly("B");
		IncidentReport.PostmortemStats stats = report.postmortems();
		assertThat(stats.required()).isEqualTo(3); // A B C
		assertThat(stats.completed()).isEqualTo(2);
		assertThat(stats.completionRate()).isCloseTo(2.0 / 3.0, within(1e-12));
		assertThat(stats.resolvedWithPostmortem()).isEqualTo(2);
		assertThat(stats.medianDaysToPostmortem()).isCloseTo(1.5, within(1e-12));
		assertThat(report.actionItems()).extracting(IncidentReport.ActionItem::incidentId, IncidentReport.ActionItem::item)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("A", "add canary"),
					org.assertj.core.groups.Tuple.tuple("C", "backup restore drill"),
					org.assertj.core.groups.Tuple.tuple("C", "alert on replication lag"));
	}

	@Test
	void recurringCausesAcrossBothWindows() {
		assertThat(report.recurringCauses()).hasSize(1);
		IncidentReport.RecurringCause cause = report.recurringCauses().get(0);
		assertThat(cause.cause()).isEqualTo("bad deploy");
		assertThat(cause.count()).isEqualTo(3); // E, A, B; J is outside both windows
		assertThat(cause.incidentIds()).containsExactly("E", "A", "B");
		assertThat(cause.example()).isEqualTo("Bad deploy");
		assertThat(IncidentAnalyzer.normalizeCause("  Bad -- Deploy!! ")).isEqualTo("bad deploy");
	}

	@Test
	void estimatedVsActualMttr() {
		IncidentReport.MttrComparison sev1 = report.estimatedVsActualMttr().get(0);
		assertThat(sev1.severity()).isEqualTo(Severity.SEV1);
		assertThat(sev1.estimatedMinutes()).isEqualTo(30.0);
		assertThat(sev1.ratio()).isCloseTo(2.5, within(1e-12)); // 75 / 30
		assertThat(report.estimatedVsActualMttr().get(3).ratio()).isNull();
	}

	@Test
	void recentIncidents() {
		assertThat(report.incidentsLastDays()).isEqualTo(2); // F and G detected on 2026-03-31
	}

	@Test
	void disagreementsOnlyWhereImpactIsKnown() {
		List<Incident> incidents = List.of(
				incident("K").severity(Severity.SEV3).unavailable(true).detected("2026-03-05T00:00:00Z")
					.resolved("2026-03-05T00:30:00Z").build(),
				incident("L").severity(Severity.SEV2).detected("2026-03-05T00:00:00Z")
					.resolved("2026-03-05T00:30:00Z").build(),
				incident("M").severity(Severity.SEV2).users(20).detected("2026-03-05T00:00:00Z")
					.resolved("2026-03-05T00:30:00Z").build());
		IncidentReport r = new IncidentAnalyzer().analyze(incidents, REPORT_DATE);
		assertThat(r.classificationDisagreements())
			.containsExactly(new IncidentReport.ClassificationDisagreement("K", Severity.SEV3, Severity.SEV1,
					"service_unavailable"));
		assertThat(r.bySeverity().sev3().count()).isEqualTo(1); // the given severity is kept
	}

	@Test
	void windowBoundsAreStartInclusiveEndExclusive() {
		List<Incident> incidents = List.of(
				// resolved exactly at the start of the window: current window
				incident("S").severity(Severity.SEV3).detected("2026-03-01T23:00:00Z").resolved("2026-03-02T00:00:00Z")
					.build(),
				// resolved exactly at the end of the report date: still open on that date
				incident("T").severity(Severity.SEV3).detected("2026-03-31T23:00:00Z").acknowledged("2026-04-01T00:00:00Z")
					.resolved("2026-04-01T00:00:00Z").build(),
				// resolved one millisecond before the window: previous window
				incident("U").severity(Severity.SEV3).detected("2026-03-01T23:00:00Z")
					.resolved("2026-03-01T23:59:59.999Z").build());
		IncidentReport r = new IncidentAnalyzer().analyze(incidents, REPORT_DATE);
		assertThat(r.total()).isEqualTo(2);
		assertThat(r.overall().mttrMinutes()).isCloseTo(60.0, within(1e-9)); // S only
		assertThat(r.open()).extracting(IncidentReport.OpenIncident::id).containsExactly("T");
		assertThat(r.open().get(0).acknowledged()).isFalse();
		assertThat(r.previous().total()).isEqualTo(1);
		assertThat(r.previous().overall().mttrMinutes()).isCloseTo(59.99998333, within(1e-6));
	}

	@Test
	void emptyInput() {
		IncidentReport r = new IncidentAnalyzer().analyze(List.of(), REPORT_DATE);
		assertThat(r.total()).isZero();
		assertThat(r.overall().mttrMinutes()).isNull();
		assertThat(r.postmortems().completionRate()).isNull();
		assertThat(r.postmortems().medianDaysToPostmortem()).isNull();
		assertThat(r.byService()).isEmpty();
		assertThat(r.open()).isEmpty();
	}

	/**
	 * Report date 2026-03-31 is a Tuesday: the last week starts Monday 2026-03-30, the first seven weeks
	 * earlier on 2026-02-09. Counted by detection day: D (Sunday 03-01) in the week of 02-23, B (Sunday
	 * 03-15) with A in the week of 03-09, F and G (03-31) in the partial last week, H (after the report
	 * date) and J (before 02-09) nowhere.
	 */
	@Test
	void weeklyCountsByDetectionWeek() {
		assertThat(report.weeklyCounts()).extracting(IncidentReport.WeekCount::weekStart)
			.containsExactly(LocalDate.parse("2026-02-09"), LocalDate.parse("2026-02-16"), LocalDate.parse("2026-02-23"),
					LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-16"),
					LocalDate.parse("2026-03-23"), LocalDate.parse("2026-03-30"));
		assertThat(report.weeklyCounts()).extracting((w) -> List.of(w.sev1(), w.sev2(), w.sev3(), w.sev4()))
			.containsExactly(List.of(0, 0, 0, 0), List.of(0, 1, 0, 0), List.of(0, 0, 1, 0), List.of(0, 0, 0, 0),
					List.of(1, 1, 0, 0), List.of(1, 0, 0, 0), List.of(0, 0, 0, 0), List.of(0, 1, 0, 1));
	}

}
