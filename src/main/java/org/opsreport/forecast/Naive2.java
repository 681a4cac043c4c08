package org.opsreport.forecast;

/**
 * The M4 competition's benchmark "Naive2" (Makridakis, Spiliotis &amp; Assimakopoulos 2020, "The M4
 * Competition: 100,000 time series and 61 forecasting methods", IJF 36(1), section 2.4; reference code
 * {@code M4-methods/Benchmarks and Evaluation.R}): the naive forecast of the seasonally adjusted series,
 * re-seasonalised. It is the denominator of the M4 overall weighted average (OWA), which the
 * bench reports for hourly data.
 * <ol>
 * <li>Seasonality test: the series is seasonal when the autocorrelation at lag {@code m} exceeds its
 * 90 % limit, {@code |r_m| > 1.645 sqrt((1 + 2 sum_{k=1}^{m-1} r_k^2) / n)}; needs {@code n >= 3m}.</li>
 * <li>Classical multiplicative decomposition (R {@code decompose}): trend by the centred moving average of
 * order {@code m} (weights {@code 1/(2m), 1/m, ..., 1/m, 1/(2m)} for even {@code m}), seasonal index of each
 * position in the cycle the mean of {@code y / trend} there, normalised to mean 1. M4's series are
 * positive; a series with a value {@code <= 0} is decomposed additively instead (indices
 * {@code y - trend}, normalised to mean 0).</li>
 * <li>Forecast {@code F(n + h) = a(n - 1) * I((n - 1 + h) mod m)} with {@code a(t) = y(t) / I(t mod m)}
 * (additively: {@code a(t) = y(t) - I}, {@code F = a + I}).</li>
 * </ol>
 */
public final class Naive2 {

	private Naive2() {
	}

	/**
	 * @param y in-sample values, oldest first (position 0 is the start of a cycle)
	 * @param m season length (24 for hourly data with a daily cycle)
	 * @param horizon steps to forecast
	 */
	public static double[] forecast(double[] y, int m, int horizon) {
		int n = y.length;
		double[] out = new double[horizon];
		if (m <= 1 || !seasonal(y, m)) {
			java.util.Arrays.fill(out, y[n - 1]);
			return out;
		}
		boolean multiplicative = java.util.Arrays.stream(y).allMatch(v -> v > 0);
		double[] index = seasonalIndices(y, m, multiplicative);
		double last = multiplicative ? y[n - 1] / index[(n - 1) % m] : y[n - 1] - index[(n - 1) % m];
		for (int h = 1; h <= horizon; h++) {
			double i = index[(n - 1 + h) % m];
			out[h - 1] = multiplicative ? last * i : last + i;
		}
		return out;
	}

	/** The M4 seasonality test at the 90 % level (see the class comment). */
	static boolean seasonal(double[] y, int m) {
		int n = y.length;
		if (n < 3 * m) {
			return false;
		}
		double mean = 0;
		for (double v : y) {
			mean += v;
		}
		mean /= n;
		double denominator = 0;
		for (double v : y) {
			denominator += (v - mean) * (v - mean);
		}
		if (denominator == 0) {
			return false;
		}
		double sumSquares = 0;
		double rm = 0;
		for (int k = 1; k <= m; k++) {
			double c = 0;
			for (int t = k; t < n; t++) {
				c += (y[t] - mean) * (y[t - k] - mean);
			}
			double r = c / denominator;
			if (k < m) {
				sumSquares += r * r;
			}
			else {
				rm = r;
			}
		}
		return Math.abs(rm) > 1.645 * Math.sqrt((1 + 2 * sumSquares) / n);
	}

	/** Seasonal indices by cycle position (R {@code decompose(...)$figure}). */
	static double[] seasonalIndices(double[] y, int m, boolean multiplicative) {
		int n = y.length;
		double[] sum = new double[m];
		int[] count = new int[m];
		int half = m / 2;
		for (int t = half; t < n - half; t++) {
			double trend;
			if (m % 2 == 0) {
				double s = 0.5 * (y[t - half] + y[t + half]);
				for (int j = t - half + 1; j < t + half; j++) {
					s += y[j];
				}
				trend = s / m;
			}
			else {
				double s = 0;
				for (int j = t - half; j <= t + half; j++) {
					s += y[j];
				}
				trend = s / m;
			}
			sum[t % m] += multiplicative ? y[t] / trend : y[t] - trend;
			count[t % m]++;
		}
		double[] index = new double[m];
		double mean = 0;
		for (int i = 0; i < m; i++) {
			index[i] = sum[i] / count[i];
			mean += index[i] / m;
		}
		for (int i = 0; i < m; i++) {
			index[i] = multiplicative ? index[i] / mean : index[i] - mean;
		}
		return index;
	}

}
