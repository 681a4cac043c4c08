package org.opsreport.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opsreport.dashboard.SreDashboardCalculator.Baseline;
import org.opsreport.incident.Incident;
import org.opsreport.incident.IncidentAnalyzer;
import org.opsreport.incident.IncidentReport;
import org.opsreport.incident.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.opsreport.incident.Incidents.incident;

class SreDashboardCalculatorTest {

	private static final LocalDate REPORT_DATE = LocalDate.parse("2026-03-31");

	private final SreDashboardCalculator calculator = new SreDashboardCalculator();

	@Test
	void trendThresholdIsFivePercentRelative() {
		String basis = "x";
		// lower is better (MTTR): 100 -> 104 is +4%: stable; 100 -> 106: degrading; 100 -> 90: improving
		assertThat(calculator.trend(104.0, 100.0, false, basis).direction()).isEqualTo("stable");
		assertThat(calculator.trend(105.0, 100.0, false, basis).direction()).isEqualTo("stable");
		assertThat(calculator.trend(106.0, 100.0, false, basis).direction()).isEqualTo("degrading");
		assertThat(calculator.trend(90.0, 100.0, false, basis).direction()).isEqualTo("improving");
		assertThat(calculator.trend(90.0, 100.0, false, basis).relativeChange()).isCloseTo(-0.1, within(1e-12));
		// higher is better (budget)
		assertThat(calculator.trend(60.0, 50.0, true, basis).direction()).isEqualTo("improving");
		assertThat(calculator.trend(40.0, 50.0, true, basis).direction()).isEqualTo("degrading");
		// previous zero
		assertThat(calculator.trend(0.0, 0.0, false, basis).direction()).isEqualTo("stable");
		SreDashboard.Trend fromZero = calculator.trend(3.0, 0.0, false, basis);
		assertThat(fromZero.direction()).isEqualTo("degrading");
		assertThat(fromZero.relativeChange()).isNull();
		assertThat(calculator.trend(null, 10.0, false, basis).direction()).isEqualTo("insufficient_data");
	}

	@Test
	void theBaselineIsWhatThePreviousPeriodsReportStoredElseNotEnoughHistory() {
		// report date 2026-03-31: window 2026-03-02..03-31, previous 2026-01-31..03-01 (30 days)
		List<Incident> incidents = new ArrayList<>();
		incidents.add(incident("p1").severity(Severity.SEV3).services("api").detected("2026-02-25T00:00:00Z")
			.resolved("2026-02-25T01:00:00Z").build());
		for (int i = 1; i <= 6; i++) {
			incidents.add(incident("c" + i).severity(Severity.SEV4).services("api")
				.detected("2026-03-" + (10 + i) + "T00:00:00Z").resolved("2026-03-" + (10 + i) + "T00:30:00Z").build());
		}
		IncidentReport report = new IncidentAnalyzer().analyze(incidents, REPORT_DATE);
		LocalDate previousDay = LocalDate.parse("2026-03-01");
		assertThat(report.previous().window().to()).isEqualTo(previousDay);

		// nothing stored for 2026-03-01: every trend says "not enough history", even though the incident table
		// holds the previous period (1 incident) and would say "degrading"
		SreDashboard.ReliabilityTrends none = calculator
			.compute(List.of(), report, Baseline.none(previousDay), List.of())
			.reliabilityTrends();
		assertThat(List.of(none.availability(), none.errorBudget(), none.mttr(), none.incidentFrequency()))
			.extracting(SreDashboard.Trend::direction)
			.containsOnly("insufficient_data");
		assertThat(none.incidentFrequency().previous()).isNull();
		assertThat(none.previousReportDate()).isEqualTo(previousDay);
		assertThat(none.previousSlosStored()).isFalse();
		assertThat(none.previousIncidentsStored()).isFalse();
		assertThat(none.previousPeriodDays()).isEqualTo(30);

		// the report of 2026-03-01 as it was stored, when it knew of 3 incidents in its window with MTTR 90 min
		// (later corrected in the incident table to 1): the trend compares with what that report said
		List<Incident> known = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			known.add(incident("k" + i).severity(Severity.SEV3).services("api").detected("2026-02-2" + i + "T00:00:00Z")
				.resolved("2026-02-2" + i + "T01:30:00Z").build());
		}
		IncidentReport stored = new IncidentAnalyzer().analyze(known, previousDay);
		SreDashboard.ReliabilityTrends trends = calculator
			.compute(List.of(), report, new Baseline(previousDay, null, stored), List.of())
			.reliabilityTrends();
		assertThat(trends.incidentFrequency().previous()).isEqualTo(3.0);
		// 6 against 3: +100%, degrading; MTTR 30 against 90: -66.7%, improving
		assertThat(trends.incidentFrequency().relativeChange()).isCloseTo(1.0, within(1e-12));
		assertThat(trends.incidentFrequency().direction()).isEqualTo("degrading");
		assertThat(trends.mttr().previous()).isCloseTo(90.0, within(1e-12));
		assertThat(trends.mttr().direction()).isEqualTo("improving");
		assertThat(trends.previousIncidentsStored()).isTrue();
		// no SLO section stored that day: the SLO trends have no baseline
		assertThat(trends.errorBudget().direction()).isEqualTo("insufficient_data");
		assertThat(trends.previousSlosStored()).isFalse();
	}

	@Test
	void dashboardFromSnapshotsAndIncidents() {
		List<Incident> incidents = new ArrayList<>();
		// previous window: 2 incidents, MTTR 60 each
		incidents.add(incident("p1").severity(Severity.SEV3).services("api").detected("2026-02-10T00:00:00Z")
			.resolved("2026-02-10T01:00:00Z").build());
		incidents.add(incident("p2").severity(Severity.SEV3).services("api").detected("2026-02-11T00:00:00Z")
			.resolved("2026-02-11T01:00:00Z").build());
		// this window: 6 incidents in the last 7 days, MTTR 30 each; one SEV1 without postmortem
		for (int i = 1; i <= 6; i++) {
			incidents.add(incident("c" + i).severity((i == 1) ? Severity.SEV1 : Severity.SEV4).services("api")
				.detected("2026-03-" + (24 + i) + "T00:00:00Z").resolved("2026-03-" + (24 + i) + "T00:30:00Z").build());
		}
		// an open SEV2 on db
		incidents.add(incident("o").severity(Severity.SEV2).services("db").detected("2026-03-31T23:00:00Z").build());
		IncidentReport report = new IncidentAnalyzer().analyze(incidents, REPORT_DATE);

		List<SloSnapshot> now = List.of(new SloSnapshot("api", "availability", 99.8, 99.9, 5.0, 2.5),
				new SloSnapshot("api", "latency-p95", 99.5, 99.0, 50.0, 0.8),
				new SloSnapshot("db", "availability", 99.95, 99.9, 15.0, 1.0),
				new SloSnapshot("web", "availability", null, 99.5, null, null));
		List<SloSnapshot> before = List.of(new SloSnapshot("api", "availability", 99.9, 99.9, 40.0, 1.0),
				new SloSnapshot("api", "latency-p95", 99.5, 99.0, 50.0, 1.0),
				new SloSnapshot("db", "availability", 99.95, 99.9, 15.0, 1.0));
		SreDashboard d = calculator.compute(now, report,
				new Baseline(LocalDate.parse("2026-03-01"), before, new IncidentAnalyzer().analyze(incidents, LocalDate.parse("2026-03-01"))),
				List.of());

		assertThat(d.services()).extracting(SreDashboard.ServiceReliability::service)
			.containsExactly("api", "db", "web");
		SreDashboard.ServiceReliability api = d.services().get(0);
		assertThat(api.objective()).isEqualTo("availability");
		assertThat(api.availabilityPercent()).isEqualTo(99.8);
		assertThat(api.budgetRemainingPercent()).isEqualTo(5.0);
		assertThat(api.incidents().count()).isEqualTo(6);
		assertThat(d.services().get(2).incidents()).isNull();

		assertThat(d.incidentMetrics()).isEqualTo(new SreDashboard.IncidentMetrics(7, 1, 1, 30.0, 0, 7));

		// availability: unavailability mean over api, db: now (0.2 + 0.05)/2 = 0.125, before (0.1 + 0.05)/2 = 0.075
		SreDashboard.Trend availability = d.reliabilityTrends().availability();
		assertThat(availability.direction()).isEqualTo("degrading");
		assertThat(availability.current()).isCloseTo(99.875, within(1e-9));
		assertThat(availability.previous()).isCloseTo(99.925, within(1e-9));
		assertThat(availability.relativeChange()).isCloseTo(0.05 / 0.075, within(1e-6));
		// budget: now (5 + 50 + 15)/3 = 23.33, before (40 + 50 + 15)/3 = 35 -> degrading
		assertThat(d.reliabilityTrends().errorBudget().direction()).isEqualTo("degrading");
		assertThat(d.reliabilityTrends().errorBudget().current()).isCloseTo(70.0 / 3, within(1e-9));
		// MTTR 30 vs 60: improving; frequency 7 vs 2: degrading
		assertThat(d.reliabilityTrends().mttr().direction()).isEqualTo("improving");
		assertThat(d.reliabilityTrends().incidentFrequency().direction()).isEqualTo("degrading");

		assertThat(d.sloCompliance()).isEqualTo(new SreDashboard.SloCompliance(4, 2, 2, 1));
		assertThat(d.recommendations()).containsExactly("Critical: 1 error budgets are nearly exhausted",
				"High incident frequency detected - consider reliability improvements",
				"1 high-severity incidents missing postmortems");
	}

	@Test
	void quietPeriodHasNoRecommendationsAndInsufficientTrends() {
		IncidentReport report = new IncidentAnalyzer().analyze(List.of(), REPORT_DATE);
		SreDashboard d = calculator.compute(List.of(new SloSnapshot("api", "availability", 99.99, 99.9, 90.0, 0.1)),
				report, Baseline.none(LocalDate.parse("2026-03-01")), List.of());
		assertThat(d.recommendations()).isEmpty();
		assertThat(d.reliabilityTrends().availability().direction()).isEqualTo("insufficient_data");
		// without a baseline the row still says where this period stands
		assertThat(d.reliabilityTrends().availability().current()).isEqualTo(99.99);
		assertThat(d.reliabilityTrends().availability().previous()).isNull();
		assertThat(d.reliabilityTrends().errorBudget().direction()).isEqualTo("insufficient_data");
		assertThat(d.reliabilityTrends().errorBudget().current()).isEqualTo(90.0);
		assertThat(d.reliabilityTrends().mttr().direction()).isEqualTo("insufficient_data");
		// no report stored for the previous period's last day: no baseline, even for 0 against 0
		assertThat(d.reliabilityTrends().incidentFrequency().direction()).isEqualTo("insufficient_data");
		assertThat(d.sloCompliance()).isEqualTo(new SreDashboard.SloCompliance(1, 1, 0, 0));
	}

	@Test
	void exactlyFiveRecentIncidentsDoNotTriggerTheFrequencyRule() {
		List<Incident> incidents = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			incidents.add(incident("c" + i).severity(Severity.SEV4).detected("2026-03-2" + (i + 4) + "T00:00:00Z")
				.resolved("2026-03-2" + (i + 4) + "T00:30:00Z").build());
		}
		IncidentReport report = new IncidentAnalyzer().analyze(incidents, REPORT_DATE);
		assertThat(report.incidentsLastDays()).isEqualTo(5);
		assertThat(calculator.compute(List.of(), report, Baseline.none(LocalDate.parse("2026-03-01")), List.of()).recommendations()).isEmpty();
	}

}
