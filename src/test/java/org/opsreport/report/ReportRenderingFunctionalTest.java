package org.opsreport.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsreport.job.FixtureWorkspace;
import org.opsreport.store.ReportSections;
import org.opsreport.summary.SummaryBuilder;
import org.opsreport.job.TestDatabase;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report job on stored sections shaped like every feature's: charts on disk and in both
 * documents, the summary on top, e-mail-safe HTML, intact GFM tables, the archive index.
 */
@SpringBootTest
class ReportRenderingFunctionalTest {

	@TempDir
	static Path workspace;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		FixtureWorkspace.register(registry, workspace);
		TestDatabase.register(registry, "report_rendering");
	}

	@Autowired
	JobOperator jobOperator;

	@Autowired
	@Qualifier("report")
	Job report;

	@Autowired
	ReportSections sections;

	static long runs;

	BatchStatus render(LocalDate date) throws Exception {
		return this.jobOperator.start(this.report,
				new JobParametersBuilder().addLocalDate("date", date).addLong("rerun", runs++).toJobParameters()).getStatus();
	}

	void store(LocalDate date, JsonNode document, boolean withSummary) {
		document.properties().forEach(e -> this.sections.save(date, e.getKey(), ReportSections.upgrade(e.getKey(), 1, e.getValue())));
		if (withSummary) {
			this.sections.save(date, "summary", org.opsreport.summary.Summaries.of(this.sections, date));
		}
	}

	static List<String> charts(Path folder) throws IOException {
		if (!Files.isDirectory(folder.resolve("charts"))) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder.resolve("charts"))) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void rendersChartsSummaryAndEmailSafeDocuments() throws Exception {
		LocalDate date = LocalDate.parse("2026-11-24");
		store(date, DeliveryFixture.document(), true);
		assertThat(render(date)).isEqualTo(BatchStatus.COMPLETED);
		Path folder = workspace.resolve("reports/2026-11-24");
		List<String> charts = charts(folder);
		assertThat(charts).containsExactly("burndown-checkout-availability.png", "burndown-search-latency.png",
				"forecast-checkout-request-rate.png", "incidents-per-week.png", "scaling-checkout.png");
		for (String chart : charts) {
			var image = ImageIO.read(folder.resolve("charts").resolve(chart).toFile());
			assertThat(image.getWidth()).isEqualTo(720);
			assertThat(image.getHeight()).isEqualTo(300);
		}
		assertThat(Files.list(folder.resolve("charts")).filter(f -> f.getFileName().toString().endsWith(".tmp"))).isEmpty();

		String html = Files.readString(folder.resolve("report.html"));
		String markdown = Files.readString(folder.resolve("report.md"));
		// a directive inside a macro's string argument is not evaluated: it would show, escaped, on the page
		assertThat(html).doesNotContain("&lt;#").doesNotContain("&lt;/#").doesNotContain("&lt;@");
		// every chart is shown once: in the report when a reader of the day needs it, else on the detail page
		String details = Files.readString(folder.resolve("details.html"));
		String detailsMarkdown = Files.readString(folder.resolve("details.md"));
		for (String chart : charts) {
			assertThat(html + details).containsOnlyOnce("<img src=\"charts/" + chart + "\"");
			assertThat(markdown + detailsMarkdown).containsPattern("!\\[[^\\]]+\\]\\(charts/" + chart.replace(".", "\\.") + "\\)");
		}
		// the red objective's burndown and the incidents in the report; forecasts, the scaling replay and the
		// green objective's burndown on the detail page, which the sections link to
		assertThat(html).contains("charts/burndown-checkout-availability.png").contains("charts/incidents-per-week.png")
			.doesNotContain("charts/burndown-search-latency.png").doesNotContain("charts/forecast-checkout-request-rate.png")
			.doesNotContain("charts/scaling-checkout.png")
			.contains("<a href=\"details.html#scaling\">").contains("<a href=\"details.html#forecasts\">");
		assertThat(details).contains("charts/burndown-search-latency.png").contains("charts/forecast-checkout-request-rate.png")
			.contains("charts/scaling-checkout.png").contains("<a href=\"report.html\">");
		assertThat(markdown).contains("(details.md#scaling--details)").doesNotContain("charts/scaling-checkout.png");
		assertThat(detailsMarkdown).contains("## Forecasts — details").contains("## Scaling — details")
			.contains("charts/scaling-checkout.png");
		assertThat(details).contains("id=\"scaling\"");
		assertThat(EmailSafeOutput.pageProblems(details)).isEmpty();
		assertThat(EmailSafeOutput.markdownTableProblems(detailsMarkdown)).isEmpty();
		// the summary comes first, before every other section
		assertThat(html.indexOf("id=\"summary\"")).isPositive().isLessThan(html.indexOf("id=\"today\""));
		assertThat(markdown.indexOf("## Summary")).isPositive().isLessThan(markdown.indexOf("## Incidents on"));
		assertThat(html).contains("3 SLOs: 1 red, 1 amber; 1 open incident (SEV2)")
			.contains("up to 8 instances at 14:00 UTC (7 in that hour today)")
			.contains("Write the postmortem of SEV1 INC-7");
		assertThat(markdown).contains("| checkout | red | -12.5% (checkout-availability) | 1 / 4 | scale up: up to 8 instances at 14:00 UTC (7 in that hour today) |");

		assertThat(EmailSafeOutput.pageProblems(html)).isEmpty();
		assertThat(EmailSafeOutput.markdownTableProblems(markdown)).isEmpty();
		// the fixture's incident title carries a pipe and HTML: escaped in both
		assertThat(html).contains("&lt;b&gt;bold&lt;/b&gt;");
		assertThat(markdown).contains("Checkout 5xx after deploy \\| \\<b\\>bold\\</b\\>");

		// the e-mail digest from the same model: e-mail safe, intact tables, escaped, the key charts only
		String mail = Files.readString(folder.resolve("mail.html"));
		String mailText = Files.readString(folder.resolve("mail.md"));
		assertThat(EmailSafeOutput.htmlProblems(mail)).isEmpty();
		assertThat(EmailSafeOutput.markdownTableProblems(mailText)).isEmpty();
		assertThat(mail).contains("3 SLOs: 1 red, 1 amber; 1 open incident (SEV2)")
			.contains("&lt;b&gt;bold&lt;/b&gt;")
			.contains("<img src=\"charts/burndown-checkout-availability.png\"")
			.contains("<img src=\"charts/incidents-per-week.png\"")
			.doesNotContain("burndown-search-latency.png")
			.doesNotContain("forecast-checkout-request-rate.png");
		assertThat(mailText).contains("| checkout | red | -12.5% (checkout-availability) | 1 / 4 | scale up: up to 8 instances at 14:00 UTC (7 in that hour today) |")
			.contains("Checkout 5xx after deploy \\| \\<b\\>bold\\</b\\>")
			.doesNotContain("![");
	}

	@Test
	void drawsOnlyTheChartsWhoseDataExistsAndRemovesStaleOnes() throws Exception {
		LocalDate date = LocalDate.parse("2026-11-20");
		store(date, DeliveryFixture.document(), false);
		assertThat(render(date)).isEqualTo(BatchStatus.COMPLETED);
		Path folder = workspace.resolve("reports/2026-11-20");
		assertThat(charts(folder)).hasSize(5);

		ObjectNode less = (ObjectNode) DeliveryFixture.document();
		((ObjectNode) less.get("incidents")).remove("weeklyCounts");
		less.remove("forecasts");
		this.sections.save(date, "incidents", less.get("incidents"));
		this.sections.save(date, "forecasts", List.of());
		assertThat(render(date)).isEqualTo(BatchStatus.COMPLETED);
		assertThat(charts(folder)).containsExactly("burndown-checkout-availability.png", "burndown-search-latency.png",
				"scaling-checkout.png");
		String html = Files.readString(folder.resolve("report.html"));
		assertThat(html).doesNotContain("incidents-per-week.png").doesNotContain("forecast-checkout");
		assertThat(EmailSafeOutput.pageProblems(html)).isEmpty();
		assertThat(EmailSafeOutput.markdownTableProblems(Files.readString(folder.resolve("report.md")))).isEmpty();
	}

	@Test
	void aReportWithoutAnyChartDataHasNoChartsFolderContent() throws Exception {
		LocalDate date = LocalDate.parse("2026-11-10");
		ObjectNode only = (ObjectNode) DeliveryFixture.document();
		only.retain("today");
		store(date, only, true);
		assertThat(render(date)).isEqualTo(BatchStatus.COMPLETED);
		Path folder = workspace.resolve("reports/2026-11-10");
		assertThat(charts(folder)).isEmpty();
		String html = Files.readString(folder.resolve("report.html"));
		assertThat(html).doesNotContain("<img");
		assertThat(html).contains("No service has SLO, incident or capacity results for this day.")
			.contains("no SLO results; no incident results");
		// the digest of a report with one section says so too, without the sections it lacks
		String mail = Files.readString(folder.resolve("mail.html"));
		assertThat(mail).contains("no SLO results; no incident results").doesNotContain("id=\"slos\"").doesNotContain("<img");
		assertThat(EmailSafeOutput.htmlProblems(mail)).isEmpty();
		assertThat(EmailSafeOutput.markdownTableProblems(Files.readString(folder.resolve("report.md")))).isEmpty();
	}

	@Test
	void theIndexListsEveryStoredDateWithItsHeadline() throws Exception {
		LocalDate withSummary = LocalDate.parse("2026-11-05");
		LocalDate withoutSummary = LocalDate.parse("2026-11-04");
		store(withSummary, DeliveryFixture.document(), true);
		store(withoutSummary, DeliveryFixture.document(), false);
		assertThat(render(withoutSummary)).isEqualTo(BatchStatus.COMPLETED);
		assertThat(render(withSummary)).isEqualTo(BatchStatus.COMPLETED);
		String index = Files.readString(workspace.resolve("reports/index.html"));
		assertThat(EmailSafeOutput.pageProblems(index)).isEmpty();
		// newest first; the other tests' dates are stored in the same store and listed too
		assertThat(index.indexOf("2026-11-05")).isLessThan(index.indexOf("2026-11-04"));
		assertThat(index).contains("<a href=\"2026-11-05/report.html\"").contains("<a href=\"2026-11-04/report.json\"")
			.contains("<a href=\"2026-11-05/details.html\"");
		String row = index.substring(index.indexOf("2026-11-05/report.html"), index.indexOf("2026-11-04/report.html"));
		assertThat(row).contains(">red<").contains("1 / 1 / 1").contains("3 SLOs: 1 red, 1 amber; 1 open incident (SEV2)");
		String older = index.substring(index.indexOf("2026-11-04/report.html"));
		older = older.substring(0, older.indexOf("</tr>"));
		// no summary stored: the index summarizes the typed sections by the same rules (HealthRules)
		assertThat(older).contains(">red<").contains("1 / 1 / 1").containsPattern(">1</td>");
	}

}
