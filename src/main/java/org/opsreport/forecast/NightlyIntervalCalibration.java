package org.opsreport.forecast;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.opsreport.forecast.IntervalCalibration.Multipliers;
import org.opsreport.forecast.IntervalCalibration.ScoreCounts;
import org.opsreport.pipeline.ReportDate;
import org.opsreport.store.MetricStore;
import org.opsreport.store.Samples;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The nightly step of the pooled interval calibration ({@link IntervalCalibration}), run before the
 * series are retrained: scores the values recorded on the report date against the intervals that
 * earlier nights stored for them (each forecast step is scored once, on the day its time comes: the
 * previous night's forecast gives the leads up to 24 hours, the night before's the leads beyond), adds
 * them to the last nights' scores of all series, and stores per horizon band and level the multiplier
 * for tonight's intervals and the adaptive conformal level; {@link SeriesTrainer} applies it.
 * <p>
 * The scores are those of the series' own intervals: a stored bound was the own bound widened by that
 * night's multiplier {@code m}, so the own score is {@code m} times the score against the stored bound
 * (exact where the bound was not clamped to the metric's range; where it was, the actual lies inside
 * on that side anyway). A first night without history stores multiplier 1: the series' own intervals.
 * Runs in the step's transaction. Re-running a date recomputes the same figures from the same stored forecasts and samples.
 */
@Component
class NightlyIntervalCalibration {

	private static final Logger log = LoggerFactory.getLogger(NightlyIntervalCalibration.class);

	private final ModelRegistry registry;

	private final MetricStore store;

	private final IntervalCalibrationStore calibrations;

	private final IntervalCalibrationProperties properties;

	NightlyIntervalCalibration(ModelRegistry registry, MetricStore store, IntervalCalibrationStore calibrations,
			IntervalCalibrationProperties properties) {
		this.registry = registry;
		this.store = store;
		this.calibrations = calibrations;
		this.properties = properties;
	}

	/** Scores the report date's recorded values and stores tonight's multipliers. */
	void calibrate(LocalDate date) {
		if (!this.properties.enabled()) {
			return;
		}
		Instant dayStart = ReportDate.start(date);
		Instant dayEnd = ReportDate.end(date);
		int bands = IntervalCalibration.BANDS;
		// scores (counted on the grid series by series, so that memory does not grow with the number of series)
		// and misses per band and level (0: 80 %, 1: 95 %)
		ScoreCounts[][] counts = new ScoreCounts[bands][2];
		for (ScoreCounts[] band : counts) {
			java.util.Arrays.fill(band, ScoreCounts.EMPTY);
		}
		long[][] missed = new long[bands][2];
		for (LocalDate night : List.of(date.minusDays(1), date.minusDays(2))) {
			Multipliers applied = this.calibrations.multipliers(night);
			for (ModelRegistry.StoredModel model : this.registry.models(night)) {
				List<ForecastPoint> due = this.registry.points(night, model.service(), model.metric(), dayStart, dayEnd);
				if (due.isEmpty()) {
					continue;
				}
				Samples actual = TrainingSeries.load(this.store::load,
						new TrainingSeries.Target(model.service(), model.metric()), dayStart, dayEnd);
				long[] seconds = actual.epochSeconds();
				double[] values = actual.values();
				long tolerance = Math.max(0, model.intervalSeconds() / 2);
				double[][][] scores = new double[bands][2][due.size()];
				int[] scored = new int[bands];
				for (double[][] band : scores) {
					for (double[] level : band) {
						java.util.Arrays.fill(level, Double.NaN); // NaN: not scored, skipped by ScoreCounts.of
					}
				}
				for (ForecastPoint p : due) {
					int i = RealizedAccuracy.nearest(seconds, p.timestamp().getEpochSecond(), tolerance);
					if (i < 0 || !Double.isFinite(values[i])) {
						continue;
					}
					int band = IntervalCalibration.band(Duration.between(model.trainingEnd(), p.timestamp()));
					double s80 = IntervalCalibration.score(values[i], p.forecast(), p.lower80(), p.upper80());
					double s95 = IntervalCalibration.score(values[i], p.forecast(), p.lower95(), p.upper95());
					scores[band][0][scored[band]] = s80 * applied.band(band).m80();
					scores[band][1][scored[band]] = s95 * applied.band(band).m95();
					scored[band]++;
					missed[band][0] += s80 > 1 ? 1 : 0;
					missed[band][1] += s95 > 1 ? 1 : 0;
				}
				for (int b = 0; b < bands; b++) {
					for (int l = 0; l < 2; l++) {
						counts[b][l] = counts[b][l].plus(ScoreCounts.of(scores[b][l]));
					}
				}
			}
		}
		List<IntervalCalibrationStore.Night> nights = new ArrayList<>();
		double[] nominal = { IntervalCalibration.ALPHA80, IntervalCalibration.ALPHA95 };
		for (int b = 0; b < bands; b++) {
			for (int l = 0; l < 2; l++) {
				int level = IntervalCalibrationStore.LEVELS[l];
				ScoreCounts tonight = counts[b][l];
				ScoreCounts pooled = tonight.plus(this.calibrations
					.counts(date.minusDays(this.properties.window() - 1L), date.minusDays(1), b, level));
				double previousAlpha = this.calibrations.alpha(date.minusDays(1), b, level, nominal[l]);
				double missRate = tonight.total() > 0 ? (double) missed[b][l] / tonight.total() : Double.NaN;
				double alpha = IntervalCalibration.nextAlpha(previousAlpha, nominal[l], missRate, this.properties.gamma());
				double multiplier = IntervalCalibration.conformalMultiplier(pooled, alpha);
				nights.add(new IntervalCalibrationStore.Night(date, b, level, tonight.total(), missed[b][l], alpha,
						pooled.total(), multiplier, tonight));
			}
		}
		this.calibrations.save(date, nights);
		log.info("Interval calibration of {}: {}", date, nights.stream()
			.map(n -> "band " + n.band() + " " + n.level() + "%: x" + n.multiplier() + " (" + n.windowScores() + " scores)")
			.toList());
	}

	/** Tonight's multipliers ({@link Multipliers#ONE} when the calibration is off or has not run). */
	Multipliers multipliers(LocalDate date) {
		return this.properties.enabled() ? this.calibrations.multipliers(date) : Multipliers.ONE;
	}

}
