package org.opsreport.slo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opsreport.freshness.FreshnessProperties;
import org.opsreport.store.MetricStore;
import org.opsreport.store.Samples;
import org.opsreport.store.SeriesKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The configured SLOs evaluated against the store at a given instant: the SLO step's results for the
 * report date, and the dashboard's previous period, from one place.
 */
@Component
class SloResults {

	private static final Logger log = LoggerFactory.getLogger(SloResults.class);

	private final SloConfig config;

	private final MetricStore metrics;

	private final IncidentWindows incidents;

	private final SloSettings settings;

	private final Duration maxLag;

	SloResults(SloConfig config, MetricStore metrics, IncidentWindows incidents, SloProperties properties,
			FreshnessProperties freshness) {
		this.config = config;
		this.maxLag = freshness.maxLag();
		this.metrics = metrics;
		this.incidents = incidents;
		this.settings = properties.toSettings();
	}

	/** True when no SLO is configured. */
	public boolean isEmpty() {
		return this.config.slos().isEmpty();
	}

	/** The configured SLOs, in definition order (the order of report section {@code slos}). */
	public List<SloDefinition> definitions() {
		return this.config.slos();
	}

	/** The SLO named {@code name}. */
	public SloDefinition definition(String name) {
		return this.config.slos()
			.stream()
			.filter((slo) -> slo.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no SLO named '" + name + "' is configured"));
	}

	/**
	 * Every objective evaluated at {@code end}, with the incidents detected before it: {@link #evaluate} for each
	 * SLO in definition order, so at most one SLO's series are in memory at a time.
	 */
	public List<ObjectiveResult> at(Instant end) {
		List<IncidentWindow> incidents = incidents(end);
		List<ObjectiveResult> results = new ArrayList<>();
		for (SloDefinition slo : this.config.slos()) {
			results.addAll(evaluate(slo, end, incidents));
		}
		return results;
	}

	/**
	 * The objectives of one SLO evaluated at {@code end}. Loads only the series this SLO reads, from
	 * {@link SloEvaluator#dataStart} to {@code end}. A series that is not in the store is left out of the data
	 * map, which the evaluator reports as "not stored" (status unknown, finding {@code no_data}). A counter series
	 * ({@link MetricRef#counter()}, or a metric declared a counter at ingest) is handed over as its
	 * {@link MetricStore#loadIncreases increases}, converted once. Behind the freshness gate
	 * ({@code opsreport.freshness.max-lag}): an SLO whose data stopped earlier is not judged.
	 * @param incidents {@link #incidents(Instant)} of the same {@code end}
	 */
	public List<ObjectiveResult> evaluate(SloDefinition slo, Instant end, List<IncidentWindow> incidents) {
		Map<MetricRef, SeriesKey> stored = new HashMap<>();
		Instant last = null;
		for (MetricRef ref : new LinkedHashSet<>(slo.metrics())) {
			Optional<SeriesKey> series = this.metrics.find(ref.service(), ref.metric());
			if (series.isEmpty()) {
				log.warn("SLO metric {} is not in the store", ref);
				continue;
			}
			stored.put(ref, series.get());
			Instant seriesLast = this.metrics.lastSampleBefore(series.get().id(), end).orElse(null);
			last = (last == null || (seriesLast != null && seriesLast.isAfter(last))) ? seriesLast : last;
		}
		// stale data: load what the evaluation as of the last data reads (the evaluator decides, see StaleObjective)
		Instant start = SloEvaluator.dataStart(slo,
				(last != null && last.isBefore(end.minus(this.maxLag))) ? last.plusSeconds(1) : end);
		Map<MetricRef, MetricSamples> data = new HashMap<>();
		for (Map.Entry<MetricRef, SeriesKey> entry : stored.entrySet()) {
			// a counter is converted once: read as one here, or declared one at ingest (then load converts it)
			long id = entry.getValue().id();
			data.put(entry.getKey(), toMetricSamples(entry.getKey().counter() ? this.metrics.loadIncreases(id, start, end)
					: this.metrics.load(id, start, end)));
		}
		return SloEvaluator.evaluateAll(slo, data, end, incidents, this.settings, this.maxLag);
	}

	/** The incidents detected before {@code end}, see {@link IncidentWindows#detectedBefore}. */
	public List<IncidentWindow> incidents(Instant end) {
		return this.incidents.detectedBefore(end);
	}

	static MetricSamples toMetricSamples(Samples samples) {
		Instant[] times = new Instant[samples.size()];
		for (int i = 0; i < times.length; i++) {
			times[i] = samples.time(i);
		}
		return new MetricSamples(times, samples.values());
	}

}
