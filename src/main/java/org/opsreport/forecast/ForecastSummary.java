package org.opsreport.forecast;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opsreport.store.MetricStore;
import org.opsreport.store.ReportSections;
import org.opsreport.store.Samples;
import org.opsreport.pipeline.ReportDate;

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
		Map<TrainingSeries.Target, ModelRegistry.StoredModel> previousModels = new HashMap<>();
		for (ModelRegistry.StoredModel previous : this.registry.models(date.minusDays(1))) {
			previousModels.put(new TrainingSeries.Target(previous.service(), previous.metric()), previous);
		}
		Instant dayStart = ReportDate.start(date);
		Instant dayEnd = ReportDate.end(date);
		for (ModelRegistry.StoredModel model : this.registry.models(date)) {
			List<ForecastPoint> points = this.registry.points(model.id());
			Double skill = model.mase() != null && model.seasonalNaiveMase() != null && model.seasonalNaiveMase() > 0
					? 1 - model.mase() / model.seasonalNaiveMase() : null;
			// one series at a time: the report date and the day before (seasonal naive's values)
			TrainingSeries.Target series = new TrainingSeries.Target(model.service(), model.metric());
			ModelRegistry.StoredModel previousModel = previousModels.get(series);
			List<ForecastPoint> previous = previousModel == null ? List.of()
					: this.registry.points(previousModel.id())
						.stream()
						.filter(p -> !p.timestamp().isBefore(dayStart) && p.timestamp().isBefore(dayEnd))
						.toList();
			boolean charted = this.properties.chartMetrics().contains(model.metric());
			Samples actual = (charted || !previous.isEmpty()) ? TrainingSeries.load(this.store::load, series,
					dayStart.minus(Duration.ofDays(1)), dayEnd)
					: null;
			RealizedAccuracy realized = previous.isEmpty() ? null
					: RealizedAccuracy.score(previous, actual.epochSeconds(), actual.values(),
							Duration.ofSeconds(previousModel.intervalSeconds()));
			if (realized != null) {
				this.registry.saveRealized(previousModel.id(), realized); // the previous night's row: its forecast, scored
			}
			SeriesForecast.Chart chart = charted ? chart(actual, previous, points) : null;
			entries.add(new SeriesForecast(model.service(), model.metric(), model.model(), model.mase(), model.smape(),
					model.seasonalNaiveMase(), model.seasonalNaiveSmape(), skill, model.coverage80(), model.coverage95(),
					model.trainedAt(), points.size(), model.trainingPoints(), model.intervalSeconds(), model.trainingStart(),
					model.trainingEnd(), model.parameters(),
					model.messages() == null || model.messages().isEmpty() ? List.of()
							: Arrays.asList(model.messages().split("\n")),
					this.registry.drift(model.service(), model.metric(), date, DRIFT_RETRAINS), realized, chart,
					model.intervals()));
		}
		this.sections.save(date, "forecasts", entries);
	}

	/** Actuals of the report date and the day before, the previous night's forecast of the date, this night's. */
	private static SeriesForecast.Chart chart(Samples actual, List<ForecastPoint> previous, List<ForecastPoint> points) {
		List<Instant> times = new ArrayList<>(actual.size());
		List<Double> values = new ArrayList<>(actual.size());
		for (int i = 0; i < actual.size(); i++) {
			times.add(actual.time(i));
			values.add(actual.values()[i]);
		}
		return new SeriesForecast.Chart(new SeriesForecast.Line(times, values),
				previous.isEmpty() ? null : SeriesForecast.Band.of(previous), SeriesForecast.Band.of(points));
	}

}
