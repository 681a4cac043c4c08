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

	static double scaled(double mae, double scale) {
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

	private static void check(double[] actual, double[] forecast) {
		if (actual.length != forecast.length) {
			throw new IllegalArgumentException("lengths differ: " + actual.length + " vs " + forecast.length);
		}
	}

}
