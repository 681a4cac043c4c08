package org.opsreport.report;

import java.util.LinkedHashMap;
import java.util.Map;

import org.opsreport.health.Health;

/**
 * The view records of the report, one per section that needs ordering, top-N, ranking, filtering or
 * joining: built here from the model, shared by report.html, report.md and the mail templates, which
 * only format. A section without data has a {@code null} view.
 *
 * @param dashboard the SRE dashboard with each service's one status
 * @param serviceStatus each service's one status (the summary's), for every section that shows a
 * service's status; empty without a summary
 */
public record ReportViews(DashboardView dashboard, Map<String, Health> serviceStatus) {

	static ReportViews of(ReportModel report) {
		Map<String, Health> status = new LinkedHashMap<>();
		if (report.summary() != null) {
			report.summary().services().forEach(s -> status.put(s.service(), s.status()));
		}
		return new ReportViews(DashboardView.of(report.dashboard(), report.summary()), status);
	}

}
