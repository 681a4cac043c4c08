package org.opsreport.forecast;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of training one series: the chosen model, its backtest accuracy next to seasonal
 * naive's, the measured interval coverage, and the forecast.
 *
 * @param modelName chosen model, e.g. {@code holt-winters} or
 * {@code combination(holt-winters+seasonal-mean+fourier-ar)}; {@code none} when the series is too short
 * @param parameters fitted parameters of the chosen model on the full training window (members of a
 * combination are prefixed {@code member.}), insertion-ordered
 * @param mase backtest MASE of the chosen model (scaled by the in-sample seasonal-naive MAE, season one
 * day); NaN when undefined (see messages)
 * @param smape backtest sMAPE of the chosen model, percent 0..200
 * @param seasonalNaiveMase backtest MASE of seasonal naive (NaN when the series is shorter than a day)
 * @param seasonalNaiveSmape backtest sMAPE of seasonal naive
 * @param coverage80 share (0..1) of actuals inside the 80% interval at the calibration origins (the
 * backtest's and older ones), each origin's intervals calibrated without that origin (leave-one-origin-out)
 * @param coverage95 same for the 95% interval
 * @param trainingPoints number of points in the training series
 * @param points the forecast, one per step
 * @param candidateMase backtest MASE of every candidate that could run, by name
 * @param messages human-readable notes: skipped models and why, filled gaps, undefined measures
 * @param calibratedErrors backtest errors per step behind the intervals (null when there is no forecast)
 * @param domain value domain used for clamping
 * @param intervalScores the intervals' coverage per horizon band and interval scores in the calibration
 * backtest (leave-one-origin-out); {@link IntervalScores#NONE} when there is no forecast
 */
public record ForecastResult(String modelName, Map<String, Double> parameters, double mase, double smape,
		double seasonalNaiveMase, double seasonalNaiveSmape, double coverage80, double coverage95, int trainingPoints,
		List<ForecastPoint> points, Map<String, Double> candidateMase, List<String> messages,
		CalibratedErrors calibratedErrors, ValueDomain domain,
		IntervalScores intervalScores) {

	public ForecastResult {
		Objects.requireNonNull(modelName, "modelName");
		Objects.requireNonNull(intervalScores, "intervalScores");
		parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
		candidateMase = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(candidateMase));
		points = List.copyOf(points);
		messages = List.copyOf(messages);
	}

	/**
	 * Probability that the actual value at forecast step {@code stepIndex} (0-based index into
	 * {@link #points()}) exceeds {@code threshold}: the share of the calibrated backtest errors for that
	 * lead that would put the value above it (see {@link CalibratedErrors#probabilityAbove}). This is
	 * the seed's "confidence" made a defined quantity.
	 * @throws IllegalStateException when there is no forecast
	 * @throws IndexOutOfBoundsException for a step outside the forecast
	 */
	public double probabilityAbove(int stepIndex, double threshold) {
		if (this.calibratedErrors == null || this.points.isEmpty()) {
			throw new IllegalStateException("no forecast for " + this.modelName);
		}
		Objects.checkIndex(stepIndex, this.points.size());
		return this.calibratedErrors.probabilityAbove(stepIndex, this.points.get(stepIndex).forecast(), threshold,
				this.domain);
	}

	/** The same result with other forecast points (recalibrated intervals) and messages. */
	public ForecastResult withIntervals(List<ForecastPoint> newPoints, List<String> newMessages) {
		return new ForecastResult(this.modelName, this.parameters, this.mase, this.smape, this.seasonalNaiveMase,
				this.seasonalNaiveSmape, this.coverage80, this.coverage95, this.trainingPoints, newPoints,
				this.candidateMase, newMessages, this.calibratedErrors, this.domain, this.intervalScores);
	}

	/** Skill against seasonal naive: {@code 1 - mase / seasonalNaiveMase} (NaN when undefined). */
	public double skillVersusSeasonalNaive() {
		return (this.seasonalNaiveMase > 0) ? 1 - this.mase / this.seasonalNaiveMase : Double.NaN;
	}

}
