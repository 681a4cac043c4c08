package org.opsreport.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsreport.job.FixtureWorkspace;
import org.opsreport.job.TestDatabase;
import org.opsreport.report.DeliveryFixture;
import org.opsreport.report.ReportRenderer;
import org.opsreport.incident.IncidentReport;
import org.opsreport.scaling.PerformanceReport;
import org.opsreport.scaling.ScalingReport;
import org.opsreport.slo.ObjectiveResult;
import org.opsreport.store.ReportSections;
import org.opsreport.summary.SummaryBuilder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Stable history through the store: the dashboard of 2026-11-24 takes the previous period's figures from what the
 * report of 2026-10-25 stored, not from a recomputation, says "not enough history" without that report, and shows
 * the burndown points late data changed (report.html and report.md).
 */
@SpringBootTest
class DashboardHistoryFunctionalTest {

	static final LocalDate DATE = LocalDate.parse("2026-11-24");

	static final LocalDate PREVIOUS = LocalDate.parse("2026-10-25");

	@TempDir
	static Path workspace;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		FixtureWorkspace.register(registry, workspace);
		TestDatabase.register(registry, "dashboard_history");
	}

	@Autowired
	DashboardService dashboard;

	@Autowired
	ReportSections sections;

	@Autowired
	ReportRenderer renderer;

	@Autowired
	JdbcClient jdbc;

	@Test
	void trendsCompareWithWhatThePreviousPeriodsReportSaid() throws Exception {
		this.jdbc.sql("DELETE FROM report_section").update();
		DeliveryFixture.save(this.sections, DATE);
		SreDashboard.ReliabilityTrends none = this.dashboard.evaluate(DATE).reliabilityTrends();
		// nothing stored for 2026-10-25: no baseline, although the incident table's previous window (5 incidents,
		// in the day's own incident section) would give one
		assertThat(none.incidentFrequency().direction()).isEqualTo("insufficient_data");
		assertThat(none.incidentFrequency().previous()).isNull();
		assertThat(none.previousReportDate()).isEqualTo(PREVIOUS);
		assertThat(none.previousIncidentsStored()).isFalse();

		// the report of 2026-10-25 as it was stored then: 4 incidents, MTTR 200 min, budgets 40 / 70 / 30 %
		JsonNode document = DeliveryFixture.document();
		ObjectNode incidents = (ObjectNode) ReportSections.upgrade("incidents", 1, document.get("incidents").deepCopy());
		incidents.put("total", 4);
		((ObjectNode) incidents.get("overall")).put("mttrMinutes", 200.0);
		JsonNode slos = ReportSections.upgrade("slos", 1, document.get("slos").deepCopy());
		Map<String, Double> then = Map.of("checkout-availability", 40.0, "search-latency", 70.0, "cart-availability", 30.0);
		for (JsonNode o : slos.values()) {
			((ObjectNode) o).put("budgetRemainingPercent", then.get(o.get("name").asString()));
		}
		this.sections.save(PREVIOUS, "incidents", incidents);
		this.sections.save(PREVIOUS, "slos", slos);

		SreDashboard later = this.dashboard.evaluate(DATE);
		SreDashboard.ReliabilityTrends trends = later.reliabilityTrends();
		assertThat(trends.previousIncidentsStored()).isTrue();
		assertThat(trends.previousSlosStored()).isTrue();
		// what 2026-10-25's report said, exactly
		assertThat(trends.incidentFrequency().previous()).isEqualTo(4.0);
		assertThat(trends.mttr().previous()).isEqualTo(200.0);
		assertThat(trends.errorBudget().previous()).isCloseTo((40.0 + 70.0 + 30.0) / 3, within(1e-9));
		// now: 6 incidents (+50%), MTTR 123.5 (-38%), budgets (-12.5 + 62 + 18) / 3 = 22.5 (-48%)
		assertThat(trends.incidentFrequency().direction()).isEqualTo("degrading");
		assertThat(trends.mttr().direction()).isEqualTo("improving");
		assertThat(trends.errorBudget().current()).isCloseTo(22.5, within(1e-9));
		assertThat(trends.errorBudget().direction()).isEqualTo("degrading");
	}

	@Test
	void lateDataIsShownWhereTheBurndownKeepsWhatThatDaySaid() throws Exception {
		this.jdbc.sql("DELETE FROM report_section").update();
		DeliveryFixture.save(this.sections, DATE);
		JsonNode slos = ReportSections.upgrade("slos", 1, DeliveryFixture.document().get("slos").deepCopy());
		for (JsonNode point : slos.get(0).get("burndown").values()) {
			if (point.get("date").asString().equals("2026-11-20")) {
				((ObjectNode) point).put("source", "snapshot");
				((ObjectNode) point).put("lateData", true);
				((ObjectNode) point).put("recomputedPercent", -10.0);
			}
		}
		((ObjectNode) slos.get(2)).put("statusReason", "budget left 18.0% < 50%");
		this.sections.save(DATE, "slos", slos);
		SreDashboard dashboard = this.dashboard.evaluate(DATE);
		this.sections.save(DATE, "summary", SummaryBuilder.build(DATE,
				this.sections.loadList(DATE, "slos", ObjectiveResult.class).orElseThrow(),
				this.sections.load(DATE, "incidents", IncidentReport.class).orElseThrow(),
				this.sections.load(DATE, "scaling", ScalingReport.class).orElse(null),
				this.sections.load(DATE, "performance", PerformanceReport.class).orElse(null), dashboard, null, null,
				service -> service.equals("checkout") ? "payments-platform" : null));
		assertThat(dashboard.lateData()).singleElement().satisfies(p -> {
			assertThat(p.slo()).isEqualTo("checkout-availability");
			assertThat(p.date()).isEqualTo(LocalDate.parse("2026-11-20"));
			assertThat(p.reportedPercent()).isEqualTo(4.09);
			assertThat(p.recomputedPercent()).isEqualTo(-10.0);
		});
		Path folder = this.renderer.render(DATE);
		for (String file : new String[] { "report.html", "report.md" }) {
			assertThat(Files.readString(folder.resolve(file))).contains(
					"2026-11-20: late data changed this point: was 4.1% in that day's report, -10.0% with the data stored now",
					"Not enough history: no report is stored for 2026-10-25");
		}
		// the summary's due dates, owners and status reasons, in the report and the mail (HTML and Markdown)
		for (String file : new String[] { "report.html", "report.md", "mail.html", "mail.md" }) {
			boolean html = file.endsWith(".html");
			// auto-escaped: HTML entities, Markdown backslashes
			String lt = html ? "&lt;" : "\\<";
			String apostrophe = html ? "&#39;" : "'";
			assertThat(Files.readString(folder.resolve(file))).as(file).contains("overdue since 2026-11-22 00:00 UTC",
					"(error budget spent)", "due by 2026-11-27 00:00 UTC", "owner: payments-platform",
					"owner unknown (INC-7" + apostrophe + "s services were not recorded on this day)",
					"cart-availability: budget left 18.0% " + lt + " 50%");
		}
	}

}
