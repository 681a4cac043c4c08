package org.opsreport.forecast;

/**
 * The interval scores of a retrain as the model registry stores them and report.json shows them
 * ({@code forecasts[].intervals}): measured in the calibration backtest, each origin's intervals
 * calibrated without that origin's errors ({@link IntervalScores}). Null where undefined or not
 * recorded (retrains stored before these columns existed).
 *
 * @param msis mean scaled interval score of the 95 % interval, M4 definition (lower is better)
 * @param winkler80 mean Winkler score of the 80 % interval, in the series' unit (lower is better)
 * @param first6h coverage at leads up to 6 hours
 * @param from6To24h coverage at leads over 6 and up to 24 hours
 * @param from24h coverage at leads over 24 hours
 */
public record StoredIntervalScores(Double msis, Double winkler80, Band first6h, Band from6To24h, Band from24h) {

	/** Shares (0..1) of backtest actuals inside the 80 % and 95 % intervals in one horizon band. */
	public record Band(Double coverage80, Double coverage95) {

		static Band of(IntervalScores.Band band) {
			return new Band(finite(band.coverage80()), finite(band.coverage95()));
		}

	}

	static StoredIntervalScores of(IntervalScores scores) {
		return new StoredIntervalScores(finite(scores.msis()), finite(scores.winkler80()), Band.of(scores.first6h()),
				Band.of(scores.from6To24h()), Band.of(scores.from24h()));
	}

	private static Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}

}
