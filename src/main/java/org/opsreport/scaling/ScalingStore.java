package org.opsreport.scaling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.opsreport.pipeline.ReportDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The scaling analysis' access to the model registry ({@code forecast_model}, {@code forecast_point}) and to its
 * event table ({@code scaling_event}).
 */
@Repository
class ScalingStore {

	/** The forecast metric of the predictive replay. */
	static final String UTILIZATION_METRIC = "cpu_utilization";

	/** The derived series {@code cpu_utilization x instance_count}, forecast by the train step. */
	static final String LOAD_METRIC = "cpu_load";

	private final JdbcClient jdbc;

	ScalingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One stored forecast step. */
	record Point(Instant at, double forecast, double lower80, double upper80, double lower95, double upper95) {
	}

	/** The forecast points of the model trained on {@code trainedOn} for a series, with {@code from <= t < to}. */
	List<Point> points(LocalDate trainedOn, String service, String metric, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT p.epoch_second, p.forecast, p.lower80, p.upper80, p.lower95, p.upper95
				FROM forecast_point p JOIN forecast_model m ON m.id = p.model_id
				WHERE m.report_date = ? AND m.service = ? AND m.metric = ? AND p.epoch_second >= ? AND p.epoch_second < ?
				ORDER BY p.epoch_second""")
			.params(trainedOn, service, metric, from.getEpochSecond(), to.getEpochSecond())
			.query((rs, n) -> new Point(Instant.ofEpochSecond(rs.getLong(1)), rs.getDouble(2), rs.getDouble(3),
					rs.getDouble(4), rs.getDouble(5), rs.getDouble(6)))
			.list();
	}

	/**
	 * Predictive replay of day D: the {@code cpu_utilization} forecasts of the run of D - 1 (trained through the end of
	 * D - 1, so available from D 00:00), for targets in D and the first hour after it (the rule looks 30 to 60 minutes
	 * ahead). The forecasts carry their stored quantiles: the replay reads the probability of exceeding
	 * {@link PolicyReplay#PREDICTIVE_THRESHOLD} at its simulated fleet from them, see {@link ExceedanceProbability}.
	 */
	List<UtilizationForecast> replayForecasts(LocalDate date, String service) {
		Instant start = ReportDate.start(date);
		Instant end = start.plus(1, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS);
		List<UtilizationForecast> result = new ArrayList<>();
		for (Point p : points(date.minusDays(1), service, UTILIZATION_METRIC, start, end)) {
			ForecastQuantiles q = new ForecastQuantiles(p.lower95(), p.lower80(), p.forecast(), p.upper80(), p.upper95());
			result.add(new UtilizationForecast(start, p.at(), p.forecast(),
					q.probabilityAbove(PolicyReplay.PREDICTIVE_THRESHOLD), q));
		}
		return result;
	}

	/**
	 * Tomorrow's capacity plan input: the {@code cpu_load} forecasts of the run of D for D + 1, per UTC hour the largest
	 * point forecast and the largest upper 80 % bound of its steps (capacity must hold through the whole hour).
	 */
	List<HourlyLoadForecast> tomorrow(LocalDate date, String service) {
		Instant start = ReportDate.end(date);
		Map<Instant, double[]> hours = new TreeMap<>();
		for (Point p : points(date, service, LOAD_METRIC, start, start.plus(1, ChronoUnit.DAYS))) {
			double[] max = hours.computeIfAbsent(p.at().truncatedTo(ChronoUnit.HOURS),
					(h) -> new double[] { Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY });
			max[0] = Math.max(max[0], p.forecast());
			max[1] = Math.max(max[1], p.upper80());
		}
		List<HourlyLoadForecast> result = new ArrayList<>();
		hours.forEach((hour, max) -> result.add(new HourlyLoadForecast(hour, max[0], max[1])));
		return result;
	}

	/** Replaces the date's events with {@code eventsByVariant}. */
	void replaceEvents(LocalDate date, Map<String, List<ScalingEvent>> eventsByVariant) {
		this.jdbc.sql("DELETE FROM scaling_event WHERE report_date = ?").param(date).update();
		for (Map.Entry<String, List<ScalingEvent>> entry : new LinkedHashMap<>(eventsByVariant).entrySet()) {
			for (ScalingEvent e : entry.getValue()) {
				this.jdbc.sql("""
						INSERT INTO scaling_event (report_date, variant, event_id, service, epoch_second, action, event_type,
							policy_id, previous_instances, new_instances, trigger_metric, trigger_value, threshold, reason)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(date, entry.getKey(), e.eventId(), e.serviceId(), e.timestamp().getEpochSecond(), e.action(),
							e.type(), e.policyId(), e.previousInstances(), e.newInstances(), e.triggerMetric(),
							finiteOrNull(e.triggerValue()), finiteOrNull(e.threshold()), e.reason())
					.update();
			}
		}
	}

	private static Double finiteOrNull(double value) {
		return Double.isFinite(value) ? value : null;
	}

}
