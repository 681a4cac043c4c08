package org.opsreport.forecast;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Nightly retraining on 8 days of generated 5-minute data (a daily cycle with noise) for one service:
 * every series and the derived cpu_load get a model in the registry, a forecast of the horizon with
 * ordered, non-negative, percent-bounded intervals, forecasts.csv, and the "forecasts" section.
 */
class ForecastFunctionalTest extends FunctionalTestSupport {

	@TempDir
	static Path workspace;

	static final LocalDate DATE = LocalDate.parse("2026-11-08");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws Exception {
		Path metrics = Files.createDirectories(workspace.resolve("data/metrics"));
		StringBuilder csv = new StringBuilder("timestamp,service,metric,value\n");
		java.util.Random random = new java.util.Random(3);
		Instant start = Instant.parse("2026-11-01T00:00:00Z");
		for (int i = 0; i < 8 * 288; i++) {
			Instant t = start.plusSeconds(300L * i);
			double daily = Math.sin(2 * Math.PI * (i % 288) / 288.0);
			double rate = 200 + 120 * daily + random.nextGaussian() * 8;
			int instances = rate > 250 ? 4 : 2;
			double cpu = Math.min(100, rate / instances / 1.5 + random.nextGaussian());
			csv.append(t).append(",web,request_rate,").append(String.format(java.util.Locale.ROOT, "%.2f", rate)).append('\n');
			csv.append(t).append(",web,cpu_utilization,").append(String.format(java.util.Locale.ROOT, "%.2f", cpu)).append('\n');
			csv.append(t).append(",web,instance_count,").append(instances).append('\n');
		}
		Files.writeString(metrics.resolve("web.csv"), csv);
		FixtureWorkspace.register(registry, workspace);
		registry.add("opsreport.forecast.horizon", () -> "PT6H");
		TestDatabase.register(registry, "forecast_functional");
	}

	@Test
	void retrainsEverySeriesAndWritesTheForecasts() throws Exception {
		JobOperatorTestUtils utils = jobs();
		// the night before first: its forecast of DATE is scored against DATE's recorded values
		var before = utils.startJob(new JobParametersBuilder().addLocalDate("date", DATE.minusDays(1)).toJobParameters());
		assertThat(before.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		var execution = utils.startJob(new JobParametersBuilder().addLocalDate("date", DATE).toJobParameters());
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(this.jdbc.queryForList("SELECT metric FROM forecast_model WHERE report_date = ? ORDER BY metric",
				String.class, DATE))
			.containsExactly("cpu_load", "cpu_utilization", "instance_count", "request_rate");
		// 6 hours at the series' own 5-minute interval
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM forecast_point", Long.class)).isEqualTo(2 * 4 * 72);
		assertThat(this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM forecast_point WHERE NOT (lower95 <= lower80 AND lower80 <= forecast
				  AND forecast <= upper80 AND upper80 <= upper95 AND lower95 >= 0)""", Long.class)).isZero();
		assertThat(this.jdbc.queryForObject("""
				SELECT MAX(p.upper95) FROM forecast_point p JOIN forecast_model m ON m.id = p.model_id
				WHERE m.metric = 'cpu_utilization'""", Double.class)).isLessThanOrEqualTo(100.0);

		List<String> csv = Files.readAllLines(workspace.resolve("reports/2026-11-08/forecasts.csv"));
		assertThat(csv.get(0)).isEqualTo("service,metric,timestamp,forecast,lower80,upper80,lower95,upper95,model");
		assertThat(csv).hasSize(1 + 4 * 72);
		assertThat(csv.get(1)).startsWith("web,cpu_load,2026-11-09T00:00:00Z,");

		JsonNode report = this.json.readTree(Files.readString(workspace.resolve("reports/2026-11-08/report.json")));
		JsonNode rate = null;
		for (JsonNode entry : report.get("forecasts")) {
			if (entry.get("metric").asString().equals("request_rate")) {
				rate = entry;
			}
		}
		assertThat(rate).isNotNull();
		assertThat(rate.get("service").asString()).isEqualTo("web");
		assertThat(rate.get("points").asInt()).isEqualTo(72);
		assertThat(rate.get("trainingPoints").asInt()).isEqualTo(8 * 288);
		assertThat(rate.get("intervalSeconds").asLong()).isEqualTo(300);
		// a clean daily cycle: the selected model beats seasonal naive in the backtest
		assertThat(rate.get("mase").asDouble()).isLessThan(rate.get("seasonalNaiveMase").asDouble());
		assertThat(rate.get("coverage80").asDouble()).isBetween(0.5, 1.0);
		assertThat(rate.get("chart").get("forecast").get("timestamps")).hasSize(72);
		assertThat(rate.get("chart").get("actual").get("values")).hasSize(2 * 288);
		assertThat(rate.get("drift")).hasSize(2);
		assertThat(rate.get("drift").get(1).get("mase").asDouble()).isCloseTo(rate.get("mase").asDouble(), within(1e-9));
		// last night's 6-hour forecast of DATE against DATE's first 72 recorded values: a clean daily cycle
		// with noise sd 8 around 200 +- 120 is forecast better than the value a day earlier (which carries
		// its own noise), and the intervals hold most of the values
		JsonNode realized = rate.get("realized");
		assertThat(realized.get("points").asInt()).isEqualTo(72);
		assertThat(realized.get("skill").asDouble()).isPositive();
		assertThat(realized.get("mae").asDouble()).isLessThan(realized.get("seasonalNaiveMae").asDouble());
		assertThat(realized.get("coverage80").asDouble()).isBetween(0.6, 1.0);
		assertThat(realized.get("coverage95").asDouble()).isGreaterThanOrEqualTo(realized.get("coverage80").asDouble());
		assertThat(rate.get("chart").get("previous").get("timestamps")).hasSize(72);
		assertThat(Files.readString(workspace.resolve("reports/2026-11-08/report.md"))).contains("## Forecasts")
			.contains("| web | request\\_rate |")
			.contains("Last night → today")
			.containsPattern("last night's forecasts beat seasonal naive on \\d of 4 series")
			.containsPattern("Intervals: last night's 80% / 95% intervals held \\d+% / \\d+% of today's 288 recorded values "
					+ "\\(4 series\\)\\. In the backtest the 80% intervals held \\d+% of the values in the first 6 hours "
					+ "\\(mean over 4 series\\)\\.");
		// interval scores of the calibration backtest: in the registry and in report.json; a 6-hour horizon
		// has only the first band
		assertThat(this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM forecast_model WHERE report_date = ? AND msis > 0 AND winkler80 > 0
				  AND coverage80_6h BETWEEN 0 AND 1 AND coverage95_6h >= coverage80_6h AND coverage80_24h IS NULL""",
				Long.class, DATE)).isEqualTo(4);
		JsonNode intervals = rate.get("intervals");
		assertThat(intervals.get("msis").asDouble()).isPositive();
		assertThat(intervals.get("winkler80").asDouble()).isPositive();
		assertThat(intervals.get("first6h").get("coverage80").asDouble()).isBetween(0.5, 1.0);
		assertThat(intervals.get("from24h").get("coverage80").isNull()).isTrue();
	}

}
