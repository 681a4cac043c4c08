package org.opsreport.scaling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.opsreport.forecast.ForecastPoint;
import org.opsreport.forecast.ModelRegistry;
import org.opsreport.pipeline.ReportDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The scaling analysis' store: its event table ({@code scaling_event}), and the forecasts it replays read through
 * the forecast feature's {@link ModelRegistry}.
 */
@Repository
class ScalingStore {

	/** The forecast metric of the predictive replay. */
	static final String UTILIZATION_METRIC = "cpu_utilization";

	/** The derived series {@code cpu_utilization x instance_count}, forecast by the train step. */
	static final String LOAD_METRIC = "cpu_load";

	private final JdbcClient jdbc;

	private final ModelRegistry registry;

	ScalingStore(JdbcClient jdbc, ModelRegistry registry) {
		this.jdbc = jdbc;
		this.registry = registry;
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
		for (ForecastPoint p : this.registry.points(date.minusDays(1), service, UTILIZATION_METRIC, start, end)) {
			ForecastQuantiles q = new ForecastQuantiles(p.lower95(), p.lower80(), p.forecast(), p.upper80(), p.upper95());
			result.add(new UtilizationForecast(start, p.timestamp(), p.forecast(),
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
		for (ForecastPoint p : this.registry.points(date, service, LOAD_METRIC, start, start.plus(1, ChronoUnit.DAYS))) {
			double[] max = hours.computeIfAbsent(p.timestamp().truncatedTo(ChronoUnit.HOURS),
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
