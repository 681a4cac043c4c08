package org.opsreport.forecast;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.opsreport.store.MetricStore;
import org.opsreport.store.Samples;
import org.opsreport.pipeline.ReportDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Retrains one series for a report date: loads its training window (the configured history ending
 * with the report date), lets {@link ForecastEngine} select and fit a model by backtest, and stores
 * the result in the {@link ModelRegistry}. Holds one series' window at a time.
 */
@Component
class SeriesTrainer {

	private static final Logger log = LoggerFactory.getLogger(SeriesTrainer.class);

	private final MetricStore store;

	private final ModelRegistry registry;

	private final ForecastProperties properties;

	private final Clock clock;

	private final NightlyIntervalCalibration calibration;

	private final TimeOfDayNormalization normalization;

	SeriesTrainer(MetricStore store, ModelRegistry registry, ForecastProperties properties, Clock clock,
			NightlyIntervalCalibration calibration, IntervalProperties intervals) {
		this.store = store;
		this.registry = registry;
		this.properties = properties;
		this.clock = clock;
		this.calibration = calibration;
		this.normalization = intervals.normalization();
	}

	/** The series of the pipeline, in the order partitions divide them. */
	List<TrainingSeries.Target> targets() {
		return TrainingSeries.list(this.store.series());
	}

	void train(LocalDate date, long jobInstanceId, TrainingSeries.Target target) {
		if (this.registry.trainedBy(date, jobInstanceId, target.service(), target.metric())) {
			return; // a restarted run: this series was trained before the interruption
		}
		Instant end = ReportDate.end(date);
		Instant start = ReportDate.start(date.plusDays(1).minus(this.properties.history()));
		Samples samples = TrainingSeries.load(this.store::load, target, start, end);
		if (samples.size() < 2) {
			return; // nothing to learn from: the coverage section reports the series as stale
		}
		Instant[] times = new Instant[samples.size()];
		for (int i = 0; i < times.length; i++) {
			times[i] = samples.time(i);
		}
		ForecastResult result = ForecastEngine.train(times, samples.values(), target.metric(),
				ForecastSettings.of(this.properties.horizon()), this.normalization);
		result = calibrated(result, this.calibration.multipliers(date), times[times.length - 1]);
		long interval = SeriesPreparation.detectStep(times).getSeconds();
		this.registry.save(date, jobInstanceId, target.service(), target.metric(), result, interval, times[0],
				times[times.length - 1], this.clock.instant());
		log.debug("Trained {}/{}: {} (MASE {})", target.service(), target.metric(), result.modelName(), result.mase());
	}

	/**
	 * The result with its intervals widened or narrowed by tonight's pooled multipliers. No per-series message
	 * says so: the multipliers are the night's, one for all series, stored in {@code interval_calibration} and
	 * the report section {@code intervalCalibration} (the forecasts line states them once), so a message on every
	 * series repeated the same sentence on every row of the forecast tables.
	 */
	static ForecastResult calibrated(ForecastResult result, IntervalCalibration.Multipliers multipliers,
			Instant lastSample) {
		if (multipliers.isOne() || result.points().isEmpty()) {
			return result;
		}
		return result.withIntervals(IntervalCalibration.apply(result.points(), lastSample, multipliers, result.domain()),
				result.messages());
	}

}
