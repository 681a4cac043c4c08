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

	@org.springframework.beans.factory.annotation.Autowired
	NightlyIntervalCalibration calibration;

	@org.springframework.beans.factory.annotation.Autowired
	org.opsreport.report.ReportRenderer renderer;

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
			.containsPattern("Today, last night's 80% / 95% intervals held \\d+% / \\d+% of the 288 values recorded "
					+ "\\(4 series\\)\\.");
		assertThat(Files.readString(workspace.resolve("reports/2026-11-08/details.md")))
			.containsPattern("In the backtest \\(each series' own intervals, before the calibration across nights\\) the 80% "
					+ "intervals held \\d+% of the values in the first 6 hours \\(mean over 4 series\\)\\.");
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

		// pooled interval calibration, night by night: the first night had nothing recorded to score (the series'
		// own intervals, nominal levels); DATE scored its 288 recorded values (4 series x 72 steps, all in the first
		// 6 hours of last night's forecast) against last night's intervals
		assertThat(this.jdbc.queryForList("""
				SELECT band, interval_level, scored, missed, alpha, window_scores, multiplier FROM interval_calibration
				WHERE report_date = ? ORDER BY band, interval_level""", DATE.minusDays(1)))
			.hasSize(6)
			.allSatisfy(row -> {
				assertThat(((Number) row.get("scored")).longValue()).isZero();
				assertThat(((Number) row.get("multiplier")).doubleValue()).isEqualTo(1.0);
				assertThat(((Number) row.get("alpha")).doubleValue())
					.isEqualTo(((Number) row.get("interval_level")).intValue() == 80 ? 0.2 : 0.05);
			});
		var tonight = this.jdbc.queryForList("""
				SELECT band, interval_level, scored, missed, alpha, window_scores, multiplier FROM interval_calibration
				WHERE report_date = ? ORDER BY band, interval_level""", DATE);
		assertThat(tonight).hasSize(6);
		var band0at80 = tonight.get(0);
		var band0at95 = tonight.get(1);
		assertThat(((Number) band0at80.get("scored")).longValue()).isEqualTo(288);
		assertThat(((Number) band0at80.get("window_scores")).longValue()).isEqualTo(288); // + the first night's 0
		assertThat(((Number) tonight.get(2).get("scored")).longValue()).isZero(); // no lead beyond 6 hours
		// the misses are what RealizedAccuracy reports for the same values and intervals, series by series
		long missed80 = 0;
		long missed95 = 0;
		for (JsonNode entry : report.get("forecasts")) {
			JsonNode r = entry.get("realized");
			missed80 += Math.round(r.get("points").asInt() * (1 - r.get("coverage80").asDouble()));
			missed95 += Math.round(r.get("points").asInt() * (1 - r.get("coverage95").asDouble()));
		}
		// the registry keeps the realized scores on the scored (previous) night's rows, as the section shows them
		for (JsonNode entry : report.get("forecasts")) {
			JsonNode r = entry.get("realized");
			java.util.Map<String, Object> row = this.jdbc.queryForMap("""
					SELECT realized_points, realized_coverage80, realized_coverage95, realized_winkler80, realized_msis
					FROM forecast_model WHERE report_date = ? AND service = ? AND metric = ?""", DATE.minusDays(1),
					entry.get("service").asString(), entry.get("metric").asString());
			assertThat(((Number) row.get("realized_points")).intValue()).isEqualTo(r.get("points").asInt());
			assertThat(((Number) row.get("realized_coverage80")).doubleValue())
				.isCloseTo(r.get("coverage80").asDouble(), within(1e-12));
			assertThat(((Number) row.get("realized_coverage95")).doubleValue())
				.isCloseTo(r.get("coverage95").asDouble(), within(1e-12));
			assertThat(r.get("winkler80").asDouble()).isPositive(); // an interval's width at least
			assertThat(((Number) row.get("realized_winkler80")).doubleValue())
				.isCloseTo(r.get("winkler80").asDouble(), within(1e-9));
			if (r.get("msis").isNull()) {
				assertThat(row.get("realized_msis")).isNull();
			}
			else {
				assertThat(((Number) row.get("realized_msis")).doubleValue()).isCloseTo(r.get("msis").asDouble(), within(1e-9));
			}
		}
		// tonight's rows are scored only by the next night
		assertThat(this.jdbc.queryForList("SELECT realized_points FROM forecast_model WHERE report_date = ?", Integer.class,
				DATE)).containsOnlyNulls();
		assertThat(((Number) band0at80.get("missed")).longValue()).isEqualTo(missed80);
		assertThat(((Number) band0at95.get("missed")).longValue()).isEqualTo(missed95);
		// the adaptive level moved from the nominal one by gamma (0.1) times (nominal - miss rate)
		assertThat(((Number) band0at80.get("alpha")).doubleValue())
			.isCloseTo(IntervalCalibration.nextAlpha(0.2, 0.2, missed80 / 288.0, 0.1), within(1e-12));
		double m80 = ((Number) band0at80.get("multiplier")).doubleValue();
		double m95 = ((Number) band0at95.get("multiplier")).doubleValue();
		assertThat(m80).isBetween(IntervalCalibration.MIN_MULTIPLIER, IntervalCalibration.MAX_MULTIPLIER);
		assertThat(m95).isBetween(IntervalCalibration.MIN_MULTIPLIER, IntervalCalibration.MAX_MULTIPLIER);
		assertThat(m80 != 1.0 || m95 != 1.0).as("288 scores give a multiplier of their own").isTrue();
		// tonight's intervals carry it: request_rate's stored bounds are its own (the engine on the same samples)
		// moved by the multipliers, l' = f - m (f - l), u' = f + m (u - f) (IntervalCalibration.apply; a lower bound
		// on 0 stays there), trained with the job's default time-of-day normalization; the series
		// messages do not repeat the night's multipliers (the forecasts line states them once)
		List<String> requestRows = Files.readAllLines(workspace.resolve("data/metrics/web.csv")).stream()
			.filter(line -> line.contains(",web,request_rate,"))
			.toList();
		Instant[] times = new Instant[requestRows.size()];
		double[] values = new double[requestRows.size()];
		for (int i = 0; i < requestRows.size(); i++) {
			String[] cells = requestRows.get(i).split(",");
			times[i] = Instant.parse(cells[0]);
			values[i] = Double.parseDouble(cells[3]);
		}
		ForecastResult own = ForecastEngine.train(times, values, "request_rate",
				ForecastSettings.of(java.time.Duration.ofHours(6)), IntervalProperties.DEFAULTS.normalization());
		List<java.util.Map<String, Object>> tonightsBounds = this.jdbc.queryForList("""
				SELECT p.forecast, p.lower80, p.upper80, p.lower95, p.upper95 FROM forecast_point p
				JOIN forecast_model m ON m.id = p.model_id
				WHERE m.report_date = ? AND m.metric = 'request_rate' ORDER BY p.epoch_second""", DATE);
		assertThat(tonightsBounds).hasSameSizeAs(own.points());
		for (int i = 0; i < tonightsBounds.size(); i++) {
			ForecastPoint p = own.points().get(i);
			double f = p.forecast();
			assertThat(((Number) tonightsBounds.get(i).get("forecast")).doubleValue()).isCloseTo(f, within(1e-9));
			assertThat(((Number) tonightsBounds.get(i).get("lower80")).doubleValue())
				.isCloseTo(p.lower80() == 0 ? 0 : Math.max(0, f - m80 * (f - p.lower80())), within(1e-9));
			assertThat(((Number) tonightsBounds.get(i).get("upper80")).doubleValue())
				.isCloseTo(f + m80 * (p.upper80() - f), within(1e-9));
			assertThat(((Number) tonightsBounds.get(i).get("upper95")).doubleValue())
				.isCloseTo(Math.max(f + m80 * (p.upper80() - f), f + m95 * (p.upper95() - f)), within(1e-9));
		}
		assertThat(this.jdbc.queryForList("SELECT messages FROM forecast_model WHERE report_date = ?", String.class, DATE))
			.hasSize(4)
			.noneSatisfy(m -> assertThat(m).contains("pooled conformal calibration"));
		// the report carries it (section intervalCalibration): the window's one scored night, pooled over the 288 values
		JsonNode held = report.get("intervalCalibration");
		assertThat(held.get("enabled").asBoolean()).isTrue();
		assertThat(held.get("windowNights").asInt()).isEqualTo(14);
		assertThat(held.get("from").asString()).isEqualTo("2026-10-26");
		assertThat(held.get("to").asString()).isEqualTo("2026-11-08");
		assertThat(held.get("nightsScored").asInt()).isEqualTo(1);
		JsonNode first80 = held.get("first6h").get("level80");
		assertThat(first80.get("held").get("scored").asLong()).isEqualTo(288);
		assertThat(first80.get("held").get("inside").asLong()).isEqualTo(288 - missed80);
		assertThat(first80.get("held").get("coverage").asDouble()).isCloseTo((288 - missed80) / 288.0, within(1e-12));
		assertThat(first80.get("nightsScored").asInt()).isEqualTo(1);
		assertThat(first80.get("multiplier").asDouble()).isEqualTo(m80);
		assertThat(first80.get("alpha").asDouble()).isEqualTo(((Number) band0at80.get("alpha")).doubleValue());
		assertThat(held.get("first6h").get("level95").get("multiplier").asDouble()).isEqualTo(m95);
		assertThat(held.get("held95").get("inside").asLong()).isEqualTo(288 - missed95);
		assertThat(held.get("from24h").get("level80").get("held").get("coverage").isNull()).isTrue();
		// and says it in one line: the first band only (a 6-hour horizon), tonight's multipliers where they are not 1
		// as the templates format a percentage ("0": DecimalFormat, half-even)
		String in80 = new java.text.DecimalFormat("0").format(100.0 * (288 - missed80) / 288);
		String in95 = new java.text.DecimalFormat("0").format(100.0 * (288 - missed95) / 288);
		String md = Files.readString(workspace.resolve("reports/2026-11-08/report.md"));
		assertThat(md).contains("Intervals: over the last 14 nights (1 scored) the 80% / 95% intervals held " + in80 + "% / "
				+ in95 + "% of 288 recorded values (first 6 h " + in80 + " / " + in95 + ")");
		assertThat(md).containsPattern("Tonight's intervals are (widened|narrowed) ×[0-9.]+ \\((80|95)% first 6 h\\)");
		assertThat(Files.readString(workspace.resolve("reports/2026-11-08/report.html")))
			.contains("Intervals: over the last 14 nights (1 scored) the 80% / 95% intervals held " + in80 + "%");
		assertThat(Files.readString(workspace.resolve("reports/2026-11-08/details.md")))
			.contains("| First 6 h | 288 | 1 | ");
		// the night before had nothing to score yet
		JsonNode first = this.json.readTree(Files.readString(workspace.resolve("reports/2026-11-07/report.json")));
		assertThat(first.get("intervalCalibration").get("nightsScored").asInt()).isZero();
		assertThat(Files.readString(workspace.resolve("reports/2026-11-07/report.md")))
			.contains("Intervals: no nights scored yet: a night's intervals are scored once the values they forecast are "
					+ "recorded, so tonight's are the series' own.");
		// rendered again now that DATE's night is scored, the night before still says what it said then
		this.renderer.render(DATE.minusDays(1));
		assertThat(Files.readString(workspace.resolve("reports/2026-11-07/report.md"))).contains("Intervals: no nights scored yet");

		// a re-run of the date computes the same calibration
		String rows = "SELECT * FROM interval_calibration ORDER BY report_date, band, interval_level";
		String grid = "SELECT * FROM interval_score_count ORDER BY report_date, band, interval_level, grid_index";
		var stored = this.jdbc.queryForList(rows);
		var counts = this.jdbc.queryForList(grid);
		this.calibration.calibrate(DATE);
		assertThat(this.jdbc.queryForList(rows)).isEqualTo(stored);
		assertThat(this.jdbc.queryForList(grid)).isEqualTo(counts);
	}

}
