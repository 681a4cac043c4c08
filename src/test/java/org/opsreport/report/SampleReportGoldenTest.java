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

	/**
	 * The forecasts section's line on the intervals, from a stored section {@code intervalCalibration} with
	 * hand-made nights (those of IntervalsHeldTest, coverage hand-computed there): pooled figures, the bands, the
	 * shortfalls and tonight's multipliers, every number from the record; then a store's first night (no nights
	 * scored yet) and the calibration switched off. The sample day itself predates the section: its golden files
	 * say "not recorded".
	 */
	@Test
	void theIntervalLineSaysHowTheLastNightsHeldAndWhatTonightChanged() throws IOException {
		storeFixture();
		// the sample day was stored before the section existed: not recorded, never recomputed or guessed
		assertThat(Files.readString(this.renderer.render(DATE).resolve("report.md")))
			.contains("Intervals: how the last nights' intervals held was not recorded for this day.");
		this.sections.save(DATE, "intervalCalibration", org.opsreport.forecast.IntervalsHeld.of(DATE, 14, List.of(
				night(DATE.minusDays(2), 0, 80, 100, 15, 0.2, 1), night(DATE.minusDays(2), 0, 95, 100, 4, 0.05, 1),
				night(DATE.minusDays(2), 1, 80, 200, 50, 0.2, 1), night(DATE.minusDays(2), 1, 95, 200, 16, 0.05, 1),
				night(DATE.minusDays(1), 0, 80, 300, 45, 0.2, 1), night(DATE.minusDays(1), 0, 95, 300, 12, 0.05, 1),
				night(DATE.minusDays(1), 1, 80, 100, 22, 0.2, 1), night(DATE.minusDays(1), 1, 95, 100, 9, 0.05, 1),
				night(DATE.minusDays(1), 2, 80, 150, 40, 0.2, 1), night(DATE.minusDays(1), 2, 95, 150, 15, 0.05, 1),
				night(DATE, 0, 80, 0, 0, 0.19, 1.05), night(DATE, 0, 95, 0, 0, 0.045, 1.325),
				night(DATE, 1, 80, 100, 23, 0.21, 0.975), night(DATE, 1, 95, 100, 6, 0.049, 1.775),
				night(DATE, 2, 80, 50, 30, 0.18, 1.575), night(DATE, 2, 95, 50, 10, 0.0125, 3.0))));
		Path folder = this.renderer.render(DATE);
		// shortfalls carry one decimal: 91.6 % is more than 3 points short of 95 % but would read "92%" rounded
		String line = "Intervals: over the last 14 nights (3 scored) the 80% / 95% intervals held 78% / 93% of 1,000 "
				+ "recorded values (first 6 h 85 / 96, 6-24 h 76 / 92, beyond 24 h 65 / 88); more than 3 points short of "
				+ "nominal: 80% 6-24 h (76.2%), 80% beyond 24 h (65.0%), 95% beyond 24 h (87.5%). Tonight's intervals are widened "
				+ "×1.05 (80% first 6 h), ×1.325 (95% first 6 h), ×1.775 (95% 6-24 h), ×1.575 (80% beyond 24 h), ×3.0 (95% "
				+ "beyond 24 h) and narrowed ×0.975 (80% 6-24 h).";
		assertThat(Files.readString(folder.resolve("report.md"))).contains(line);
		assertThat(Files.readString(folder.resolve("report.html"))).contains(line);
		assertThat(Files.readString(folder.resolve("details.md")))
			.contains("| Horizon | Values | Nights | 80% held | 95% held | Tonight 80% | Tonight 95% |")
			.contains("| First 6 h | 400 | 2 | 85.0% | 96.0% | ×1.05 at 81% | ×1.325 at 95.5% |")
			// 76.25 % and 92.25 % are shown half-even (DecimalFormat), as every percentage of the report
			.contains("| 6-24 h | 400 | 3 | 76.2% short | 92.2% | ×0.975 at 79% | ×1.775 at 95.1% |")
			.contains("| Beyond 24 h | 200 | 2 | 65.0% short | 87.5% short | ×1.575 at 82% | ×3.0 at 98.8% |");
		// the mail names the pooled figures and the shortfalls (the capacity plan's upper 80 % bound), not the bands
		String mailLine = "Intervals (the capacity plan uses the upper 80% bound): over the last 14 nights the 80% / 95% "
				+ "intervals held 78% / 93% of 1,000 recorded values; more than 3 points short of nominal: 80% 6-24 h "
				+ "(76.2%), 80% beyond 24 h (65.0%), 95% beyond 24 h (87.5%).";
		assertThat(Files.readString(folder.resolve("mail.md"))).contains(mailLine);
		assertThat(Files.readString(folder.resolve("mail.html"))).contains(mailLine);
		for (String file : List.of("report.html", "report.md", "details.html", "details.md", "mail.html", "mail.md")) {
			assertThat(templateLeaks(Files.readString(folder.resolve(file)))).as(file).isEmpty();
		}

		this.sections.save(DATE, "intervalCalibration", org.opsreport.forecast.IntervalsHeld.of(DATE, 14,
				List.of(night(DATE, 0, 80, 0, 0, 0.2, 1), night(DATE, 0, 95, 0, 0, 0.05, 1))));
		folder = this.renderer.render(DATE);
		assertThat(Files.readString(folder.resolve("report.md"))).contains("Intervals: no nights scored yet: a night's "
				+ "intervals are scored once the values they forecast are recorded, so tonight's are the series' own.");
		// nothing scored yet: the mail stays silent on intervals
		assertThat(Files.readString(folder.resolve("mail.md"))).doesNotContain("Intervals (the capacity plan");

		this.sections.save(DATE, "intervalCalibration", org.opsreport.forecast.IntervalsHeld.off(DATE, 14));
		folder = this.renderer.render(DATE);
		assertThat(Files.readString(folder.resolve("report.html"))).contains("Intervals: the calibration across nights is "
				+ "off (opsreport.forecast.calibration.enabled); every series keeps its own intervals.");
	}

	static org.opsreport.forecast.IntervalsHeld.Night night(LocalDate date, int band, int level, long scored, long missed,
			double alpha, double multiplier) {
		return new org.opsreport.forecast.IntervalsHeld.Night(date, band, level, scored, missed, alpha, multiplier);
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
