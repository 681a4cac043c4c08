package org.opsreport.scaling;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsreport.job.FixtureWorkspace;
import org.opsreport.job.FunctionalTestSupport;
import org.opsreport.job.TestDatabase;

import tools.jackson.databind.JsonNode;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The nightly job on the {@code scaling} fixture: one day (2026-11-02) of 5-minute samples of two services with the
 * policies of its jobs/scaling-policies.yaml, plus forecast rows inserted here as the train step would store them.
 * <ul>
 * <li>web: 2 recorded instances at 40 % CPU, 90 % from 10:00 to 10:55; policy 75/20, 2 evaluation periods. The
 * forecasts of the 11-01 run expect 86 % for 10:00-10:55 with P(> 80) = 1 - F(80) = 1 - (0.10 + 0.4 * 4 / 10) = 0.74
 * (quantiles 70/76/86/96/100), so the predictive rule scales out at 09:00 (target 10:00 is 60 minutes ahead).</li>
 * <li>api: 4 recorded instances at 65 % CPU with 80 % at 12:00, 12:15, 12:30, 12:45; policy 70/60, one period:
 * out on each peak (cost optimization: ceil(80 * 4 / 70) = 5), in 5 minutes later (65 * 4 / 5 = 52 < 60): 8 events,
 * 7 flapping episodes (gaps 300 and 600 s, window 2 x 300 s). Latency 2500 ms all day.</li>
 * </ul>
 * Every expected number is computed by hand in the comments.
 */
class ScalingJobFunctionalTest extends FunctionalTestSupport {

	@TempDir
	static Path workspace;

	static final LocalDate DATE = LocalDate.parse("2026-11-02");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		FixtureWorkspace.copy("scaling", workspace);
		FixtureWorkspace.register(registry, workspace);
		// the forecasts are the ones inserted here: retraining would replace them
		registry.add("opsreport.forecast.enabled", () -> "false");
		// two workers for the two services, whatever the machine's processors
		registry.add("opsreport.analysis.threads", () -> "2");
		TestDatabase.register(registry, "scaling_functional");
	}

	@Autowired
	ScalingConfig config;

	@Autowired
	ScalingDays days;

	static BatchStatus first;

	static long firstId;

	static JsonNode report;

	BatchStatus run(long rerun) throws Exception {
		JobOperatorTestUtils utils = jobs();
		var execution = utils.startJob(new JobParametersBuilder().addLocalDate("date", DATE).addLong("rerun", rerun).toJobParameters());
		if (rerun == 0) {
			firstId = execution.getId();
		}
		return execution.getStatus();
	}

	synchronized void runFirstOnce() throws Exception {
		if (first == null) {
			insertForecasts();
			first = run(0);
			report = this.json.readTree(Files.readString(workspace.resolve("reports/2026-11-02/report.json")));
		}
	}

	/**
	 * As the train step stores them. If the train step, once merged, trains this fixture's cpu_load for 11-02 it
	 * replaces the 11-02 rows; the capacity plan assertions then need its numbers instead.
	 */
	void insertForecasts() {
		long replay = model(DATE.minusDays(1), "web", "cpu_utilization", 300);
		for (int minute = 0; minute < 60; minute += 5) {
			point(replay, Instant.parse("2026-11-02T10:00:00Z").plusSeconds(60L * minute), 86, 76, 96, 70, 100);
		}
		long load = model(DATE, "web", "cpu_load", 1800);
		for (int half = 0; half < 48; half++) {
			Instant at = Instant.parse("2026-11-03T00:00:00Z").plusSeconds(1800L * half);
			// 14:00 upper 250, 14:30 upper 200: the hour's maximum 250 needs ceil(250 / 60) = 5 instances
			double upper = (half == 28) ? 250 : (half == 29) ? 200 : 100;
			point(load, at, 80, 60, upper, 50, upper + 20);
		}
	}

	long model(LocalDate trainedOn, String service, String metric, long interval) {
		this.jdbc.update("""
				INSERT INTO forecast_model (report_date, job_instance_id, service, metric, model, training_points,
					interval_seconds, training_start, training_end, trained_at) VALUES (?, 0, ?, ?, 'test', 288, ?, 0, 0, ?)""", trainedOn,
				service, metric, interval, OffsetDateTime.parse("2026-11-02T01:00:00Z"));
		return this.jdbc.queryForObject("SELECT id FROM forecast_model WHERE report_date = ? AND service = ? AND metric = ?",
				Long.class, trainedOn, service, metric);
	}

	void point(long model, Instant at, double forecast, double lower80, double upper80, double lower95, double upper95) {
		this.jdbc.update("INSERT INTO forecast_point VALUES (?, ?, ?, ?, ?, ?, ?)", model, at.getEpochSecond(), forecast,
				lower80, upper80, lower95, upper95);
	}

	static JsonNode byField(JsonNode array, String field, String value) {
		for (JsonNode node : array) {
			if (value.equals(node.get(field).asString())) {
				return node;
			}
		}
		throw new AssertionError("no " + field + " = " + value + " in " + array);
	}

	@Test
	void replaysThePoliciesAndDetectsFlapping() throws Exception {
		runFirstOnce();
		assertThat(first).isEqualTo(BatchStatus.COMPLETED);
		JsonNode scaling = report.get("scaling");
		// web: 1 predictive scale-out; api: 4 out + 4 in
		JsonNode stats = scaling.get("statistics");
		assertThat(stats.get("totalScalingEvents").asInt()).isEqualTo(9);
		assertThat(stats.get("scaleOutEvents").asInt()).isEqualTo(5);
		assertThat(stats.get("scaleInEvents").asInt()).isEqualTo(4);
		assertThat(stats.get("predictiveScalingEvents").asInt()).isEqualTo(1);
		assertThat(stats.get("averageScalingFrequencyPerHour").asDouble()).isCloseTo(9 / 24.0, within(1e-12));

		JsonNode web = byField(scaling.get("services"), "service", "web");
		assertThat(web.get("currentInstances").asInt()).isEqualTo(3);
		assertThat(web.get("lastScaledAt").asString()).isEqualTo("2026-11-02T09:00:00Z");
		JsonNode api = byField(scaling.get("services"), "service", "api");
		assertThat(api.get("scalingEvents").asInt()).isEqualTo(8);
		assertThat(api.get("currentInstances").asInt()).isEqualTo(4);
		assertThat(api.get("flappingEpisodes").asInt()).isEqualTo(7);
		// 8 alternating events 12:00-12:50, each within 600 s of the previous: one run, 7 reversals
		assertThat(api.get("flappingRuns").asInt()).isEqualTo(1);
		assertThat(api.get("recordedInstancesAtEnd").asInt()).isEqualTo(4);
		assertThat(api.get("recordedChanges").asInt()).isZero();
		assertThat(scaling.get("flappingRuns")).singleElement().satisfies((run) -> {
			assertThat(run.get("events").asInt()).isEqualTo(8);
			assertThat(run.get("reversals").asInt()).isEqualTo(7);
			assertThat(run.get("to").asString()).isEqualTo("2026-11-02T12:50:00Z");
		});
		// ranking: api-cpu triggered 8 events, 7 of them reversals; api under-provisioned 20 of 1440 minutes
		JsonNode apiPolicy = byField(scaling.get("policies"), "policyId", "api-cpu");
		assertThat(apiPolicy.get("reversals").asInt()).isEqualTo(7);
		assertThat(apiPolicy.get("underProvisionedMinutes").asLong()).isEqualTo(20);
		assertThat(apiPolicy.get("score").asDouble()).isCloseTo(100 * (1 - 20 / 1440.0) * (1 - 7 / 8.0), within(1e-9));
		assertThat(apiPolicy.get("rank").asInt()).isEqualTo(2);
		assertThat(byField(scaling.get("policies"), "policyId", "web-cpu").get("rank").asInt()).isEqualTo(1);
		// web had forecasts from the 11-01 run, api none
		assertThat(scaling.get("forecasts").get("lastNightForecasts").asString()).isEqualTo("some");

		JsonNode predictive = scaling.get("events").get(0);
		assertThat(predictive.get("serviceId").asString()).isEqualTo("web");
		assertThat(predictive.get("type").asString()).isEqualTo("predictive");
		assertThat(predictive.get("timestamp").asString()).isEqualTo("2026-11-02T09:00:00Z");
		assertThat(predictive.get("triggerValue").asDouble()).isEqualTo(86.0);

		// the predictive event has no policy: web-cpu never won; api-cpu 8 / 24 h * 10
		assertThat(byField(scaling.get("policies"), "policyId", "web-cpu").get("triggerCount").asInt()).isZero();
		assertThat(byField(scaling.get("policies"), "policyId", "api-cpu").get("effectivenessScore").asDouble())
			.isCloseTo(8 / 24.0 * 10, within(1e-12));
		assertThat(scaling.get("recommendations")).isEmpty();

		JsonNode flaps = scaling.get("flapping");
		assertThat(flaps).hasSize(7);
		assertThat(flaps.get(0).get("firstAt").asString()).isEqualTo("2026-11-02T12:00:00Z");
		assertThat(flaps.get(0).get("gapSeconds").asLong()).isEqualTo(300);
		assertThat(flaps.get(1).get("gapSeconds").asLong()).isEqualTo(600);
		assertThat(flaps.get(0).get("windowSeconds").asLong()).isEqualTo(600);

		// every variant's events are stored: reactive 1 + 8, predictive 1 + 8, target tracking 2 + 8, actual none
		assertThat(this.jdbc.queryForList(
				"SELECT variant || ':' || COUNT(*) FROM scaling_event WHERE report_date = ? GROUP BY variant ORDER BY variant",
				String.class, DATE))
			.containsExactly("predictive:9", "reactive:9", "target_tracking:10");
	}

	@Test
	void comparesTheVariants() throws Exception {
		runFirstOnce();
		JsonNode web = byField(report.get("scaling").get("comparison"), "service", "web");
		assertThat(web.get("timestamps")).hasSize(288);
		assertThat(web.get("load").get(120).asDouble()).isEqualTo(180.0);
		// instance-hours: actual 2 x 24; reactive out at 10:05 (122 samples at 2, 166 at 3); predictive out at 09:00
		// (109 at 2, 179 at 3); target tracking out at 10:00, in at 11:05, each within its own sample (120 + 155 at 2,
		// 13 at 3), so the 10:00 sample already runs at 3 and is not under-provisioned (the old one-sample-late
		// variant ran it at 2: 5 minutes)
		double[] hours = { 48, 742 / 12.0, 755 / 12.0, 589 / 12.0 };
		long[] under = { 60, 10, 0, 0 };
		int[] events = { 0, 1, 1, 2 };
		JsonNode variants = web.get("variants");
		for (int i = 0; i < 4; i++) {
			assertThat(variants.get(i).get("instanceHours").asDouble()).isCloseTo(hours[i], within(1e-9));
			assertThat(variants.get(i).get("cost").asDouble()).isCloseTo(hours[i] * 0.5, within(1e-9));
			assertThat(variants.get(i).get("underProvisionedMinutes").asLong()).isEqualTo(under[i]);
			assertThat(variants.get(i).get("scalingEvents").asInt()).isEqualTo(events[i]);
		}
		assertThat(variants.get(2).get("instances").get(108).asInt()).isEqualTo(2);
		assertThat(variants.get(2).get("instances").get(109).asInt()).isEqualTo(3);
		assertThat(web.get("recommendedVariant").asString()).isEqualTo("actual");

		// api: 4 x 24 = 96; reactive and predictive 4 samples at 5; target tracking 8 samples at 5
		JsonNode api = byField(report.get("scaling").get("comparison"), "service", "api").get("variants");
		assertThat(api.get(1).get("instanceHours").asDouble()).isCloseTo(1156 / 12.0, within(1e-9));
		assertThat(api.get(3).get("instanceHours").asDouble()).isCloseTo(1160 / 12.0, within(1e-9));
		assertThat(api.get(3).get("scalingEvents").asInt()).isEqualTo(8);
		assertThat(api.get(0).get("underProvisionedMinutes").asLong()).isEqualTo(20);
	}

	@Test
	void plansTomorrowFromTheLoadForecastAndSaysWhereThereIsNone() throws Exception {
		runFirstOnce();
		JsonNode scaling = report.get("scaling");
		JsonNode plan = scaling.get("capacityPlan");
		assertThat(plan).hasSize(24);
		// ceil(100 / 60) = 2, the count that ran: keep; 14:00 ceil(250 / 60) = 5 against 2 today
		assertThat(plan.get(0).get("instancesNeeded").asInt()).isEqualTo(2);
		assertThat(plan.get(0).get("action").asString()).isEqualTo("keep");
		JsonNode peak = plan.get(14);
		assertThat(peak.get("hour").asString()).isEqualTo("2026-11-03T14:00:00Z");
		assertThat(peak.get("upper80Load").asDouble()).isEqualTo(250.0);
		assertThat(peak.get("instancesNeeded").asInt()).isEqualTo(5);
		assertThat(peak.get("instancesToday").asInt()).isEqualTo(2);
		assertThat(peak.get("action").asString()).isEqualTo("scale_up");
		assertThat(scaling.get("forecasts").get("note").asString()).isEqualTo(
				"no utilization forecast for api: their predictive replay equals the reactive one; no load forecast for api: no capacity plan");
	}

	@Test
	void judgesPerformanceOnSustainedValues() throws Exception {
		runFirstOnce();
		JsonNode services = report.get("performance").get("services");
		// api: latency p95 2500 ms all day: medium bottleneck, score 100 - min(30, 1500 / 100) = 85
		JsonNode api = byField(services, "service", "api");
		assertThat(api.get("score").asDouble()).isEqualTo(85.0);
		assertThat(api.get("bottlenecks")).singleElement().satisfies((b) -> {
			assertThat(b.get("type").asString()).isEqualTo("latency_bottleneck");
			assertThat(b.get("severity").asString()).isEqualTo("medium");
			assertThat(b.get("longestStretchMinutes").asLong()).isEqualTo(1440);
		});
		// web: 60 minutes above 80 % CPU is sustained even though the day's p95 (40) is not; score on p95: 100
		JsonNode web = byField(services, "service", "web");
		assertThat(web.get("score").asDouble()).isEqualTo(100.0);
		assertThat(web.get("bottlenecks").get(0).get("type").asString()).isEqualTo("cpu_bottleneck");
		assertThat(web.get("bottlenecks").get(0).get("longestStretchMinutes").asLong()).isEqualTo(60);
		assertThat(web.get("bottlenecks").get(0).get("description").asString())
			.isEqualTo("High CPU utilization at 40% (p95; above 80 for 1 h in a row)");
	}

	@Test
	void rendersBothSections() throws Exception {
		runFirstOnce();
		// the report: what the replay did per service and policy; the detail page it links to: the comparison,
		// flapping, events and the hourly capacity plan
		String html = Files.readString(workspace.resolve("reports/2026-11-02/report.html"));
		assertThat(html).contains("id=\"scaling\"").contains("id=\"performance\"")
			.contains("no utilization forecast for api")
			.contains("API CPU (tight band)")
			.contains("High average response time at 2500ms")
			.contains("<a href=\"details.html#scaling\">")
			.doesNotContain("9 events of the policy replay")
			.doesNotContain("<script");
		String details = Files.readString(workspace.resolve("reports/2026-11-02/details.html"));
		assertThat(details).contains("id=\"scaling\"")
			.contains("target tracking")
			.contains("9 events of the policy replay")
			.contains("1 runs with 7 reversals in all")
			.contains("2026-11-02 12:00 scale-out")
			.contains(">5▲<")
			.doesNotContain("<script");
		String markdown = Files.readString(workspace.resolve("reports/2026-11-02/report.md"));
		assertThat(markdown).contains("## Scaling")
			.contains("| api | 4, 0 | 4, 8 | 1 (7) | 2026-11-02 12:50 |")
			.contains("(details.md#scaling--details)")
			.contains("| api | 85.0 | 65.0% |");
		String detailsMarkdown = Files.readString(workspace.resolve("reports/2026-11-02/details.md"));
		assertThat(detailsMarkdown).contains("## Scaling — details")
			.contains("| web | actual **recommended** | 48.0 | 24.00 | 1 h | 0 |")
			.contains("|  | predictive (no forecast: as reactive) | 96.3 | 24.08 | 20 min | 8 |")
			.contains("|---|---:|---:|")
			.containsPattern("\\| Service \\| 00 \\|.*\\| 23 \\|\n\\|---\\|(---:\\|){24}\n\\| web \\| 2 \\| 2 \\|")
			.contains(" | 5▲ | ");
	}

	@Test
	void analysesTheServicesOnTwoPartitionsAndCombinesThemAsTheWholeDayAnalysis() throws Exception {
		runFirstOnce();
		// api and web, one per partition
		assertThat(this.jdbc.queryForList("""
				SELECT step_name || '=' || write_count FROM batch_step_execution
				WHERE job_execution_id = ? AND step_name LIKE 'scalingUnit:%' ORDER BY step_name""", String.class, firstId))
			.containsExactly("scalingUnit:partition0=1", "scalingUnit:partition1=1");
		// the same sections as the whole day analysed at once (every service's samples in one input)
		List<ServiceDay> serviceDays = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (String service : this.days.services()) {
			ScalingDays.DayOrNote day = this.days.day(DATE, service);
			if (day.day() != null) {
				serviceDays.add(day.day());
			}
			if (day.note() != null) {
				notes.add(day.note());
			}
		}
		ScalingResult whole = ScalingAnalysis.analyze(new ScalingInput(DATE, this.config, serviceDays, notes));
		assertThat(whole.scaling().services()).hasSize(2);
		assertThat((Object) report.get("scaling")).isEqualTo(this.json.readTree(this.json.writeValueAsString(whole.scaling())));
		assertThat((Object) report.get("performance"))
			.isEqualTo(this.json.readTree(this.json.writeValueAsString(whole.performance())));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM analysis_part", Long.class)).isZero();
	}

	@Test
	void aRerunReplacesTheDaysEvents() throws Exception {
		runFirstOnce();
		assertThat(run(1)).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM scaling_event WHERE report_date = ?", Long.class, DATE))
			.isEqualTo(28);
		JsonNode again = this.json.readTree(Files.readString(workspace.resolve("reports/2026-11-02/report.json")));
		assertThat(again.get("scaling")).isEqualTo(report.get("scaling"));
		assertThat(again.get("performance")).isEqualTo(report.get("performance"));
	}

}
