package org.opsreport.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opsreport.dashboard.SreDashboard.LatePoint;
import org.opsreport.dashboard.SreDashboardCalculator.Baseline;
import org.opsreport.incident.IncidentReport;
import org.opsreport.slo.BurndownPoint;
import org.opsreport.slo.ObjectiveResult;
import org.opsreport.store.ReportSections;

import org.springframework.stereotype.Service;

/**
 * Report section {@code dashboard} from stored sections only: the report date's {@code slos} and {@code incidents}
 * (their steps run before this one) and, as the trends' baseline, the {@code slos} and {@code incidents} that the
 * report of the previous period's last day stored. Nothing is recomputed: a past day's figure is what that day's
 * report said (docs/report.md, "Stable history").
 */
@Service
class DashboardService {

	static final String SECTION = "dashboard";

	private final ReportSections sections;

	DashboardService(ReportSections sections) {
		this.sections = sections;
	}

	/** Computes and stores the dashboard of {@code date}. */
	SreDashboard evaluate(LocalDate date) {
		List<ObjectiveResult> slos = this.sections.loadList(date, "slos", ObjectiveResult.class).orElse(List.of());
		// the incidents step's result, not a second run of the analysis
		IncidentReport incidents = this.sections.load(date, "incidents", IncidentReport.class)
			.orElseThrow(() -> new IllegalStateException("no incidents section for " + date
					+ ": the incidents step stores it before the dashboard step runs"));
		LocalDate previousDate = incidents.previous().window().to();
		Baseline baseline = new Baseline(previousDate,
				this.sections.loadList(previousDate, "slos", ObjectiveResult.class).map(DashboardService::snapshots).orElse(null),
				this.sections.load(previousDate, "incidents", IncidentReport.class).orElse(null));
		SreDashboard dashboard = new SreDashboardCalculator().compute(snapshots(slos), incidents, baseline, lateData(slos));
		this.sections.save(date, SECTION, dashboard);
		return dashboard;
	}

	/** The burndown points of past days that late data changed (flagged by the SLO step), in SLO order. */
	static List<LatePoint> lateData(List<ObjectiveResult> slos) {
		List<LatePoint> late = new ArrayList<>();
		for (ObjectiveResult r : slos) {
			for (BurndownPoint p : r.burndown()) {
				if (p.lateData()) {
					late.add(new LatePoint(r.name(), r.objective(), p.date(), p.budgetRemainingPercent(), p.recomputedPercent()));
				}
			}
		}
		return late;
	}

	/** Snapshots of SLO results: SLI and target turned from fractions into percent, the 1d burn rate. */
	static List<SloSnapshot> snapshots(List<ObjectiveResult> results) {
		Map<String, Integer> perName = new HashMap<>();
		results.forEach((r) -> perName.merge(r.name(), 1, Integer::sum));
		return results.stream()
			.map((r) -> new SloSnapshot(r.service(), objectiveKey(r.name(), r.objective(), perName.get(r.name())),
					percent(r.sli()), r.target() * 100, r.budgetRemainingPercent(),
					(r.burnRates() != null) ? r.burnRates().oneDay() : null))
			.toList();
	}

	/**
	 * Key matching current and previous snapshots: the SLO's name (which usually says what it measures,
	 * e.g. {@code payments-availability}), with the objective appended when the SLO has several.
	 */
	private static String objectiveKey(String name, String objective, int objectivesOfSlo) {
		return (objectivesOfSlo > 1) ? name + " / " + objective : name;
	}

	private static Double percent(Double fraction) {
		return (fraction != null) ? fraction * 100 : null;
	}

}
