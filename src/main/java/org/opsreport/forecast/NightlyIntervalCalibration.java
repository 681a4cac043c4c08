package org.opsreport.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opsreport.forecast.IntervalCalibration.Multipliers;
import org.opsreport.forecast.IntervalCalibration.ScoreCounts;
import org.opsreport.pipeline.ReportDate;
import org.opsreport.store.MetricStore;
import org.opsreport.store.ReportSections;
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
 * The scoring itself is {@link DayScores}'. A first night without history stores multiplier 1: the series' own intervals.
 * It then stores the report section {@code intervalCalibration} ({@link IntervalsHeld}): how the last nights'
 * intervals held per band and level, and tonight's multipliers, so that the report says it and a past day
 * re-renders with what that night said.
 * Runs in the step's transaction. Re-running a date recomputes the same figures from the same stored forecasts and samples.
 */
@Component
class NightlyIntervalCalibration {

	private static final Logger log = LoggerFactory.getLogger(NightlyIntervalCalibration.class);

	/** The report section this step stores ({@link IntervalsHeld}). */
	static final String SECTION = "intervalCalibration";

	private final ModelRegistry registry;

	private final MetricStore store;

	private final IntervalCalibrationStore calibrations;

	private final IntervalCalibrationProperties properties;

	private final ReportSections sections;

	NightlyIntervalCalibration(ModelRegistry registry, MetricStore store, IntervalCalibrationStore calibrations,
			IntervalCalibrationProperties properties, ReportSections sections) {
		this.registry = registry;
		this.store = store;
		this.calibrations = calibrations;
		this.properties = properties;
		this.sections = sections;
	}

	/** Scores the report date's recorded values, stores tonight's multipliers and the report section. */
	void calibrate(LocalDate date) {
		if (!this.properties.enabled()) {
			this.sections.save(date, SECTION, IntervalsHeld.off(date, this.properties.window()));
			return;
		}
		Instant dayStart = ReportDate.start(date);
		Instant dayEnd = ReportDate.end(date);
		int bands = IntervalCalibration.BANDS;
		DayScores day = new DayScores();
		// the day's recorded values of a series, loaded once for both nights' forecasts of it
		Map<TrainingSeries.Target, Samples> actuals = new HashMap<>();
		for (LocalDate night : List.of(date.minusDays(1), date.minusDays(2))) {
			Multipliers applied = this.calibrations.multipliers(night);
			for (ModelRegistry.StoredModel model : this.registry.models(night)) {
				List<ForecastPoint> due = this.registry.points(night, model.service(), model.metric(), dayStart, dayEnd);
				if (due.isEmpty()) {
					continue;
				}
				Samples actual = actuals.computeIfAbsent(new TrainingSeries.Target(model.service(), model.metric()),
						target -> TrainingSeries.load(this.store::load, target, dayStart, dayEnd));
				// the range as training derived it from the metric's name, else from its values (here the day's)
				day.add(due, actual.epochSeconds(), actual.values(), Math.max(0, model.intervalSeconds() / 2),
						model.trainingEnd(), applied, ValueDomain.forMetric(model.metric(), actual.values()));
			}
		}
		List<IntervalCalibrationStore.Night> nights = new ArrayList<>();
		double[] nominal = { IntervalCalibration.ALPHA80, IntervalCalibration.ALPHA95 };
		for (int b = 0; b < bands; b++) {
			for (int l = 0; l < 2; l++) {
				int level = IntervalCalibrationStore.LEVELS[l];
				ScoreCounts tonight = day.counts(b, l);
				ScoreCounts pooled = tonight.plus(this.calibrations
					.counts(date.minusDays(this.properties.window() - 1L), date.minusDays(1), b, level));
				double previousAlpha = this.calibrations.alpha(date.minusDays(1), b, level, nominal[l]);
				double alpha = IntervalCalibration.nextAlpha(previousAlpha, nominal[l], day.missRate(b, l),
						this.properties.gamma());
				double multiplier = IntervalCalibration.conformalMultiplier(pooled, alpha);
				nights.add(new IntervalCalibrationStore.Night(date, b, level, tonight.total(), day.missed(b, l), alpha,
						pooled.total(), multiplier, tonight));
			}
		}
		this.calibrations.save(date, nights);
		this.sections.save(date, SECTION, IntervalsHeld.of(date, this.properties.window(),
				this.calibrations.nights(date.minusDays(this.properties.window() - 1L), date)));
		log.info("Interval calibration of {}: {}", date, nights.stream()
			.map(n -> "band " + n.band() + " " + n.level() + "%: x" + n.multiplier() + " (" + n.windowScores() + " scores)")
			.toList());
	}

	/** Tonight's multipliers ({@link Multipliers#ONE} when the calibration is off or has not run). */
	Multipliers multipliers(LocalDate date) {
		return this.properties.enabled() ? this.calibrations.multipliers(date) : Multipliers.ONE;
	}

}
