package org.opsreport.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import org.opsreport.OpsReportProperties;
import org.opsreport.output.AtomicFiles;
import org.opsreport.report.chart.ChartImage;
import org.opsreport.report.chart.ReportCharts;
import org.opsreport.store.ReportSections;

import org.springframework.beans.factory.ObjectProvider;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Renders a report date from its stored sections: one typed {@link ReportModel} feeds report.json
 * (Jackson), report.html and report.md, the detail page details.html and details.md (the long tables
 * and charts the report links to) (FreeMarker, through {@link ReportTemplateModel}) and the charts
 * ({@code charts/*.png}, JFreeChart). Each file is written
 * atomically; report.html is written last, so a report.html on disk always belongs to a complete
 * report.
 */
@Component
public class ReportRenderer {

	static final String HTML_TEMPLATE = "report.html.ftlh";

	static final String MARKDOWN_TEMPLATE = "report.md.ftl";

	static final String DETAILS_HTML_TEMPLATE = "details.html.ftlh";

	static final String DETAILS_MARKDOWN_TEMPLATE = "details.md.ftl";

	private final ReportSections sections;

	private final Configuration templates;

	private final JsonMapper json;

	private final OpsReportProperties properties;

	private final Clock clock;

	private final ObjectProvider<ReportVariant> variants;

	ReportRenderer(ReportSections sections, Configuration templates, JsonMapper json, OpsReportProperties properties,
			Clock clock, ObjectProvider<ReportVariant> variants) {
		this.sections = sections;
		this.variants = variants;
		this.templates = templates;
		this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
		this.properties = properties;
		this.clock = clock;
	}

	/** Renders the report of {@code date}; returns its folder. */
	public Path render(LocalDate date) {
		ReportModel report = ReportModel.load(this.sections, date, this.clock.instant());
		if (report.isEmpty()) {
			throw new IllegalStateException("no stored results for " + date + ": run the nightly job for that date first");
		}
		Path folder = this.properties.outputDir().resolve(date.toString());
		// render everything before writing anything: a template error leaves the previous report whole
		List<ChartImage> images = ReportCharts.draw(report);
		Map<String, Object> model = ReportTemplateModel.of(report, images);
		String reportJson = this.json.writeValueAsString(report) + "\n";
		String markdown = process(MARKDOWN_TEMPLATE, model);
		String html = process(HTML_TEMPLATE, model);
		// the long tables and charts a reader of the day does not need, linked from their sections
		String detailsMarkdown = process(DETAILS_MARKDOWN_TEMPLATE, model);
		String detailsHtml = process(DETAILS_HTML_TEMPLATE, model);
		Map<Path, String> variantFiles = renderVariants(date, folder, model);
		writeCharts(folder.resolve("charts"), images);
		AtomicFiles.write(folder.resolve("report.json"), reportJson);
		AtomicFiles.write(folder.resolve("report.md"), markdown);
		AtomicFiles.write(folder.resolve("details.md"), detailsMarkdown);
		AtomicFiles.write(folder.resolve("details.html"), detailsHtml);
		variantFiles.forEach(AtomicFiles::write);
		AtomicFiles.write(folder.resolve("report.html"), html);
		return folder;
	}

	/** Each variant's templates over the report model plus the variant's own entries. */
	private Map<Path, String> renderVariants(LocalDate date, Path folder, Map<String, Object> model) {
		Map<Path, String> files = new LinkedHashMap<>();
		for (ReportVariant variant : this.variants.orderedStream().toList()) {
			Map<String, Object> variantModel = new LinkedHashMap<>(model);
			variant.model(date, folder).forEach((name, value) -> {
				if (variantModel.putIfAbsent(name, value) != null) {
					throw new IllegalStateException("report variant " + variant.getClass().getSimpleName()
							+ " may not replace the report model's \"" + name + "\"");
				}
			});
			variant.files().forEach((template, file) -> files.put(folder.resolve(file), process(template, variantModel)));
		}
		return files;
	}

	/**
	 * Writes the charts (atomically) and removes charts of an earlier rendering that this one no
	 * longer draws, so the folder holds exactly what the report shows.
	 */
	private static void writeCharts(Path folder, List<ChartImage> charts) {
		Set<String> written = new HashSet<>();
		for (ChartImage chart : charts) {
			AtomicFiles.write(folder.resolve(chart.name()), chart.png());
			written.add(chart.name());
		}
		if (Files.isDirectory(folder)) {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path stale : files.filter(f -> f.getFileName().toString().endsWith(".png"))
					.filter(f -> !written.contains(f.getFileName().toString()))
					.toList()) {
					Files.deleteIfExists(stale);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot clean " + folder, ex);
			}
		}
	}

	private String process(String template, Map<String, Object> model) {
		try {
			StringWriter out = new StringWriter();
			this.templates.getTemplate(template).process(model, out);
			return out.toString();
		}
		catch (IOException | TemplateException ex) {
			throw new IllegalStateException("Cannot render " + template + ": " + ex.getMessage(), ex);
		}
	}

}
