package org.opsreport.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.opsreport.health.Health;
import org.opsreport.slo.ObjectiveResult;

/**
 * Which chart is shown where: report.html / report.md show the charts a reader of the day needs, the
 * detail page (details.html / details.md) the rest. In the report: the burndown of every objective that
 * is not GREEN (a green objective's budget is not the day's story), the HPA charts and incidents per
 * week. On the detail page: the burndowns of green objectives, every forecast chart and every scaling
 * replay chart (a simulation, next to the replay's detail tables).
 *
 * @param report the charts of report.html and report.md per section name, in drawing order
 * @param details the charts of the detail page per section name, in drawing order
 */
public record ChartsView(Map<String, List<ReportTemplateModel.Chart>> report,
		Map<String, List<ReportTemplateModel.Chart>> details) {

	/** Sections whose charts all go to the detail page. */
	static final Set<String> DETAIL_SECTIONS = Set.of("forecasts", "scaling");

	static ChartsView of(List<ReportTemplateModel.Chart> charts, List<ObjectiveResult> slos) {
		Set<String> greenObjectives = new java.util.HashSet<>();
		if (slos != null) {
			slos.stream()
				.filter(s -> s.status() == Health.GREEN)
				.forEach(s -> greenObjectives.add(s.name() + "/" + s.objective()));
		}
		Map<String, List<ReportTemplateModel.Chart>> report = new LinkedHashMap<>();
		Map<String, List<ReportTemplateModel.Chart>> details = new LinkedHashMap<>();
		for (ReportTemplateModel.Chart chart : charts) {
			boolean detail = DETAIL_SECTIONS.contains(chart.section())
					|| ("slos".equals(chart.section()) && greenObjectives.contains(chart.subject()));
			(detail ? details : report).computeIfAbsent(chart.section(), k -> new ArrayList<>()).add(chart);
		}
		return new ChartsView(freeze(report), freeze(details));
	}

	/** The report's charts of a section, empty when it has none. */
	public List<ReportTemplateModel.Chart> inReport(String section) {
		return this.report.getOrDefault(section, List.of());
	}

	/** The detail page's charts of a section, empty when it has none. */
	public List<ReportTemplateModel.Chart> inDetails(String section) {
		return this.details.getOrDefault(section, List.of());
	}

	private static Map<String, List<ReportTemplateModel.Chart>> freeze(Map<String, List<ReportTemplateModel.Chart>> charts) {
		Map<String, List<ReportTemplateModel.Chart>> frozen = new LinkedHashMap<>();
		charts.forEach((section, list) -> frozen.put(section, List.copyOf(list)));
		return java.util.Collections.unmodifiableMap(frozen);
	}

}
