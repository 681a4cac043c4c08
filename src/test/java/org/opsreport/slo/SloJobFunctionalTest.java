package org.opsreport.slo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsreport.job.FixtureWorkspace;
import org.opsreport.job.FunctionalTestSupport;
import org.opsreport.job.TestDatabase;

import tools.jackson.databind.JsonNode;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Runs the nightly job on the {@code slo} fixture and checks report.json {@code slos} and the rendered section.
 * <p>
 * Data (generated below): 2026-11-01 to 2026-11-03, every 5 minutes (864 samples per series). Report date
 * 2026-11-03, so {@code end = 2026-11-04T00:00Z}.
 * <ul>
 * <li>alpha: 100 requests per sample; 50 fail per sample on 11-03 from 10:00 to 12:00 (24 samples, 1200 bad).
 * SLO alpha-availability: Occurrences, 99%, rolling 7d (data covers 3 days): 86400 events, budget 864 bad
 * events, consumed 1200 = 138.89% (remaining -38.89%); SLI 85200/86400 = 0.986111; burn 1d = 1200/28800/0.01
 * = 4.1667, 3d = window = 1200/86400/0.01 = 1.3889. Factors for 7d: 0.02x168 = 3.36, 0.05x168/6 = 1.4,
 * 0.1x168/24 = 0.7, 0.1x168/72 = 0.2333. INC-1 (alpha, 09:55-12:10, no postmortem) spent all 1200.</li>
 * <li>beta: avg_response_time_ms 500 (bad) on 11-02 12:00-13:00 (12 slices) and 11-03 14:00-16:00 (24 slices),
 * 200 otherwise. SLO beta-latency: Timeslices under 300 ms, 95%, rolling 3d = 4320 min: budget 216 min,
 * consumed 36 x 5 = 180 min (remaining 16.67%), SLI 828/864; burn 1d = (24/288)/0.05 = 1.6667, 3d =
 * (36/864)/0.05 = 0.8333; time to exhaustion 0.16667 x 72 h / 1.6667 = 7.2 h; 864 samples: low traffic.</li>
 * <li>alpha-latency reads alpha/avg_response_time_ms, which is not exported: no data, status unknown.</li>
 * </ul>
 */
class SloJobFunctionalTest extends FunctionalTestSupport {

	@TempDir
	static Path workspace;

	static final LocalDate DATE = LocalDate.parse("2026-11-03");

	static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

	static final Instant END = Instant.parse("2026-11-04T00:00:00Z");

	static final double EPS = 1e-6;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		FixtureWorkspace.copy("slo", workspace);
		writeMetrics(workspace.resolve("data/metrics/generated.csv"));
		FixtureWorkspace.register(registry, workspace);
		// two workers for the three SLOs, whatever the machine's processors
		registry.add("opsreport.analysis.threads", () -> "2");
		TestDatabase.register(registry, "slo_functional");
	}

	static boolean between(Instant t, String from, String to) {
		return !t.isBefore(Instant.parse(from)) && t.isBefore(Instant.parse(to));
	}

	static void writeMetrics(Path file) {
		List<String> lines = new ArrayList<>();
		lines.add("timestamp,service,metric,value");
		for (Instant t = START; t.isBefore(END); t = t.plus(Duration.ofMinutes(5))) {
			boolean alphaErrors = between(t, "2026-11-03T10:00:00Z", "2026-11-03T12:00:00Z");
			boolean betaSlow = between(t, "2026-11-02T12:00:00Z", "2026-11-02T13:00:00Z")
					|| between(t, "2026-11-03T14:00:00Z", "2026-11-03T16:00:00Z");
			lines.add(t + ",alpha,requests_total,100");
			lines.add(t + ",alpha,requests_failed," + (alphaErrors ? 50 : 0));
			lines.add(t + ",beta,requests_total,100");
			lines.add(t + ",beta,requests_failed,0");
			lines.add(t + ",beta,avg_response_time_ms," + (betaSlow ? 500 : 200));
		}
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, lines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Autowired
	SloResults slos;

	static JsonNode report;

	static long executionId;

	synchronized JsonNode report() throws Exception {
		if (report == null) {
			JobOperatorTestUtils utils = jobs();
			JobExecution execution = utils.startJob(new JobParametersBuilder().addLocalDate("date", DATE)
				.addLong("rerun", 0L)
				.toJobParameters());
			executionId = execution.getId();
			assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			report = this.json.readTree(Files.readString(workspace.resolve("reports/2026-11-03/report.json")));
		}
		return report;
	}

	@Test
	void evaluatesTheSlosOnTwoPartitionsAndMergesThemInDefinitionOrder() throws Exception {
		JsonNode slos = report().get("slos");
		// three SLOs shared by index: partition 0 evaluates the first and the third, partition 1 the second
		assertThat(this.jdbc.queryForList("""
				SELECT step_name || '=' || write_count FROM batch_step_execution
				WHERE job_execution_id = ? AND step_name LIKE 'slosUnit:%' ORDER BY step_name""", String.class, executionId))
			.containsExactly("slosUnit:partition0=2", "slosUnit:partition1=1");
		assertThat(this.jdbc.queryForObject("SELECT status FROM batch_step_execution WHERE job_execution_id = ? AND step_name = 'slosMerge'",
				String.class, executionId)).isEqualTo("COMPLETED");
		// the same section as the SLOs evaluated one after the other in this thread, in definition order
		List<ObjectiveResult> serial = this.slos.at(END);
		assertThat(serial).hasSize(3);
		assertThat((Object) slos).isEqualTo(this.json.readTree(this.json.writeValueAsString(serial)));
		// the staged parts are gone once merged
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM analysis_part", Long.class)).isZero();
	}

	static JsonNode alert(JsonNode objective, String name) {
		for (JsonNode alert : objective.get("alerts")) {
			if (alert.get("name").asString().equals(name)) {
				return alert;
			}
		}
		throw new AssertionError("no alert " + name);
	}

	static void assertAlert(JsonNode objective, String name, double factor, String firstFiredAt, long minutes,
			boolean firing) {
		JsonNode alert = alert(objective, name);
		assertThat(alert.get("factor").asDouble()).as(name + " factor").isCloseTo(factor, within(1e-4));
		assertThat(alert.get("firstFiredAt").asString()).as(name + " first fired").isEqualTo(firstFiredAt);
		assertThat(alert.get("firingMinutes").asLong()).as(name + " minutes").isEqualTo(minutes);
		assertThat(alert.get("firing").asBoolean()).as(name + " firing").isEqualTo(firing);
	}

	@Test
	void occurrencesSloOverspentByTheIncident() throws Exception {
		JsonNode slos = report().get("slos");
		assertThat(slos).extracting((s) -> s.get("name").asString())
			.containsExactly("alpha-availability", "beta-latency", "alpha-latency");
		JsonNode a = slos.get(0);
		assertThat(a.get("service").asString()).isEqualTo("alpha");
		assertThat(a.get("objective").asString()).isEqualTo("99% of requests succeed");
		assertThat(a.get("target").asDouble()).isEqualTo(0.99);
		assertThat(a.get("budgetingMethod").asString()).isEqualTo("Occurrences");
		assertThat(a.get("window").asString()).isEqualTo("7d");
		assertThat(a.get("sli").asDouble()).isCloseTo(85200.0 / 86400, within(EPS));
		assertThat(a.get("budgetUnit").asString()).isEqualTo("events");
		assertThat(a.get("budgetTotal").asDouble()).isCloseTo(864, within(EPS));
		assertThat(a.get("budgetConsumed").asDouble()).isCloseTo(1200, within(EPS));
		assertThat(a.get("budgetRemainingPercent").asDouble()).isCloseTo(100 - 100 * 1200.0 / 864, within(EPS));
		JsonNode burn = a.get("burnRates");
		assertThat(burn.get("1h").asDouble()).isZero();
		assertThat(burn.get("6h").asDouble()).isZero();
		assertThat(burn.get("1d").asDouble()).isCloseTo(1200.0 / 28800 / 0.01, within(EPS));
		assertThat(burn.get("3d").asDouble()).isCloseTo(1200.0 / 86400 / 0.01, within(EPS));
		assertThat(burn.get("window").asDouble()).isCloseTo(1200.0 / 86400 / 0.01, within(EPS));
		assertThat(a.get("timeToExhaustionHours").asDouble()).isZero();
		assertThat(a.get("lowTraffic").asBoolean()).isFalse();
		assertThat(a.get("status").asString()).isEqualTo("red");

		// replayed every 5 minutes over the day; hand-derived in the class comment's terms
		assertAlert(a, "burn_rate_page_1h", 3.36, "2026-11-03T10:05:00Z", 120, false);
		assertAlert(a, "burn_rate_page_6h", 1.4, "2026-11-03T10:15:00Z", 135, false);
		assertAlert(a, "burn_rate_ticket_1d", 0.7, "2026-11-03T10:25:00Z", 215, false);
		assertAlert(a, "burn_rate_ticket_3d", 0.1 * 168 / 72, "2026-11-03T10:20:00Z", 460, false);
		assertAlert(a, "error_budget_critical", 10, "2026-11-03T11:05:00Z", 780, true);
		assertAlert(a, "high_burn_rate", 5, "2026-11-03T10:10:00Z", 165, false);

		assertThat(a.get("topIncidents")).hasSize(1);
		assertThat(a.get("topIncidents").get(0).get("id").asString()).isEqualTo("INC-1");
		assertThat(a.get("topIncidents").get(0).get("budgetConsumedPercent").asDouble())
			.isCloseTo(100 * 1200.0 / 864, within(EPS));
		assertThat(a.get("findings")).extracting((f) -> f.get("code").asString())
			.containsExactly("release_freeze_recommended", "postmortem_missing");

		JsonNode burndown = a.get("burndown");
		assertThat(burndown.get(0).get("at").asString()).isEqualTo("2026-10-28T00:00:00Z");
		assertThat(burndown.get(0).get("budgetRemainingPercent").asDouble()).isEqualTo(100.0);
		JsonNode last = burndown.get(burndown.size() - 1);
		assertThat(last.get("date").asString()).isEqualTo("2026-11-03");
		assertThat(last.get("budgetRemainingPercent").asDouble()).isCloseTo(100 - 100 * 1200.0 / 864, within(EPS));
	}

	@Test
	void timeslicesLatencySlo() throws Exception {
		JsonNode b = report().get("slos").get(1);
		assertThat(b.get("budgetingMethod").asString()).isEqualTo("Timeslices");
		assertThat(b.get("objective").asString()).isEqualTo("5-minute average under 300 ms");
		assertThat(b.get("target").asDouble()).isCloseTo(0.95, within(1e-12));
		assertThat(b.get("sli").asDouble()).isCloseTo(828.0 / 864, within(EPS));
		assertThat(b.get("budgetUnit").asString()).isEqualTo("minutes");
		assertThat(b.get("budgetTotal").asDouble()).isCloseTo(216, within(EPS));
		assertThat(b.get("budgetConsumed").asDouble()).isCloseTo(180, within(EPS));
		assertThat(b.get("budgetRemainingPercent").asDouble()).isCloseTo(100.0 / 6, within(EPS));
		assertThat(b.get("burnRates").get("1d").asDouble()).isCloseTo(24.0 / 288 / 0.05, within(EPS));
		assertThat(b.get("burnRates").get("3d").asDouble()).isCloseTo(36.0 / 864 / 0.05, within(EPS));
		assertThat(b.get("timeToExhaustionHours").asDouble()).isCloseTo(7.2, within(EPS));
		assertThat(b.get("lowTraffic").asBoolean()).isTrue();
		assertThat(b.get("eventsInWindow").asDouble()).isEqualTo(864);
		// 3d window: page factor 0.02 x 72 = 1.44; one slow slice in the last hour is a burn of 1.67
		assertAlert(b, "burn_rate_page_1h", 1.44, "2026-11-03T14:05:00Z", 120, false);
		// 16.7% left, 1d burn 1.67 > 1, nothing firing at the end of the day
		assertThat(b.get("status").asString()).isEqualTo("amber");
		assertThat(b.get("topIncidents")).isEmpty();
		assertThat(b.get("findings")).extracting((f) -> f.get("code").asString()).containsExactly("low_traffic");
	}

	@Test
	void aSeriesMissingFromTheStoreIsReportedNotFatal() throws Exception {
		JsonNode c = report().get("slos").get(2);
		assertThat(c.get("objective").asString()).isEqualTo("99%");
		assertThat(c.get("status").asString()).isEqualTo("unknown");
		assertThat(c.get("sli").isNull()).isTrue();
		assertThat(c.get("budgetRemainingPercent").isNull()).isTrue();
		assertThat(c.get("findings").get(0).get("code").asString()).isEqualTo("no_data");
		assertThat(c.get("findings").get(0).get("message").asString())
			.contains("alpha/avg_response_time_ms is not in the store");
	}

	@Test
	void rendersTheSectionInHtmlAndMarkdown() throws Exception {
		report();
		String html = Files.readString(workspace.resolve("reports/2026-11-03/report.html"));
		assertThat(html).contains("SLOs and error budgets")
			.contains("overspent by 38.9%")
			.contains("1,200 of 864 events")
			.contains("98.611%")
			.contains(">exhausted<")
			.contains("7 h 12 min")
			.contains("burn_rate_ticket_3d")
			.contains("138.9% of the budget")
			.contains("release freeze recommended")
			.contains("postmortem missing")
			.contains("alpha/avg_response_time_ms is not in the store")
			.contains("<a href=\"details.html#slos\">")
			.doesNotContain("<script");
		// every alert and the last days of each burndown are on the detail page the section links to
		String details = Files.readString(workspace.resolve("reports/2026-11-03/details.html"));
		assertThat(details).contains("11-03 -38.9%").contains("error_budget_critical").contains("13 h");
		assertThat(Files.readString(workspace.resolve("reports/2026-11-03/details.md")))
			.contains("| alpha-availability: 99% of requests succeed | error\\_budget\\_critical | page | 7d | \\< 10% left "
					+ "| 2026-11-03 11:05 | 13 h | firing |")
			.contains("11-03 -38.9%");
		String markdown = Files.readString(workspace.resolve("reports/2026-11-03/report.md"));
		assertThat(markdown).contains("## SLOs and error budgets")
			.contains("| **RED** (budget left -38.9% \\< 10%; page alert firing) | **alpha-availability**: 99% of requests succeed (Occurrences, 7d) | 99% | 98.611% "
					+ "| **overspent by 38.9%** (1,200 of 864 events) | 0.00 | 0.00 | 4.17 | 1.39 | 1.39 | exhausted |")
			.contains("| **AMBER** (budget left 16.7% \\< 50%; 1-day burn rate 1.67 \\> 1) | **beta-latency**: 5-minute average under 300 ms (Timeslices, 3d, low traffic: 864 events) "
					+ "| 95% | 95.833% | 16.7% left (180 of 216 minutes) | 0.00 | 0.00 | 1.67 | 0.83 | 0.83 | 7 h 12 min |")
			.contains("| alpha-availability: 99% of requests succeed | **page** ")
			.contains("error\\_budget\\_critical")
			.contains("| **INC-1** | alpha-availability: 99% of requests succeed | 138.9% of the budget |")
			.contains("- **release freeze recommended** (critical)");
	}

}
