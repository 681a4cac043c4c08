package org.opsreport.forecast;

/**
 * How well a forecast's prediction intervals held in the calibration backtest (each origin's intervals
 * calibrated without that origin's errors): coverage overall and per horizon band, and two interval
 * scores that reward narrow intervals and penalise misses in proportion to their size.
 *
 * @param coverage80 share (0..1) of backtest actuals inside the 80 % interval
 * @param coverage95 same for the 95 % interval
 * @param msis mean scaled interval score of the 95 % interval (M4 definition, {@link Accuracy#msis}:
 * the mean Winkler score divided by the in-sample seasonal-naive MAE); NaN when undefined
 * @param winkler80 mean Winkler score of the 80 % interval ({@link Accuracy#winkler}), in the series' unit
 * @param first6h coverage at leads up to 6 hours
 * @param from6To24h coverage at leads over 6 and up to 24 hours
 * @param from24h coverage at leads over 24 hours (up to the horizon, 48 hours by default)
 */
public record IntervalScores(double coverage80, double coverage95, double msis, double winkler80, Band first6h,
		Band from6To24h, Band from24h) {

	/** No forecast, nothing measured. */
	public static final IntervalScores NONE = new IntervalScores(Double.NaN, Double.NaN, Double.NaN, Double.NaN,
			Band.NONE, Band.NONE, Band.NONE);

	/** Coverage of the 80 % and 95 % intervals in one horizon band (NaN when the backtest has no lead there). */
	public record Band(double coverage80, double coverage95) {

		public static final Band NONE = new Band(Double.NaN, Double.NaN);

	}

}
