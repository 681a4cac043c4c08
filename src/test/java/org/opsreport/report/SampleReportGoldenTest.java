package org.opsreport.report;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsreport.job.FixtureWorkspace;
import org.opsreport.job.TestDatabase;
import org.opsreport.store.ReportSections;
import org.opsreport.summary.Summaries;
import org.opsreport.summary.Summary;
import org.opsreport.summary.SummaryBuilder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample report, golden files: the stored sections of the sample day 2026-11-24 as the nightly
 * job wrote them (src/test/resources/fixtures/sample-day/sections, one file per stored
 * {@code report_section} body, recorded from the main branch before the typed report model) are
 * rendered and every output is compared with src/test/resources/golden/sample-day: report.json,
 * report.html, report.md, details.html, details.md, mail.html, mail.md and the list of charts.
 * <p>
 * This is both the "older stored day still renders" test (the fixture predates {@code schemaVersion})
 * and the guard against unintended changes of the report. After an intentional change, re-record with
 * {@code -Dopsreport.golden.record=true} and review the diff of the golden files before committing it.
 * The clock is fixed; the mail's host name and the absolute path of the report folder are replaced by
 * placeholders.
 */
@SpringBootTest
class SampleReportGoldenTest {

	static final LocalDate DATE = LocalDate.parse("2026-11-24");

	static final Path SECTIONS = Path.of("src/test/resources/fixtures/sample-day/sections");

	static final Path GOLDEN = Path.of("src/test/resources/golden/sample-day");

	static final List<String> FILES = List.of("report.json", "report.html", "report.md", "details.html", "details.md",
			"mail.html", "mail.md");

	@TempDir
	static Path workspace;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		FixtureWorkspace.register(registry, workspace);
		TestDatabase.register(registry, "sample_golden");
	}

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		Clock goldenClock() {
			return Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneOffset.UTC);
		}

	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportRenderer renderer;

	@Autowired
	ReportIndex index;

	@Autowired
	ReportSections sections;

	@Test
	void theSampleDayRendersAsRecorded() throws IOException {
		storeFixture();
		Path folder = this.renderer.render(DATE);
		boolean record = Boolean.getBoolean("opsreport.golden.record");
		if (record) {
			Files.createDirectories(GOLDEN);
		}
		String folderPath = folder.toAbsolutePath().normalize().toString();
		String host = InetAddress.getLocalHost().getHostName();
		for (String file : FILES) {
			String actual = normalize(Files.readString(folder.resolve(file)), folderPath, host);
			if (record) {
				Files.writeString(GOLDEN.resolve(file), actual);
			}
			else {
				assertThat(actual).as(file + " differs from " + GOLDEN.resolve(file)
						+ " (re-record with -Dopsreport.golden.record=true after an intentional change)")
					.isEqualTo(Files.readString(GOLDEN.resolve(file)));
			}
		}
		String charts = String.join("\n", charts(folder.resolve("charts"))) + "\n";
		if (record) {
			Files.writeString(GOLDEN.resolve("charts.txt"), charts);
		}
		else {
			assertThat(charts).isEqualTo(Files.readString(GOLDEN.resolve("charts.txt")));
		}
	}

	/**
	 * Every template (report.html, report.md, mail.html, mail.md and the archive index.html) rendered on
	 * the full model of the sample day shows only formatted values: no template syntax (a directive or
	 * interpolation inside a string argument is printed, not run), no {@code null}, {@code NaN} or
	 * {@code Infinity}.
	 */
	@Test
	void everyTemplateFormatsCompletely() throws IOException {
		storeFixture();
		// today's summary (headline services, owners, first action) rather than the stored older one
		Summary summary = Summaries.of(this.sections, DATE);
		this.sections.save(DATE, "summary", SummaryBuilder.build(
				this.sections.loadList(DATE, "slos", org.opsreport.slo.ObjectiveResult.class).orElse(null),
				this.sections.load(DATE, "incidents", org.opsreport.incident.IncidentReport.class).orElse(null),
				this.sections.load(DATE, "scaling", org.opsreport.scaling.ScalingReport.class).orElse(null),
				this.sections.load(DATE, "performance", org.opsreport.scaling.PerformanceReport.class).orElse(null),
				this.sections.load(DATE, "dashboard", org.opsreport.dashboard.SreDashboard.class).orElse(null),
				service -> "team-" + service));
		assertThat(summary.headline().services()).isNotEmpty();
		Path folder = this.renderer.render(DATE);
		String html = Files.readString(folder.resolve("report.html"));
		assertThat(html).contains("First action").contains("team-payments");
		// report.html is read in a browser: one stylesheet, class names, under 150 KB (the long tables are on
		// the detail page); mail.html is
		// the mailed body: inline styles only (a client that drops <style> still shows it), under Gmail's
		// 102 KB clipping limit
		assertThat(html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(150_000);
		assertThat(EmailSafeOutput.pageProblems(html)).isEmpty();
		assertThat(EmailSafeOutput.pageProblems(Files.readString(folder.resolve("details.html")))).isEmpty();
		String mail = Files.readString(folder.resolve("mail.html"));
		assertThat(mail.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(102_000);
		assertThat(EmailSafeOutput.htmlProblems(mail)).isEmpty();
		Path index = this.index.write();
		for (Path file : List.of(folder.resolve("report.html"), folder.resolve("report.md"), folder.resolve("details.html"),
				folder.resolve("details.md"), folder.resolve("mail.html"), folder.resolve("mail.md"), index)) {
			assertThat(templateLeaks(Files.readString(file))).as(file.getFileName().toString()).isEmpty();
		}
	}

	/** What a template should never leave in its output, each with its context. */
	static List<String> templateLeaks(String text) {
		List<String> leaks = new java.util.ArrayList<>();
		java.util.regex.Matcher m = java.util.regex.Pattern
			.compile("<#|</#|\\$\\{|<@|</@|\\bnull\\b|\\bNaN\\b|\\bInfinity\\b|\\?c\\b").matcher(text);
		while (m.find()) {
			leaks.add(text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40)));
		}
		return leaks;
	}

	@Test
	void theLeakCheckFindsTemplateSyntaxAndMissingNumbers() {
		assertThat(templateLeaks("<p>ok 12.5%</p>")).isEmpty();
		assertThat(templateLeaks("<p><#if x>y</#if></p>")).hasSize(2);
		assertThat(templateLeaks("budget ${x} left")).hasSize(1);
		assertThat(templateLeaks("<@l.note/>, null, NaN, Infinity")).hasSize(4);
	}

	/** Inserts each fixture file as stored text, untouched by today's serialization. */
	void storeFixture() throws IOException {
		this.jdbc.sql("DELETE FROM report_section WHERE report_date = ?").param(DATE).update();
		try (Stream<Path> files = Files.list(SECTIONS)) {
			for (Path file : files.sorted().toList()) {
				String name = file.getFileName().toString().replaceFirst("\\.json$", "");
				this.jdbc.sql("INSERT INTO report_section (report_date, section_name, body) VALUES (?, ?, ?)")
					.params(DATE, name, Files.readString(file))
					.update();
			}
		}
	}

	static String normalize(String text, String folder, String host) {
		String placeheld = text.replace(folder, "<report-folder>");
		return placeheld.replace("on " + host + " at <report-folder>", "on <host> at <report-folder>");
	}

	static List<String> charts(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

}
