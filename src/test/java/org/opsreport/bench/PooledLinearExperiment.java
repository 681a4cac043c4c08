package org.opsreport.bench;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * A pooled (global) linear model across all series of one night (issue 16, item 3), as an experiment
 * in bench/forecast-accuracy ({@code -Dbench.pooled=true}): one ordinary-least-squares regression per
 * horizon band (leads up to 6 h, 6-24 h, beyond), fitted on every series' training window at once, on
 * features scaled by the series' level at the origin, so that series of any unit share the
 * coefficients (the approach of the M4/M5 global models; Montero-Manso &amp; Hyndman 2021, "Principles
 * and algorithms for forecasting groups of time series: locality and globality", IJF 37(4)).
 * <p>
 * At origin {@code o} and lead {@code h} (target {@code t = o + h - 1}), with {@code L} the mean absolute
 * value of the series' training window (a per-series scale; the last day's level was tried first and
 * let near-zero days dominate the fit): target {@code y(t) / L}; features {@code 1}, the value one
 * day earlier {@code y(t - s ceil(h/s)) / L}, the mean of the same time of day over the last 7 days
 * {@code / L}, the mean of the last 6 hours {@code / L}, the last value {@code / L} (fitted winsorized at
 * {@code 5 L}), and with {@code -Dbench.pooled.calendar=true} hour-of-day Fourier terms of {@code t}
 * ({@code sin, cos} of {@code 2 pi k hod / 24}, {@code k = 1, 2}). Training origins every 6 hours inside
 * each training window (targets never beyond it), leads sampled hourly. Measured and rejected: see
 * bench/README.md ("Intervals and interval scores").
 */
final class PooledLinearExperiment {

	static final double WINSOR = Double.parseDouble(System.getProperty("bench.pooled.winsor", "5"));

	/** Hour-of-day Fourier terms shared by all series (-Dbench.pooled.calendar=true). */
	static final boolean CALENDAR = Boolean.getBoolean("bench.pooled.calendar");

	/** An intercept in the scaled units (-Dbench.pooled.intercept=false: the fit is on the lags only). */
	static final boolean INTERCEPT = Boolean.parseBoolean(System.getProperty("bench.pooled.intercept", "true"));

	private PooledLinearExperiment() {
	}

	/** One series of the night: its training window, where it starts (hour of day of index 0), its season. */
	record Series(double[] train, double startHourOfDay, int season, int hold) {
	}

	/**
	 * Pooled forecasts of every series' hold-out ({@code hold} steps after its training window).
	 * @return per series the forecast, or null when the series is too short for the features
	 */
	static List<double[]> forecast(List<Series> night) {
		int bands = 3;
		List<List<double[]>> x = new ArrayList<>();
		List<List<Double>> yv = new ArrayList<>();
		for (int b = 0; b < bands; b++) {
			x.add(new ArrayList<>());
			yv.add(new ArrayList<>());
		}
		for (Series series : night) {
			int s = series.season;
			int n = series.train.length;
			int stepsPerHour = Math.max(1, s / 24);
			int originSpacing = 6 * stepsPerHour;
			double level = level(series.train, n, n);
			for (int o = 7 * s; o + series.hold <= n; o += originSpacing) {
				if (!(level > 0)) {
					continue;
				}
				for (int h = 1; h <= series.hold; h += stepsPerHour) {
					int t = o + h - 1;
					// winsorized at 5 times the series' mean: spikes of 50x the mean would otherwise decide the fit
					double[] features = features(series, series.train, o, h, level);
					for (int j = features.length - 4; j < features.length && j < 5; j++) {
						features[j] = Math.min(features[j], WINSOR);
					}
					x.get(band(h, stepsPerHour)).add(features);
					yv.get(band(h, stepsPerHour)).add(Math.min(series.train[t] / level, WINSOR));
				}
			}
		}
		double[][] beta = new double[bands][];
		for (int b = 0; b < bands; b++) {
			if (x.get(b).size() < 50) {
				return null;
			}
			OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
			ols.setNoIntercept(true);
			ols.newSampleData(yv.get(b).stream().mapToDouble(Double::doubleValue).toArray(), x.get(b).toArray(double[][]::new));
			beta[b] = ols.estimateRegressionParameters();
		}
		List<double[]> out = new ArrayList<>();
		for (Series series : night) {
			int n = series.train.length;
			int stepsPerHour = Math.max(1, series.season / 24);
			double level = level(series.train, n, n);
			if (n < 7 * series.season || !(level > 0)) {
				out.add(null);
				continue;
			}
			double[] f = new double[series.hold];
			for (int h = 1; h <= series.hold; h++) {
				double[] features = features(series, series.train, n, h, level);
				double[] b = beta[band(h, stepsPerHour)];
				double v = 0;
				for (int j = 0; j < b.length; j++) {
					v += b[j] * features[j];
				}
				f[h - 1] = Math.max(0, v * level);
			}
			out.add(f);
		}
		return out;
	}

	private static int band(int h, int stepsPerHour) {
		return h <= 6 * stepsPerHour ? 0 : h <= 24 * stepsPerHour ? 1 : 2;
	}

	private static double level(double[] y, int o, int s) {
		double sum = 0;
		for (int t = o - s; t < o; t++) {
			sum += Math.abs(y[t]);
		}
		return sum / s;
	}

	private static double[] features(Series series, double[] y, int o, int h, double level) {
		int s = series.season;
		int t = o + h - 1;
		double seasonalNaive = y[t - s * ((h + s - 1) / s)];
		double sameSlot = 0;
		int days = 0;
		for (int d = 1; d <= 7; d++) {
			int i = t - d * s;
			while (i >= o) {
				i -= s;
			}
			if (i >= 0) {
				sameSlot += y[i];
				days++;
			}
		}
		sameSlot /= Math.max(1, days);
		int recent = Math.max(1, s / 4);
		double recentMean = 0;
		for (int i = o - recent; i < o; i++) {
			recentMean += y[i];
		}
		recentMean /= recent;
		double hourOfDay = (series.startHourOfDay + 24.0 * t / s) % 24;
		double a = 2 * Math.PI * hourOfDay / 24;
		if (!CALENDAR) {
			double[] lags = { seasonalNaive / level, sameSlot / level, recentMean / level, y[o - 1] / level };
			if (!INTERCEPT) {
				return lags;
			}
			return new double[] { 1, lags[0], lags[1], lags[2], lags[3] };
		}
		return new double[] { 1, seasonalNaive / level, sameSlot / level, recentMean / level, y[o - 1] / level,
				Math.sin(a), Math.cos(a), Math.sin(2 * a), Math.cos(2 * a) };
	}

}
