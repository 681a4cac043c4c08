package org.opsreport.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.opsreport.store.MetricStore;
import org.opsreport.store.ReportSections;
import org.opsreport.store.Samples;

import org.springframework.stereotype.Component;

/** Builds and stores the report's "forecasts" section from the model registry. */
@Component
class ForecastSummary {

	/** Retrains shown in the accuracy drift. */
	static final int DRIFT_RETRAINS = 14;

	private final ModelRegistry registry;

	private final MetricStore store;

	private final ReportSections sections;

	private final ForecastProperties properties;

	ForecastSummary(ModelRegistry registry, MetricStore store, ReportSections sections, ForecastProperties properties) {
		this.registry = registry;
		this.store = store;
		this.sections = sections;
		this.properties = properties;
	}

	void store(LocalDate date) {
		List<SeriesForecast> entries = new ArrayList<>();
		for (ModelRegistry.StoredModel model : this.registry.models(date)) {
			List<ForecastPoint> points = this.registry.points(model.id());
			Double skill = model.mase() != null && model.seasonalNaiveMase() != null && model.seasonalNaiveMase() > 0
					? 1 - model.mase() / model.seasonalNaiveMase() : null;
			SeriesForecast.Chart chart = this.properties.chartMetrics().contains(model.metric())
					? chart(date, model, points) : null;
			entries.add(new SeriesForecast(model.service(), model.metric(), model.model(), model.mase(), model.smape(),
					model.seasonalNaiveMase(), model.seasonalNaiveSmape(), skill, model.coverage80(), model.coverage95(),
					model.trainedAt(), points.size(), model.trainingPoints(), model.intervalSeconds(), model.trainingStart(),
					model.trainingEnd(), model.parameters(),
					model.messages() == null || model.messages().isEmpty() ? List.of()
							: Arrays.asList(model.messages().split("\n")),
					this.registry.drift(model.service(), model.metric(), date, DRIFT_RETRAINS), chart));
		}
		this.sections.save(date, "forecasts", entries);
	}

	private SeriesForecast.Chart chart(LocalDate date, ModelRegistry.StoredModel model, List<ForecastPoint> points) {
		Instant end = date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
		Instant start = date.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
		Samples actual = TrainingSeries.load(this.store, new TrainingSeries.Target(model.service(), model.metric()), start,
				end);
		List<Instant> times = new ArrayList<>(actual.size());
		List<Double> values = new ArrayList<>(actual.size());
		for (int i = 0; i < actual.size(); i++) {
			times.add(actual.time(i));
			values.add(actual.values()[i]);
		}
		Instant dayStart = date.atStartOfDay().toInstant(ZoneOffset.UTC);
		SeriesForecast.Band previous = this.registry.model(date.minusDays(1), model.service(), model.metric())
			.map(m -> this.registry.points(m.id())
				.stream()
				.filter(p -> !p.timestamp().isBefore(dayStart) && p.timestamp().isBefore(end))
				.toList())
			.filter(p -> !p.isEmpty())
			.map(SeriesForecast.Band::of)
			.orElse(null);
		return new SeriesForecast.Chart(new SeriesForecast.Line(times, values), previous, SeriesForecast.Band.of(points));
	}

}
