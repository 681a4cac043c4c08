package org.opsreport.summary;

import java.time.LocalDate;

import org.opsreport.incident.IncidentReport;
import org.opsreport.dashboard.SreDashboard;
import org.opsreport.scaling.PerformanceReport;
import org.opsreport.scaling.ScalingReport;
import org.opsreport.slo.ObjectiveResult;
import org.opsreport.store.ReportSections;

/** The summary step's work for tests that store sections themselves: the summary of the stored typed sections. */
public final class Summaries {

	private Summaries() {
	}

	public static Summary of(ReportSections sections, LocalDate date) {
		return SummaryBuilder.build(sections.loadList(date, "slos", ObjectiveResult.class).orElse(null),
				sections.load(date, "incidents", IncidentReport.class).orElse(null),
				sections.load(date, "scaling", ScalingReport.class).orElse(null),
				sections.load(date, "performance", PerformanceReport.class).orElse(null),
				sections.load(date, "dashboard", SreDashboard.class).orElse(null));
	}

}
