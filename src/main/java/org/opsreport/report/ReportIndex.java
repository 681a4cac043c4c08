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
import org.opsreport.store.ReportSections;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * The archive page {@code reports/index.html}: every stored report date, newest first, with its
 * headline numbers (status, SLOs red/amber/green, open incidents) and links to its files. Rewritten
 * after each rendering, so it always lists what the store holds.
 */
@Component
public class ReportIndex {

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
	 * @param status headline status ({@code red}, {@code amber}, {@code green}, {@code unknown})
	 * @param headline the summary sentence, empty when the date has no summary
	 * @param red SLOs red ({@code null} without SLO results), likewise amber and green
	 * @param openIncidents incidents open at the end of the date ({@code null} without incident results)
	 * @param files links relative to the output folder, by label (html, md, json), for files on disk
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
		JsonNode summary = this.sections.load(date, "summary", JsonNode.class).orElse(null);
		String status = "unknown";
		String headline = "";
		Integer red = null;
		Integer amber = null;
		Integer green = null;
		Integer open = null;
		if (summary != null) {
			JsonNode head = summary.get("headline");
			status = Json.text(head, "status") == null ? status : Json.text(head, "status");
			headline = Json.text(head, "text") == null ? "" : Json.text(head, "text");
			JsonNode counts = summary.get("sloCounts");
			if (counts != null && Json.number(counts, "red") != null) {
				red = Json.number(counts, "red").intValue();
				amber = Json.number(counts, "amber").intValue();
				green = Json.number(counts, "green").intValue();
			}
			Double openIncidents = Json.number(summary, "openIncidents");
			open = openIncidents == null ? null : openIncidents.intValue();
		}
		else {
			// a date stored before the summary step existed: count from the sections themselves
			JsonNode slos = this.sections.load(date, "slos", JsonNode.class).orElse(null);
			if (slos != null && slos.isArray()) {
				red = count(slos, "red");
				amber = count(slos, "amber");
				green = count(slos, "green");
			}
			JsonNode incidents = this.sections.load(date, "incidents", JsonNode.class).orElse(null);
			if (incidents != null && incidents.has("open")) {
				open = Json.array(incidents.get("open")).size();
			}
		}
		Map<String, String> files = new LinkedHashMap<>();
		Path folder = this.properties.outputDir().resolve(date.toString());
		for (String kind : List.of("html", "md", "json")) {
			if (Files.isRegularFile(folder.resolve("report." + kind))) {
				files.put(kind, date + "/report." + kind);
			}
		}
		return new Entry(date.toString(), status, headline, red, amber, green, open, files);
	}

	private static int count(JsonNode slos, String status) {
		return (int) Json.array(slos).stream().filter(s -> status.equals(Json.text(s, "status"))).count();
	}

}
