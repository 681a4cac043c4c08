package org.opsreport.timeseries;

import java.util.Arrays;

/**
 * The sampling interval of a series as the median spacing of its sample times: robust to a few gaps
 * and to jitter, which a mean is not. Every analysis that needs a series' interval (coverage, forecast
 * preparation, scaling alignment, SLO event series) detects it here.
 *
 * <p>With an even number of spacings the lower of the two middle values is taken: the interval is a
 * spacing that occurred, never the average of two (5 and 10 minutes do not make a 7.5-minute series).
 * Fewer than two times have no spacing: the result is 0 and callers substitute their own default.
 */
public final class MedianSpacing {

	private MedianSpacing() {
	}

	/**
	 * @param ascendingTimes sample times in ascending order, in any unit (seconds, milliseconds)
	 * @return the median of {@code t[i] - t[i-1]} in that unit (lower middle for an even count); 0 for
	 * fewer than two times
	 */
	public static long of(long[] ascendingTimes) {
		int n = ascendingTimes.length;
		if (n < 2) {
			return 0;
		}
		long[] spacings = new long[n - 1];
		for (int i = 1; i < n; i++) {
			spacings[i - 1] = ascendingTimes[i] - ascendingTimes[i - 1];
		}
		Arrays.sort(spacings);
		return spacings[(spacings.length - 1) / 2];
	}

}
