package org.opsreport.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import org.opsreport.OpsReportProperties;
import org.opsreport.output.AtomicFiles;
import org.opsreport.health.Health;
import org.opsreport.store.ReportSections;
import org.opsreport.incident.IncidentReport;
import org.opsreport.dashboard.SreDashboard;
import org.opsreport.scaling.PerformanceReport;
import org.opsreport.scaling.ScalingReport;
import org.opsreport.slo.ObjectiveResult;
import org.opsreport.summary.Summary;
import org.opsreport.summary.SummaryBuilder;


import org.springframework.stereotype.Component;

/**
 * The archive page {@code reports/index.html}: every stored report date, newest first, with its
 * headline numbers (status, SLOs red/amber/green, open incidents) and links to its files. Rewritten
 * after each rendering, so it always lists what the store holds.
 */
@Component
class ReportIndex {

	static final String TEMPLATE = "index.html.ftlh";

	private final ReportSections sections;

	private final Configuration templates;

	private final OpsReportProperties properties;

	private final Clock clock;

	ReportIndex(ReportSections sections, Configuration templates, OpsReportProperties properties, Clock clock) {
		this.sections = sections;
		this.templates = templates;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * One report date of the archive.
	 *
	 * @param status the day's {@link Health} label, as the summary's headline says ({@code unknown} without a summary)
	 * @param headline the summary sentence, empty when the date has no summary
	 * @param red SLOs red ({@code null} without SLO results), likewise amber and green
	 * @param openIncidents incidents open at the end of the date ({@code null} without incident results)
	 * @param files links relative to the output folder, by label (html, md, json, details: the detail page), for files on disk
	 */
	public record Entry(String date, String status, String headline, Integer red, Integer amber, Integer green,
			Integer openIncidents, Map<String, String> files) {
	}

	/** Writes {@code index.html} in the output folder; returns its path. */
	public Path write() {
		List<Entry> entries = entries();
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("entries", entries);
		model.put("generatedAt", this.clock.instant().toString());
		Path target = this.properties.outputDir().resolve("index.html");
		try {
			StringWriter out = new StringWriter();
			this.templates.getTemplate(TEMPLATE).process(model, out);
			AtomicFiles.write(target, out.toString());
		}
		catch (IOException | TemplateException ex) {
			throw new IllegalStateException("Cannot render " + TEMPLATE + ": " + ex.getMessage(), ex);
		}
		return target;
	}

	List<Entry> entries() {
		List<Entry> entries = new ArrayList<>();
		for (LocalDate date : this.sections.between(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))) {
			entries.add(entry(date));
		}
		entries.sort(Comparator.comparing(Entry::date).reversed());
		return entries;
	}

	private Entry entry(LocalDate date) {
		// a date stored before the summary step existed: summarize its typed sections now
		Summary summary = this.sections.load(date, "summary", Summary.class).orElseGet(() -> {
			List<String> names = this.sections.names(date);
			if (!names.contains("slos") && !names.contains("incidents")) {
				return null;
			}
			return SummaryBuilder.build(this.sections.loadList(date, "slos", ObjectiveResult.class).orElse(null),
					this.sections.load(date, "incidents", IncidentReport.class).orElse(null),
					this.sections.load(date, "scaling", ScalingReport.class).orElse(null),
					this.sections.load(date, "performance", PerformanceReport.class).orElse(null),
					this.sections.load(date, "dashboard", SreDashboard.class).orElse(null));
		});
		String status = Health.UNKNOWN.label();
		String headline = "";
		Integer red = null;
		Integer amber = null;
		Integer green = null;
		Integer open = null;
		if (summary != null) {
			status = summary.headline().status().label();
			headline = summary.headline().text();
			red = summary.sloCounts().red();
			amber = summary.sloCounts().amber();
			green = summary.sloCounts().green();
			open = summary.openIncidents();
		}
		Map<String, String> files = new LinkedHashMap<>();
		Path folder = this.properties.outputDir().resolve(date.toString());
		for (String kind : List.of("html", "md", "json")) {
			if (Files.isRegularFile(folder.resolve("report." + kind))) {
				files.put(kind, date + "/report." + kind);
			}
		}
		if (Files.isRegularFile(folder.resolve("details.html"))) {
			files.put("details", date + "/details.html");
		}
		return new Entry(date.toString(), status, headline, red, amber, green, open, files);
	}

}
