package org.opsreport.scaling;

/**
 * The probability that a forecast value exceeds a threshold, read from the forecast's stored quantiles.
 * <p>
 * The forecast table keeps five quantiles per step: the 95 % and 80 % central prediction intervals and the point
 * forecast, taken as the median. They fix five points of the cumulative distribution function F:
 * {@code (lower95, 0.025), (lower80, 0.10), (forecast, 0.50), (upper80, 0.90), (upper95, 0.975)}. Between them F is
 * interpolated linearly (a piecewise-linear CDF, i.e. a piecewise-uniform density); beyond the outer points the outer
 * segments are extended with their own slope until F reaches 0 (at {@code lower95 - (lower80 - lower95) / 3}) and 1
 * (at {@code upper95 + (upper95 - upper80) / 3}). The result is {@code P(X > threshold) = 1 - F(threshold)}.
 * <p>
 * Edge cases: coinciding quantiles (e.g. an interval clamped to 0 % or 100 %) make F jump there; F is taken
 * right-continuous, so a threshold equal to a repeated quantile counts as reached. Quantiles out of order are sorted
 * (they can only be out of order through rounding). Any NaN input gives NaN.
 * <p>
 * This is the seed's predictive "confidence" ({@code avg_confidence > 0.7}) made a defined quantity.
 */
final class ExceedanceProbability {

	private static final double[] LEVELS = { 0.025, 0.10, 0.50, 0.90, 0.975 };

	private ExceedanceProbability() {
	}

	/**
	 * {@code P(X > threshold)} for a forecast with the given quantiles.
	 * @param threshold the threshold, e.g. 80 (percent CPU)
	 * @param lower95 lower bound of the 95 % interval (2.5 % quantile)
	 * @param lower80 lower bound of the 80 % interval (10 % quantile)
	 * @param forecast the point forecast (median)
	 * @param upper80 upper bound of the 80 % interval (90 % quantile)
	 * @param upper95 upper bound of the 95 % interval (97.5 % quantile)
	 * @return a probability in [0, 1], NaN when any input is NaN
	 */
	public static double above(double threshold, double lower95, double lower80, double forecast, double upper80,
			double upper95) {
		double[] q = { lower95, lower80, forecast, upper80, upper95 };
		for (double v : q) {
			if (Double.isNaN(v)) {
				return Double.NaN;
			}
		}
		if (Double.isNaN(threshold)) {
			return Double.NaN;
		}
		java.util.Arrays.sort(q);
		// knots of F: extrapolated zero, the five quantiles, extrapolated one
		double[] x = new double[7];
		double[] p = new double[7];
		x[0] = q[0] - (q[1] - q[0]) * LEVELS[0] / (LEVELS[1] - LEVELS[0]);
		p[0] = 0;
		for (int i = 0; i < 5; i++) {
			x[i + 1] = q[i];
			p[i + 1] = LEVELS[i];
		}
		x[6] = q[4] + (q[4] - q[3]) * (1 - LEVELS[4]) / (LEVELS[4] - LEVELS[3]);
		p[6] = 1;
		return 1 - cdf(threshold, x, p);
	}

	/** Right-continuous piecewise-linear interpolation through non-decreasing knots. */
	private static double cdf(double t, double[] x, double[] p) {
		if (t < x[0]) {
			return 0;
		}
		int i = x.length - 1;
		while (x[i] > t) {
			i--;
		}
		// x[i] <= t < x[i + 1] (strictly, since i is the last knot at or below t)
		if (i == x.length - 1) {
			return 1;
		}
		return p[i] + (p[i + 1] - p[i]) * (t - x[i]) / (x[i + 1] - x[i]);
	}

}
