package org.opsreport.forecast;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Daily and weekly seasonality by harmonic regression with AR errors (FPP 3rd ed., sections 7.4
 * "Fourier terms" and 10.5 "Dynamic harmonic regression"):
 * <pre>
 * y(t) = b0 + b1*t/n + sum_{k=1..K1} [a_k sin(2 pi k t/s) + c_k cos(2 pi k t/s)]
 *                    + sum_{k=1..K2, k not multiple of 7} [d_k sin(2 pi k t/(7s)) + e_k cos(2 pi k t/(7s))] + r(t)
 * r(t) = phi_1 r(t-1) + ... + phi_p r(t-p) + noise
 * </pre>
 * with {@code s} steps per day; weekly harmonics that are multiples of 7 repeat a daily one and are
 * left out. Coefficients by ordinary least squares (commons-math3 {@link OLSMultipleLinearRegression}),
 * the AR(p) coefficients by least squares on the regression residuals. The forecast continues the
 * regression and lets the residual AR decay. Only offered when the series holds at least two weeks
 * ({@link #MIN_DAYS_TOTAL}, checked by the engine) and each fit sees at least {@link #MIN_DAYS_FIT} days.
 */
final class FourierRegressionModel implements ForecastModel {

	static final String NAME = "fourier-ar";

	static final int MIN_DAYS_TOTAL = 14;

	static final int MIN_DAYS_FIT = 8;

	static final int AR_ORDER = 3;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String unsupportedReason(int n, SeriesContext context) {
		return context.season() < 4 ? "daily+weekly regression needs a daily season of four or more points"
				: ForecastModel.needsPoints(n, MIN_DAYS_FIT * context.season(),
						"daily+weekly regression needs " + MIN_DAYS_FIT + " days to fit");
	}

	static int dailyHarmonics(int s) {
		return Math.min(8, (s - 1) / 2);
	}

	static int weeklyHarmonics(int s) {
		return Math.min(6, (7 * s - 1) / 2);
	}

	/** Regressors (without intercept) for time index t; trend scaled by {@code n} for conditioning. */
	static double[] regressors(int t, int s, double trendScale) {
		int k1 = dailyHarmonics(s);
		int k2 = weeklyHarmonics(s);
		int weekly = 0;
		for (int k = 1; k <= k2; k++) {
			if (k % 7 != 0) {
				weekly++;
			}
		}
		double[] x = new double[1 + 2 * k1 + 2 * weekly];
		x[0] = t / trendScale;
		int c = 1;
		for (int k = 1; k <= k1; k++) {
			double a = 2 * Math.PI * k * t / s;
			x[c++] = Math.sin(a);
			x[c++] = Math.cos(a);
		}
		for (int k = 1; k <= k2; k++) {
			if (k % 7 != 0) {
				double a = 2 * Math.PI * k * t / (7.0 * s);
				x[c++] = Math.sin(a);
				x[c++] = Math.cos(a);
			}
		}
		return x;
	}

	@Override
	public Fitted fit(double[] y, int n, SeriesContext context) {
		int s = context.season();
		double scale = n;
		double[][] x = new double[n][];
		double[] target = new double[n];
		for (int t = 0; t < n; t++) {
			x[t] = regressors(t, s, scale);
			target[t] = y[t];
		}
		OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
		ols.newSampleData(target, x);
		double[] beta = ols.estimateRegressionParameters();
		double[] residual = new double[n];
		for (int t = 0; t < n; t++) {
			residual[t] = y[t] - predict(beta, x[t]);
		}
		int p = AR_ORDER;
		double[] yAr = new double[n - p];
		double[][] xAr = new double[n - p][p];
		for (int t = p; t < n; t++) {
			yAr[t - p] = residual[t];
			for (int j = 0; j < p; j++) {
				xAr[t - p][j] = residual[t - 1 - j];
			}
		}
		OLSMultipleLinearRegression ar = new OLSMultipleLinearRegression();
		ar.setNoIntercept(true);
		ar.newSampleData(yAr, xAr);
		double[] phi = stationary(ar.estimateRegressionParameters());
		return fixed(s, scale, beta, phi);
	}

	/** Shrinks AR coefficients whose sum reaches 1 so that the forecast decays instead of drifting. */
	private static double[] stationary(double[] phi) {
		double sum = 0;
		for (double v : phi) {
			sum += Math.abs(v);
		}
		if (sum >= 0.99) {
			double f = 0.99 / sum;
			for (int i = 0; i < phi.length; i++) {
				phi[i] *= f;
			}
		}
		return phi;
	}

	static double predict(double[] beta, double[] x) {
		double v = beta[0];
		for (int i = 0; i < x.length; i++) {
			v += beta[i + 1] * x[i];
		}
		return v;
	}

	static Fitted fixed(int s, double scale, double[] beta, double[] phi) {
		return new Fitted() {
			@Override
			public Map<String, Double> parameters() {
				Map<String, Double> m = new LinkedHashMap<>();
				m.put("intercept", beta[0]);
				m.put("trendPerStep", beta[1] / scale);
				m.put("dailyHarmonics", (double) dailyHarmonics(s));
				m.put("weeklyHarmonics", (double) weeklyHarmonics(s));
				for (int i = 0; i < phi.length; i++) {
					m.put("ar" + (i + 1), phi[i]);
				}
				return m;
			}

			@Override
			public double[] forecast(double[] y, int origin, int h) {
				int p = phi.length;
				double[] r = new double[p + h];
				for (int j = 0; j < p; j++) {
					int t = origin - p + j;
					r[j] = y[t] - predict(beta, regressors(t, s, scale));
				}
				double[] f = new double[h];
				for (int k = 0; k < h; k++) {
					double next = 0;
					for (int j = 0; j < p; j++) {
						next += phi[j] * r[p + k - 1 - j];
					}
					r[p + k] = next;
					f[k] = predict(beta, regressors(origin + k, s, scale)) + next;
				}
				return f;
			}
		};
	}

}
