package org.opsreport.slo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsreport.job.ExitCodes;
import org.opsreport.job.FixtureWorkspace;
import org.opsreport.job.TestDatabase;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Stable history (a late correction of 11-02 after its report), incident attribution and the freshness gate end to
 * end: the {@code slo} fixture's data (see {@link SloJobFunctionalTest}) ends
 * 2026-11-03 23:55. The nightly run for 2026-11-03 is judged as before; the run for 2026-11-13, ten days later,
 * does not report red, amber or green: every objective is unknown with its figures as of 11-03, the headline says
 * since when nothing arrived, and with {@code fail-when-stale} the run asks for exit status 5.
 */
@SpringBatchTest
@SpringBootTest
class StaleDataFunctionalTest {

	@TempDir
	static Path workspace;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		FixtureWorkspace.copy("slo", workspace);
		SloJobFunctionalTest.writeMetrics(workspace.resolve("data/metrics/generated.csv"));
		FixtureWorkspace.register(registry, workspace);
		registry.add("opsreport.freshness.fail-when-stale", () -> "true");
		TestDatabase.register(registry, "stale_functional");
	}

	@Autowired
	JobOperator jobOperator;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	@Qualifier("nightly")
	Job nightly;

	@Autowired
	JsonMapper json;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	/** The exit code a run asked for (not returning JobExecution: @SpringBatchTest would take that for a factory). */
	int run(String date) throws Exception {
		JobOperatorTestUtils utils = new JobOperatorTestUtils(this.jobOperator, this.jobRepository);
		utils.setJob(this.nightly);
		JobExecution execution = utils.startJob(new JobParametersBuilder().addLocalDate("date", LocalDate.parse(date))
			.addLong("rerun", 0L)
			.toJobParameters());
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		return execution.getExecutionContext().getInt(ExitCodes.REQUESTED_EXIT_CODE);
	}

	static JsonNode byDate(JsonNode burndown, String date) {
		for (JsonNode point : burndown) {
			if (point.get("date").asString().equals(date)) {
				return point;
			}
		}
		throw new AssertionError("no burndown point of " + date + " in " + burndown);
	}

	JsonNode report(String date) throws Exception {
		return this.json.readTree(Files.readString(workspace.resolve("reports/" + date + "/report.json")));
	}

	@Test
	void aNightTenDaysAfterTheDataEndsIsNotJudgedAndSaysTheDataIsStale() throws Exception {
		assertThat(run("2026-11-02")).isEqualTo(ExitCodes.COMPLETED);
		JsonNode before = report("2026-11-02").get("slos").get(0);
		assertThat(before.get("budgetRemainingPercent").asDouble()).isEqualTo(100.0);
		// late data: 50 of alpha's 100 requests at 11-02 06:00 turn out to have failed after 11-02 was reported
		this.jdbc.update("UPDATE metric_sample SET sample_value = 50 WHERE epoch_second = ? AND series_id = "
				+ "(SELECT id FROM series WHERE service = 'alpha' AND metric = 'requests_failed')",
				java.time.Instant.parse("2026-11-02T06:00:00Z").getEpochSecond());

		assertThat(run("2026-11-03")).isEqualTo(ExitCodes.COMPLETED);
		JsonNode day = report("2026-11-03");
		assertThat(day.get("freshness").get("state").asString()).isEqualTo("FRESH");
		assertThat(day.get("summary").get("headline").get("status").asString()).isEqualTo("red");
		JsonNode alphaThen = day.get("slos").get(0);
		assertThat(alphaThen.get("status").asString()).isEqualTo("red");
		// INC-1 (09:55-12:10) covers all 1200 bad events of 11-03; the 50 late ones of 11-02 06:00 are in no incident
		JsonNode attribution = alphaThen.get("budgetAttribution");
		assertThat(attribution.get("consumedPercent").asDouble()).isCloseTo(100 * 1250 / 864.0, within(1e-6));
		assertThat(attribution.get("incidentsPercent").asDouble()).isCloseTo(100 * 1200 / 864.0, within(1e-6));
		assertThat(attribution.get("notLinkedPercent").asDouble()).isCloseTo(100 * 50 / 864.0, within(1e-6));
		// stable history: the 11-02 point of 11-03's burndown is what 11-02's report said (100%), and the
		// recomputed value with the late failures (100 - 100 x 50 / 864) is flagged
		JsonNode point = byDate(alphaThen.get("burndown"), "2026-11-02");
		assertThat(point.get("source").asString()).isEqualTo("snapshot");
		assertThat(point.get("budgetRemainingPercent").asDouble()).isEqualTo(100.0);
		assertThat(point.get("lateData").asBoolean()).isTrue();
		assertThat(point.get("recomputedPercent").asDouble()).isCloseTo(100 - 100 * 50 / 864.0, within(1e-6));
		JsonNode beforeData = byDate(alphaThen.get("burndown"), "2026-11-01");
		assertThat(beforeData.get("source").asString()).isEqualTo("recomputed");
		assertThat(Files.readString(workspace.resolve("reports/2026-11-03/report.html"))).contains("Not linked to an incident");
		assertThat(Files.readString(workspace.resolve("reports/2026-11-03/report.md"))).contains("| Not linked to an incident |");

		assertThat(run("2026-11-13")).isEqualTo(ExitCodes.STALE_DATA);
		JsonNode later = report("2026-11-13");

		JsonNode freshness = later.get("freshness");
		assertThat(freshness.get("state").asString()).isEqualTo("STALE");
		assertThat(freshness.get("staleSeries").asInt()).isEqualTo(5);
		assertThat(freshness.get("message").asString()).isEqualTo("no metrics since 2026-11-03 23:55 UTC for 5 of 5 series");

		JsonNode headline = later.get("summary").get("headline");
		assertThat(headline.get("status").asString()).isEqualTo("unknown");
		assertThat(headline.get("text").asString())
			.isEqualTo("STALE data: no metrics since 2026-11-03 23:55 UTC for 5 of 5 series; the day is not judged");
		assertThat(later.get("summary").get("sloCounts").get("unknown").asInt()).isEqualTo(3);
		for (JsonNode objective : later.get("slos")) {
			assertThat(objective.get("status").asString()).isEqualTo("unknown");
		}
		// every service line too: no RED/AMBER/GREEN on a stale night, whatever the frozen budgets say
		assertThat(later.get("summary").get("services")).isNotEmpty().allSatisfy(line -> {
			assertThat(line.get("status").asString()).isEqualTo("unknown");
			assertThat(line.get("statusReason").asString()).startsWith("not judged: data stale");
		});
		// alpha-availability: not recomputed from a window without data; as of its last sample (11-03 23:55 + 5 min)
		JsonNode alpha = later.get("slos").get(0);
		assertThat(alpha.get("findings").get(0).get("code").asString()).isEqualTo("stale_data");
		assertThat(alpha.get("findings").get(0).get("message").asString()).contains(
				"no data since 2026-11-03 23:55 UTC (10 d before the end of the report date, more than the allowed 2 h)");
		assertThat(alpha.get("windowEnd").asString()).isEqualTo("2026-11-04T00:00:00Z");
		assertThat(alpha.get("budgetRemainingPercent").asDouble())
			.isCloseTo(alphaThen.get("budgetRemainingPercent").asDouble(), within(1e-9));
		assertThat(alpha.get("burnRates").get("1d").isNull()).isTrue();
		assertThat(alpha.get("alerts")).allSatisfy((a) -> assertThat(a.get("firing").asBoolean()).isFalse());
		assertThat(later.get("summary").get("recommendations").toString()).doesNotContain("burning");

		String html = Files.readString(workspace.resolve("reports/2026-11-13/report.html"));
		assertThat(html).contains("STALE data: no metrics since 2026-11-03 23:55 UTC");
	}

}
