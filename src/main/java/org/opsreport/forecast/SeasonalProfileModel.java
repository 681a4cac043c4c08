package org.opsreport.forecast;

import java.util.Arrays;
import java.util.Map;

/**
 * Seasonal profile: the mean, or the median, of the same time of day over the last {@code k} days,
 * {@code f(o+h) = stat_{j=1..k} y(o + ((h-1) mod s) - j*s)}. Where seasonal naive copies one day's
 * noise, this averages it out (for white noise of variance sigma^2 the mean's error variance is
 * {@code sigma^2 (1 + 1/k)} instead of {@code 2 sigma^2}); the median does the same for spiky series
 * (batch jobs, bursts), where it is the absolute-error-optimal point forecast. k in 1..7 is fitted by
 * minimising the mean absolute one-day-ahead error over the training part. Needs three full days.
 */
final class SeasonalProfileModel implements ForecastModel {

	static final int MAX_DAYS = 7;

	private final boolean median;

	SeasonalProfileModel(boolean median) {
		this.median = median;
	}

	@Override
	public String name() {
		return this.median ? "seasonal-median" : "seasonal-mean";
	}

	@Override
	public String unsupportedReason(int n, SeriesContext context) {
		return context.season() < 2 ? name() + " needs a daily season of two or more points"
				: ForecastModel.needsPoints(n, 3 * context.season(), name() + " needs three full days");
	}

	@Override
	public Fitted fit(double[] y, int n, SeriesContext context) {
		int s = context.season();
		int maxK = Math.min(MAX_DAYS, n / s - 1);
		double[] buffer = new double[MAX_DAYS];
		// every k is scored on the same targets: those with maxK full days before them
		int bestK = 1;
		double bestError = Double.POSITIVE_INFINITY;
		for (int k = 1; k <= maxK; k++) {
			double error = 0;
			for (int t = maxK * s; t < n; t++) {
				error += Math.abs(y[t] - profile(y, t, k, s, buffer));
			}
			if (error < bestError) {
				bestError = error;
				bestK = k;
			}
		}
		return fixed(s, bestK);
	}

	/** The profile forecast over {@code k} days with the statistic of this model. */
	Fitted fixed(int s, int k) {
		return Fitted.of(Map.of("days", (double) k), (series, origin, h) -> {
			int days = Math.max(1, Math.min(k, origin / s));
			double[] work = new double[days];
			double[] f = new double[h];
			for (int i = 0; i < h; i++) {
				f[i] = profile(series, origin + (i % s), days, s, work);
			}
			return f;
		});
	}

	/** Mean or median of {@code y[slot - j*s]}, j = 1..k. */
	private double profile(double[] y, int slot, int k, int s, double[] buffer) {
		if (!this.median) {
			double sum = 0;
			for (int j = 1; j <= k; j++) {
				sum += y[slot - j * s];
			}
			return sum / k;
		}
		for (int j = 1; j <= k; j++) {
			buffer[j - 1] = y[slot - j * s];
		}
		Arrays.sort(buffer, 0, k);
		return (k % 2 == 1) ? buffer[k / 2] : 0.5 * (buffer[k / 2 - 1] + buffer[k / 2]);
	}

}
