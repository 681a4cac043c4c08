package org.opsreport.forecast;

import java.util.Map;

/**
 * The seed's {@code PredictiveScalingEngine} model, reproduced exactly as written (seed lines ~87-352):
 * <ul>
 * <li>moving averages {@code ma[i] = mean(y[i-24 .. i-1])} for {@code i = 24 .. n-1} (so the last
 * value itself is not in the last average, as in the seed's {@code range(window_size, len(values))});</li>
 * <li>{@code recent_average = ma[last]}; {@code trend = (ma[last] - ma[last-9]) / 10} when there are at
 * least 10 averages, else 0 (the seed divides a 9-step difference by 10);</li>
 * <li>daily pattern: per UTC hour of day, mean of the values in that hour minus the mean of those
 * hourly means; weekly pattern likewise per day of week;</li>
 * <li>{@code forecast(t) = recent_average + trend * minutesAhead / 60 + daily[hour(t)] + weekly[dow(t)]};
 * the trend is per point but applied per hour, as in the seed.</li>
 * </ul>
 * The seed's {@code max(0, value)} is left to the {@link ValueDomain} clamp. Requires at least 100
 * points, the seed's rule. No fitted parameters: the seed had none.
 */
final class SeedMovingAverageModel implements ForecastModel {

	static final String NAME = "seed-moving-average";

	static final int WINDOW = 24;

	static final int MIN_POINTS = 100;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String unsupportedReason(int n, SeriesContext context) {
		return n >= MIN_POINTS ? null
				: "the seed model needs at least " + MIN_POINTS + " points, have " + n;
	}

	@Override
	public Fitted fit(double[] y, int n, SeriesContext context) {
		return Fitted.of(Map.of("window", (double) WINDOW), (series, origin, h) -> forecastFrom(series, origin, h, context));
	}

	static double[] forecastFrom(double[] y, int origin, int h, SeriesContext context) {
		int count = origin - WINDOW; // number of moving averages
		double recentAverage;
		double trend = 0;
		if (count >= 1) {
			recentAverage = movingAverage(y, origin - 1);
			if (count >= 10) {
				trend = (recentAverage - movingAverage(y, origin - 10)) / 10.0;
			}
		}
		else {
			double sum = 0;
			for (int i = 0; i < origin; i++) {
				sum += y[i];
			}
			recentAverage = sum / origin;
		}
		double[] hourSum = new double[24];
		int[] hourCount = new int[24];
		double[] daySum = new double[7];
		int[] dayCount = new int[7];
		long start = context.start().getEpochSecond();
		long step = context.step().toSeconds();
		for (int i = 0; i < origin; i++) {
			long t = start + i * step;
			int hour = hourOfDay(t);
			hourSum[hour] += y[i];
			hourCount[hour]++;
			int d = dayOfWeek(t);
			daySum[d] += y[i];
			dayCount[d]++;
		}
		double[] daily = centredMeans(hourSum, hourCount);
		double[] weekly = centredMeans(daySum, dayCount);
		double[] f = new double[h];
		for (int k = 0; k < h; k++) {
			long t = start + (origin + k) * step;
			double minutesAhead = (k + 1) * context.stepMinutes();
			f[k] = recentAverage + trend * (minutesAhead / 60.0) + daily[hourOfDay(t)] + weekly[dayOfWeek(t)];
		}
		return f;
	}

	/** UTC hour of day of an epoch second (Python's {@code timestamp.hour} on UTC datetimes). */
	static int hourOfDay(long epochSecond) {
		return (int) Math.floorMod(Math.floorDiv(epochSecond, 3600L), 24L);
	}

	/** UTC day of week, Monday = 0 (Python's {@code weekday()}); 1970-01-01 was a Thursday (3). */
	static int dayOfWeek(long epochSecond) {
		return (int) Math.floorMod(Math.floorDiv(epochSecond, 86400L) + 3, 7L);
	}

	/** Mean of {@code y[i-24 .. i-1]}: the seed's {@code moving_averages} entry for index i. */
	private static double movingAverage(double[] y, int i) {
		double sum = 0;
		for (int j = i - WINDOW; j < i; j++) {
			sum += y[j];
		}
		return sum / WINDOW;
	}

	/** Group means minus the mean of the present groups; absent groups get 0 (the seed's {@code .get(key, 0)}). */
	private static double[] centredMeans(double[] sum, int[] count) {
		double[] mean = new double[sum.length];
		double total = 0;
		int present = 0;
		for (int g = 0; g < sum.length; g++) {
			if (count[g] > 0) {
				mean[g] = sum[g] / count[g];
				total += mean[g];
				present++;
			}
		}
		double avg = present == 0 ? 0 : total / present;
		for (int g = 0; g < sum.length; g++) {
			mean[g] = count[g] > 0 ? mean[g] - avg : 0;
		}
		return mean;
	}

}
