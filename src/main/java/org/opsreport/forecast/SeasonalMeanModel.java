package org.opsreport.forecast;

import java.util.Map;

/**
 * Seasonal mean: the average of the same time of day over the last {@code k} days,
 * {@code f(o+h) = (1/k) * sum_{j=1..k} y(o + h' - 1 - j*s)} with {@code h' = ((h-1) mod s) + 1}.
 * Where seasonal naive copies one day's noise, this averages it out (for white noise of variance
 * sigma^2 the error variance is {@code sigma^2 (1 + 1/k)} instead of {@code 2 sigma^2}).
 * k in 1..7 is fitted by minimising the mean absolute one-day-ahead error over the training part.
 * Needs two full days.
 */
final class SeasonalMeanModel implements ForecastModel {

	static final String NAME = "seasonal-mean";

	static final int MAX_DAYS = 7;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String unsupportedReason(int n, SeriesContext context) {
		int s = context.season();
		return (s >= 2 && n >= 3 * s) ? null
				: "seasonal mean needs three full days (" + (3 * s) + " points), have " + n;
	}

	@Override
	public Fitted fit(double[] y, int n, SeriesContext context) {
		int s = context.season();
		int maxK = Math.min(MAX_DAYS, n / s - 1);
		// evaluate every k on the same targets: those with maxK full days before them
		int bestK = 1;
		double bestError = Double.POSITIVE_INFINITY;
		for (int k = 1; k <= maxK; k++) {
			double error = 0;
			for (int t = maxK * s; t < n; t++) {
				double sum = 0;
				for (int j = 1; j <= k; j++) {
					sum += y[t - j * s];
				}
				error += Math.abs(y[t] - sum / k);
			}
			if (error < bestError - 1e-12) {
				bestError = error;
				bestK = k;
			}
		}
		int k = bestK;
		return new Fitted() {
			@Override
			public Map<String, Double> parameters() {
				return Map.of("days", (double) k);
			}

			@Override
			public double[] forecast(double[] series, int origin, int h) {
				int days = Math.max(1, Math.min(k, origin / s));
				double[] f = new double[h];
				for (int i = 0; i < h; i++) {
					int slot = origin + (i % s);
					double sum = 0;
					for (int j = 1; j <= days; j++) {
						sum += series[slot - j * s];
					}
					f[i] = sum / days;
				}
				return f;
			}
		};
	}

}
