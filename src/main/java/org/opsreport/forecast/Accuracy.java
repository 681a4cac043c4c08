package org.opsreport.forecast;

/**
 * Forecast accuracy measures (Hyndman &amp; Koehler 2006, "Another look at measures of forecast
 * accuracy", International Journal of Forecasting 22(4); FPP 3rd ed., section 5.8).
 */
public final class Accuracy {

	private Accuracy() {
	}

	/**
	 * In-sample mean absolute error of the seasonal naive method with period {@code m}:
	 * {@code (1/(n-m)) * sum_{t=m..n-1} |y(t) - y(t-m)|}. With {@code m = 1} this is the naive MAE.
	 * @return NaN when {@code n <= m}
	 */
	public static double seasonalNaiveMae(double[] y, int n, int m) {
		if (n <= m) {
			return Double.NaN;
		}
		double sum = 0;
		for (int t = m; t < n; t++) {
			sum += Math.abs(y[t] - y[t - m]);
		}
		return sum / (n - m);
	}

	/** Mean absolute error over paired arrays; NaN for empty input. */
	public static double mae(double[] actual, double[] forecast) {
		check(actual, forecast);
		if (actual.length == 0) {
			return Double.NaN;
		}
		return absoluteErrorSum(actual, forecast) / actual.length;
	}

	/**
	 * {@code sum |actual_i - forecast_i|}, in index order: the numerator of {@link #mae}, for callers that pool
	 * several forecasts' errors into one mean (the backtest's origins).
	 */
	static double absoluteErrorSum(double[] actual, double[] forecast) {
		double sum = 0;
		for (int i = 0; i < actual.length; i++) {
			sum += Math.abs(actual[i] - forecast[i]);
		}
		return sum;
	}

	/**
	 * Mean absolute scaled error: {@code MAE(actual, forecast) / scale}, where scale is the in-sample
	 * seasonal-naive MAE ({@link #seasonalNaiveMae}). A value below 1 beats seasonal naive in sample.
	 * @return 0 when both MAE and scale are 0; NaN when only the scale is 0 or NaN (undefined)
	 */
	public static double mase(double[] actual, double[] forecast, double scale) {
		return scaled(mae(actual, forecast), scale);
	}

	public static double scaled(double mae, double scale) {
		if (mae == 0 && scale == 0) {
			return 0;
		}
		if (!(scale > 0)) {
			return Double.NaN;
		}
		return mae / scale;
	}

	/**
	 * Symmetric MAPE in percent (0..200): {@code (100/n) * sum 2|a - f| / (|a| + |f|)}; a term with
	 * {@code a = f = 0} counts as 0 (a perfect forecast of zero). NaN for empty input.
	 */
	public static double smape(double[] actual, double[] forecast) {
		check(actual, forecast);
		if (actual.length == 0) {
			return Double.NaN;
		}
		double sum = 0;
		for (int i = 0; i < actual.length; i++) {
			sum += smapeTerm(actual[i], forecast[i]);
		}
		return 100.0 * sum / actual.length;
	}

	static double smapeTerm(double a, double f) {
		double d = Math.abs(a) + Math.abs(f);
		return d == 0 ? 0 : 2 * Math.abs(a - f) / d;
	}

	/**
	 * Winkler's interval score (Winkler 1972, "A decision-theoretic approach to interval estimation",
	 * JASA 67(337); Gneiting &amp; Raftery 2007, eq. 43), averaged over the steps: for a central
	 * {@code (1 - alpha)} interval {@code [l, u]} and the actual {@code y},
	 * <pre>
	 * W = (u - l) + (2 / alpha) (l - y) 1{y &lt; l} + (2 / alpha) (y - u) 1{y &gt; u}
	 * </pre>
	 * Lower is better: a narrow interval that holds the actual. Example: {@code [8, 12]}, {@code alpha =
	 * 0.2}, {@code y = 13}: {@code 4 + 10 * 1 = 14}. NaN for empty input.
	 */
	public static double winkler(double[] actual, double[] lower, double[] upper, double alpha) {
		check(actual, lower);
		check(actual, upper);
		if (!(alpha > 0 && alpha < 1)) {
			throw new IllegalArgumentException("alpha must be in (0, 1): " + alpha);
		}
		if (actual.length == 0) {
			return Double.NaN;
		}
		double sum = 0;
		for (int i = 0; i < actual.length; i++) {
			sum += winklerTerm(actual[i], lower[i], upper[i], alpha);
		}
		return sum / actual.length;
	}

	/** One step's Winkler score (see {@link #winkler}); {@code alpha} is not checked. */
	static double winklerTerm(double y, double lower, double upper, double alpha) {
		return (upper - lower) + (y < lower ? 2 / alpha * (lower - y) : 0) + (y > upper ? 2 / alpha * (y - upper) : 0);
	}

	/**
	 * Mean scaled interval score as defined for the M4 competition (Makridakis, Spiliotis &amp;
	 * Assimakopoulos 2020, "The M4 Competition: 100,000 time series and 61 forecasting methods", IJF
	 * 36(1), eq. 4): the mean Winkler score ({@link #winkler}) over the horizon divided by the in-sample
	 * seasonal-naive MAE {@code scale} ({@link #seasonalNaiveMae}); M4 scores the 95 % interval,
	 * {@code alpha = 0.05}.
	 * @return 0 when the score and the scale are 0; NaN when only the scale is 0 or NaN
	 */
	public static double msis(double[] actual, double[] lower, double[] upper, double alpha, double scale) {
		return scaled(winkler(actual, lower, upper, alpha), scale);
	}

	/** Share (0..1) of the actuals inside {@code [lower, upper]}; NaN for empty input. */
	public static double coverage(double[] actual, double[] lower, double[] upper) {
		check(actual, lower);
		check(actual, upper);
		if (actual.length == 0) {
			return Double.NaN;
		}
		int in = 0;
		for (int i = 0; i < actual.length; i++) {
			in += (actual[i] >= lower[i] && actual[i] <= upper[i]) ? 1 : 0;
		}
		return (double) in / actual.length;
	}

	private static void check(double[] actual, double[] forecast) {
		if (actual.length != forecast.length) {
			throw new IllegalArgumentException("lengths differ: " + actual.length + " vs " + forecast.length);
		}
	}

}
