package org.opsreport.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opsreport.report.chart.ChartImage;

/**
 * What the report templates see: the typed sections of the {@link ReportModel} under their section
 * names (records, read by FreeMarker through their accessors), the report date and rendering time as
 * text, the section names in order, the charts, and the view records that do the ordering, top-N
 * and filtering for the templates.
 */
final class ReportTemplateModel {

	private ReportTemplateModel() {
	}

	/** A chart as the templates see it. */
	public record Chart(String name, String title, String file, String section, String subject) {
	}

	static Map<String, Object> of(ReportModel report, List<ChartImage> charts) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("reportDate", report.reportDate().toString());
		model.put("generatedAt", report.generatedAt().toString());
		put(model, "summary", report.summary());
		put(model, "freshness", report.freshness());
		put(model, "findings", report.findings());
		put(model, "today", report.today());
		put(model, "slos", report.slos());
		put(model, "forecasts", report.forecasts());
		put(model, "intervalCalibration", report.intervalCalibration());
		put(model, "scaling", report.scaling());
		put(model, "hpa", report.hpa());
		put(model, "performance", report.performance());
		put(model, "incidents", report.incidents());
		put(model, "chaos", report.chaos());
		put(model, "dashboard", report.dashboard());
		put(model, "coverage", report.coverage());
		put(model, "ingest", report.ingest());
		model.put("sectionNames", report.sectionNames());
		List<Chart> shown = charts.stream().map(c -> new Chart(c.name(), c.title(), c.file(), c.section(), c.subject())).toList();
		model.put("charts", shown);
		model.put("views", ReportViews.of(report, shown));
		return model;
	}

	private static void put(Map<String, Object> model, String name, Object section) {
		if (section != null) {
			model.put(name, section);
		}
	}

}
