package org.opsreport.slo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.opsreport.store.MetricStore;
import org.opsreport.store.Samples;
import org.opsreport.store.SeriesKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The configured SLOs evaluated against the store at a given instant: the SLO step's results for the
 * report date, and the dashboard's previous period, from one place.
 */
@Component
public class SloResults {

	private static final Logger log = LoggerFactory.getLogger(SloResults.class);

	private final SloConfig config;

	private final MetricStore metrics;

	private final JdbcClient jdbc;

	private final SloSettings settings;

	SloResults(SloConfig config, MetricStore metrics, JdbcClient jdbc, SloProperties properties) {
		this.config = config;
		this.metrics = metrics;
		this.jdbc = jdbc;
		this.settings = properties.toSettings();
	}

	/** True when no SLO is configured. */
	public boolean isEmpty() {
		return this.config.slos().isEmpty();
	}

	/**
	 * Every objective evaluated at {@code end}, with the incidents detected before it. Loads every
	 * series the SLOs read once, from the earliest instant any of them needs, and evaluates each SLO. A series that is not in the store is left out of the data map, which the evaluator reports
	 * as "not stored" (status unknown, finding {@code no_data}).
	 */
	public List<ObjectiveResult> at(Instant end) {
		SloConfig config = this.config;
		MetricStore metrics = this.metrics;
		List<IncidentWindow> incidents = incidents(this.jdbc, end);
		SloSettings settings = this.settings;
		Map<MetricRef, Instant> from = new LinkedHashMap<>();
		for (SloDefinition slo : config.slos()) {
			Instant start = SloEvaluator.dataStart(slo, end);
			for (MetricRef ref : slo.metrics()) {
				from.merge(ref, start, (a, b) -> a.isBefore(b) ? a : b);
			}
		}
		Map<MetricRef, MetricSamples> data = new HashMap<>();
		from.forEach((ref, start) -> {
			Optional<SeriesKey> series = metrics.find(ref.service(), ref.metric());
			if (series.isEmpty()) {
				log.warn("SLO metric {} is not in the store", ref);
				return;
			}
			data.put(ref, toMetricSamples(metrics.load(series.get().id(), start, end)));
		});
		List<ObjectiveResult> results = new ArrayList<>();
		for (SloDefinition slo : config.slos()) {
			results.addAll(SloEvaluator.evaluateAll(slo, data, end, incidents, settings));
		}
		return results;
	}

	static MetricSamples toMetricSamples(Samples samples) {
		Instant[] times = new Instant[samples.size()];
		for (int i = 0; i < times.length; i++) {
			times[i] = samples.time(i);
		}
		return new MetricSamples(times, samples.values());
	}

	/**
	 * Incidents detected before {@code end} (a re-run of a past date does not see later ones); the
	 * evaluator clips them to each SLO window. An incident resolved after {@code end} is open at {@code end}.
	 */
	static List<IncidentWindow> incidents(JdbcClient jdbc, Instant end) {
		return jdbc.sql("""
				SELECT id, services, detected_at, resolved_at, postmortem_completed_at FROM incident
				WHERE detected_at < ? ORDER BY detected_at, id""")
			.param(end.atOffset(ZoneOffset.UTC))
			.query((rs, n) -> {
				Set<String> services = new LinkedHashSet<>();
				Arrays.stream(rs.getString(2).split(";")).map(String::trim).filter((s) -> !s.isEmpty()).forEach(services::add);
				OffsetDateTime resolved = rs.getObject(4, OffsetDateTime.class);
				OffsetDateTime postmortem = rs.getObject(5, OffsetDateTime.class);
				return new IncidentWindow(rs.getString(1), services, rs.getObject(3, OffsetDateTime.class).toInstant(),
						resolved == null ? null : resolved.toInstant(), postmortem != null);
			})
			.list();
	}

}
