package org.opsreport.forecast;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * How the previous night's forecast of the report date did against what was then recorded: the
 * out-of-sample check that the backtest can only estimate.
 * <p>
 * For every forecast step {@code t} of the report date that has a recorded value {@code a(t)} (the
 * sample nearest to {@code t}, within half a step):
 * <pre>
 * MAE          = mean_t |a(t) - f(t)|
 * MAE_sn       = mean_t |a(t) - a(t - 1 day)|     (seasonal naive from the same origin: the day before)
 * skill        = 1 - MAE / MAE_sn                  (relative MAE, Hyndman &amp; Koehler 2006, "Another look at
 *                                                  measures of forecast accuracy", IJF 22(4), section 3.3)
 * coverage_p   = share of t with lower_p(t) &lt;= a(t) &lt;= upper_p(t),  p = 80, 95
 * W_p          = mean_t Winkler score of the p% interval at a(t)      ({@link Accuracy#winkler}, alpha = 1 - p/100)
 * MSIS         = W_95 / MAE_sn                     (the M4 competition's scaled interval score, with the day's
 *                                                  seasonal-naive MAE as its scale instead of the in-sample one)
 * </pre>
 * MAE and MAE_sn are taken over the steps that have both {@code a(t)} and {@code a(t - 1 day)}, so the
 * skill compares like with like (it equals {@code 1 - MASE / MASE_sn} for any common scale); coverage and
 * the Winkler scores over every step with {@code a(t)}. A skill and the MSIS are undefined (null) when MAE_sn
 * is zero or no step has both values; everything is null when no step has a recorded value. The Winkler
 * scores are in the series' unit; the MSIS compares across series (lower is better for all three).
 *
 * @param points forecast steps of the report date with a recorded value
 * @param mae mean absolute error of the forecast
 * @param seasonalNaiveMae mean absolute error of the value one day earlier
 * @param skill {@code 1 - mae / seasonalNaiveMae}: positive when the forecast beat seasonal naive
 * @param coverage80 share of recorded values inside the 80% interval (nominal 0.80)
 * @param coverage95 share of recorded values inside the 95% interval (nominal 0.95)
 * @param winkler80 mean Winkler score of the 80% interval, in the series' unit
 * @param winkler95 mean Winkler score of the 95% interval, in the series' unit
 * @param msis {@code winkler95 / seasonalNaiveMae}; null when that is zero or undefined
 */
public record RealizedAccuracy(int points, Double mae, Double seasonalNaiveMae, Double skill, Double coverage80,
		Double coverage95, Double winkler80, Double winkler95, Double msis) {

	private static final long DAY = Duration.ofDays(1).toSeconds();

	/**
	 * Scores a forecast against recorded samples.
	 * @param forecast the forecast steps to score (those of the report date)
	 * @param actualSeconds times of the recorded samples (epoch seconds, ascending), covering the scored
	 * steps and the day before them
	 * @param actualValues the recorded values
	 * @param step the series' sampling interval (matching tolerance: half of it)
	 * @return the accuracy; {@code points == 0} and null figures when nothing could be scored
	 */
	public static RealizedAccuracy score(List<ForecastPoint> forecast, long[] actualSeconds, double[] actualValues,
			Duration step) {
		long tolerance = Math.max(0, step.toSeconds() / 2);
		int points = 0;
		int in80 = 0;
		int in95 = 0;
		int paired = 0;
		double winkler80 = 0;
		double winkler95 = 0;
		double absError = 0;
		double absNaive = 0;
		for (ForecastPoint p : forecast) {
			long t = p.timestamp().getEpochSecond();
			int i = nearest(actualSeconds, t, tolerance);
			if (i < 0 || !Double.isFinite(actualValues[i])) {
				continue;
			}
			double a = actualValues[i];
			points++;
			in80 += (a >= p.lower80() && a <= p.upper80()) ? 1 : 0;
			in95 += (a >= p.lower95() && a <= p.upper95()) ? 1 : 0;
			winkler80 += Accuracy.winklerTerm(a, p.lower80(), p.upper80(), 0.2);
			winkler95 += Accuracy.winklerTerm(a, p.lower95(), p.upper95(), 0.05);
			int j = nearest(actualSeconds, t - DAY, tolerance);
			if (j >= 0 && Double.isFinite(actualValues[j])) {
				paired++;
				absError += Math.abs(a - p.forecast());
				absNaive += Math.abs(a - actualValues[j]);
			}
		}
		if (points == 0) {
			return new RealizedAccuracy(0, null, null, null, null, null, null, null, null);
		}
		Double mae = paired > 0 ? absError / paired : null;
		Double naive = paired > 0 ? absNaive / paired : null;
		Double skill = (paired > 0 && absNaive > 0) ? 1 - absError / absNaive : null;
		Double msis = (paired > 0 && absNaive > 0) ? (winkler95 / points) / naive : null;
		return new RealizedAccuracy(points, mae, naive, skill, (double) in80 / points, (double) in95 / points,
				winkler80 / points, winkler95 / points, msis);
	}

	/** Index of the sample nearest to {@code t} within {@code tolerance} seconds, or -1. */
	static int nearest(long[] seconds, long t, long tolerance) {
		int i = Arrays.binarySearch(seconds, t);
		if (i >= 0) {
			return i;
		}
		int after = -i - 1;
		int best = -1;
		long bestDistance = Long.MAX_VALUE;
		for (int k : new int[] { after - 1, after }) {
			if (k >= 0 && k < seconds.length && Math.abs(seconds[k] - t) <= tolerance
					&& Math.abs(seconds[k] - t) < bestDistance) {
				best = k;
				bestDistance = Math.abs(seconds[k] - t);
			}
		}
		return best;
	}

}
