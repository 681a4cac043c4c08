package org.opsreport.forecast;

import java.util.Arrays;
import java.util.Map;

/**
 * Flat forecast at the median of the last {@code w} points, {@code f(o+h) = median(y[o-w .. o-1])}.
 * The absolute-error-optimal level for series without a daily pattern, robust to spikes. The window
 * w (one hour up to seven days, from a fixed ladder) is fitted by minimising the mean absolute error
 * of one-day-ahead forecasts from origins every quarter day over the training part.
 * Needs 12 points.
 */
final class RecentMedianModel implements ForecastModel {

	static final String NAME = "recent-median";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String unsupportedReason(int n, SeriesContext context) {
		return n >= 12 ? null : "the recent median needs 12 points, have " + n;
	}

	/** Window ladder in days. */
	private static final double[] WINDOW_DAYS = { 1.0 / 24, 0.25, 1, 3, 7 };

	@Override
	public Fitted fit(double[] y, int n, SeriesContext context) {
		int s = context.season();
		int lead = Math.max(1, Math.min(s, n / 3));
		int spacing = Math.max(1, s / 4);
		int bestW = 1;
		double bestError = Double.POSITIVE_INFINITY;
		int firstOrigin = n / 3;
		for (double days : WINDOW_DAYS) {
			int w = (int) Math.max(1, Math.round(days * s));
			if (w > firstOrigin) {
				continue;
			}
			double error = 0;
			for (int o = n - lead; o >= firstOrigin; o -= spacing) {
				double m = median(y, o - w, o);
				for (int t = o; t < o + lead; t++) {
					error += Math.abs(y[t] - m);
				}
			}
			if (error < bestError) {
				bestError = error;
				bestW = w;
			}
		}
		int w = bestW;
		return Fitted.of(Map.of("window", (double) w), (series, origin, h) -> {
			double[] f = new double[h];
			Arrays.fill(f, median(series, Math.max(0, origin - w), origin));
			return f;
		});
	}

	static double median(double[] y, int from, int to) {
		double[] a = Arrays.copyOfRange(y, from, to);
		Arrays.sort(a);
		int k = a.length;
		return (k % 2 == 1) ? a[k / 2] : 0.5 * (a[k / 2 - 1] + a[k / 2]);
	}

}
