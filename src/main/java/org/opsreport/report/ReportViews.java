package org.opsreport.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opsreport.health.Health;
import org.opsreport.scaling.ServicePerformance;

/**
 * The view records of the report, one per section that needs ordering, top-N, ranking, filtering or
 * joining: built here from the model, shared by report.html, report.md and the mail templates, which
 * only format. A section without data has a {@code null} view.
 *
 * @param serviceStatus each service's one status (the summary's), for every section that shows a
 * service's status; empty without a summary
 * @param dashboard the SRE dashboard with each service's one status
 * @param slos the SLO section grouped, filtered, ranked and cut
 * @param forecasts the forecast counts and the mail's weakest series
 * @param coverage the coverage counts and the incomplete series
 * @param scaling the mail's busiest services
 * @param incidents the mail's open incidents and missing postmortems
 * @param bottlenecks the services with a bottleneck, in report order
 * @param charts which charts the report shows and which the detail page
 * @param digest the mail digest's cuts of the summary and the incidents of the day
 */
public record ReportViews(Map<String, Health> serviceStatus, DashboardView dashboard, SloView slos,
		ForecastView forecasts, CoverageView coverage, ScalingView scaling, IncidentView incidents,
		List<ServicePerformance> bottlenecks, ChartsView charts, DigestView digest) {

	static ReportViews of(ReportModel report, List<ReportTemplateModel.Chart> charts) {
		Map<String, Health> status = new LinkedHashMap<>();
		if (report.summary() != null) {
			report.summary().services().forEach(s -> status.put(s.service(), s.status()));
		}
		return new ReportViews(status, DashboardView.of(report.dashboard(), report.summary()),
				SloView.of(report.slos(), charts), ForecastView.of(report.forecasts(), report.intervalCalibration()), CoverageView.of(report.coverage()),
				ScalingView.of(report.scaling()), IncidentView.of(report.incidents(), report.dashboard()),
				report.performance() == null ? List.of()
						: report.performance().services().stream().filter(s -> !s.bottlenecks().isEmpty()).toList(),
				ChartsView.of(charts, report.slos()), DigestView.of(report.summary(), report.today(), report.sectionNames()));
	}

}
