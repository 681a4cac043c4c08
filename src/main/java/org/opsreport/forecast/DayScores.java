package org.opsreport.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.opsreport.forecast.IntervalCalibration.Multipliers;
import org.opsreport.forecast.IntervalCalibration.ScoreCounts;

/**
 * One day's scores of the pooled interval calibration ({@link IntervalCalibration}): each recorded value
 * against the interval an earlier night stored for its time, per horizon band and level (0: 80 %, 1: 95 %),
 * counted on the multiplier grid, and how many fell outside. Series are added one by one, so memory does
 * not grow with their number.
 * <p>
 * The scores are those of the series' own intervals: a stored bound was the own bound widened by that
 * night's multiplier {@code m}, so the own score is {@code m} times the score against the stored bound
 * (exact where the bound was not clamped to the metric's range; where it was, the actual lies inside on
 * that side anyway). A stored bound on the range's edge ({@link IntervalCalibration#score(double, double,
 * double, double, ValueDomain) edge-aware}): when that night's multiplier was at most 1, the own bound was on
 * the edge too ({@code f - m (f - l)} with {@code m <= 1} never reaches the edge from inside it; for the 95 %
 * bound, which may be the 80 % one stretched to hold it, both multipliers at most 1), and a value
 * on that side scores 0, exactly as the bench scores the own intervals; when the multiplier was above 1 the
 * own bound may have been inside and pushed onto the edge, its score is unknown and the rule above gives
 * {@code m} times the stored score, an upper bound of it (so that an unknown score never narrows the
 * intervals). Pure: values in, counts out.
 */
final class DayScores {

	private final ScoreCounts[][] counts = new ScoreCounts[IntervalCalibration.BANDS][2];

	private final long[][] missed = new long[IntervalCalibration.BANDS][2];

	DayScores() {
		for (ScoreCounts[] band : this.counts) {
			Arrays.fill(band, ScoreCounts.EMPTY);
		}
	}

	/**
	 * Adds one series' stored forecast steps of the day.
	 * @param due the stored steps whose time lies in the day
	 * @param seconds the recorded samples' times (epoch seconds, ascending)
	 * @param values the recorded values
	 * @param tolerance how far (seconds) a sample may lie from a step's time to count for it
	 * @param origin the forecast's origin (its training end): leads, and so bands, count from it
	 * @param applied the multipliers that night applied to the stored bounds
	 * @param domain the metric's range (whose edges a stored bound may sit on)
	 */
	void add(List<ForecastPoint> due, long[] seconds, double[] values, long tolerance, Instant origin,
			Multipliers applied, ValueDomain domain) {
		int bands = IntervalCalibration.BANDS;
		double[][][] scores = new double[bands][2][due.size()];
		for (double[][] band : scores) {
			for (double[] level : band) {
				Arrays.fill(level, Double.NaN); // NaN: not scored, skipped by ScoreCounts.of
			}
		}
		int[] scored = new int[bands];
		for (ForecastPoint p : due) {
			int i = RealizedAccuracy.nearest(seconds, p.timestamp().getEpochSecond(), tolerance);
			if (i < 0 || !Double.isFinite(values[i])) {
				continue;
			}
			int band = IntervalCalibration.band(Duration.between(origin, p.timestamp()));
			double s80 = IntervalCalibration.score(values[i], p.forecast(), p.lower80(), p.upper80());
			double s95 = IntervalCalibration.score(values[i], p.forecast(), p.lower95(), p.upper95());
			double m80 = applied.band(band).m80();
			double m95 = applied.band(band).m95();
			// the stored 95 % bound may be the 80 % one (stretched to hold it), so both multipliers must be <= 1
			scores[band][0][scored[band]] = ownScore(values[i], p.forecast(), p.lower80(), p.upper80(), s80, m80,
					m80 <= 1, domain);
			scores[band][1][scored[band]] = ownScore(values[i], p.forecast(), p.lower95(), p.upper95(), s95, m95,
					m80 <= 1 && m95 <= 1, domain);
			scored[band]++;
			this.missed[band][0] += s80 > 1 ? 1 : 0;
			this.missed[band][1] += s95 > 1 ? 1 : 0;
		}
		for (int b = 0; b < bands; b++) {
			for (int l = 0; l < 2; l++) {
				this.counts[b][l] = this.counts[b][l].plus(ScoreCounts.of(scores[b][l]));
			}
		}
	}

	/**
	 * The score against the series' own interval from the one against the stored bound {@code stored} and the
	 * night's multiplier {@code m} (see the class comment): 0 on a side whose stored bound is on the edge when
	 * {@code narrowed} (no multiplier that shaped the stored bound was above 1, so the own bound was on the edge
	 * too), else {@code m} times the stored score.
	 */
	static double ownScore(double actual, double forecast, double lower, double upper, double stored, double m,
			boolean narrowed, ValueDomain domain) {
		if (narrowed && IntervalCalibration.score(actual, forecast, lower, upper, domain) == 0) {
			return 0;
		}
		return stored * m;
	}

	/** The day's score counts of a band and level (0: 80 %, 1: 95 %). */
	ScoreCounts counts(int band, int level) {
		return this.counts[band][level];
	}

	/** The share of the day's scored values outside the stored interval; NaN when none was scored. */
	double missRate(int band, int level) {
		long total = this.counts[band][level].total();
		return total > 0 ? (double) this.missed[band][level] / total : Double.NaN;
	}

	/** How many of the day's scored values fell outside the stored interval. */
	long missed(int band, int level) {
		return this.missed[band][level];
	}

}
