package org.opsreport.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

import org.opsreport.timeseries.MedianSpacing;

/**
 * Turns irregular, gappy samples into a {@link RegularSeries}.
 * <ol>
 * <li>The sampling interval is the median spacing between distinct timestamps, snapped to the
 * nearest "round" interval ({@link #ROUND_STEPS}, nearest on a log scale), so that jitter of a few
 * seconds and occasional gaps do not change it.</li>
 * <li>Samples are put into slots {@code floor((t - start) / step)} with {@code start} the first
 * timestamp floored to a multiple of the step since the epoch; samples sharing a slot are
 * averaged. NaN values are ignored.</li>
 * <li>Empty slots are filled: a gap of at most {@link #shortGapLimit} slots by linear interpolation
 * between its neighbours; a longer gap from the value one season (one day) earlier when that exists,
 * otherwise linearly. Filled slots are counted.</li>
 * </ol>
 */
public final class SeriesPreparation {

	/** Candidate sampling intervals, ascending. */
	static final Duration[] ROUND_STEPS = { Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(10),
			Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
			Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(30),
			Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12),
			Duration.ofDays(1), Duration.ofDays(7) };

	private SeriesPreparation() {
	}

	/**
	 * Detects the sampling interval: the median of the positive spacings ({@link MedianSpacing}) between sorted distinct
	 * timestamps, snapped to the nearest of {@link #ROUND_STEPS} in log distance.
	 * @param timestamps at least two distinct instants, any order
	 * @throws IllegalArgumentException when fewer than two distinct timestamps are given
	 */
	public static Duration detectStep(Instant[] timestamps) {
		long[] secs = Arrays.stream(timestamps).mapToLong(Instant::getEpochSecond).sorted().distinct().toArray();
		if (secs.length < 2) {
			throw new IllegalArgumentException("need at least two distinct timestamps to detect the interval, got "
					+ secs.length);
		}
		double median = MedianSpacing.of(secs);
		Duration best = ROUND_STEPS[0];
		double bestDistance = Double.POSITIVE_INFINITY;
		for (Duration candidate : ROUND_STEPS) {
			double distance = Math.abs(Math.log(median / candidate.getSeconds()));
			if (distance < bestDistance) {
				bestDistance = distance;
				best = candidate;
			}
		}
		return best;
	}

	/**
	 * Longest gap (in slots) filled by linear interpolation: three slots or one hour, whichever
	 * is more. Longer gaps are filled from the previous day when possible.
	 */
	static int shortGapLimit(Duration step) {
		return (int) Math.max(3, Duration.ofHours(1).toSeconds() / step.toSeconds());
	}

	/** Number of grid steps in one day (at least 1): the daily season. */
	static int season(Duration step) {
		return (int) Math.max(1, Math.round((double) Duration.ofDays(1).toSeconds() / step.toSeconds()));
	}

	/**
	 * Prepares a regular series with the detected interval.
	 * @see #prepare(Instant[], double[], Duration)
	 */
	public static RegularSeries prepare(Instant[] timestamps, double[] values) {
		return prepare(timestamps, values, detectStep(timestamps));
	}

	/**
	 * Prepares a regular series on the given interval.
	 * @param timestamps sample times, any order, same length as values
	 * @param values sample values; NaN samples are ignored
	 * @param step grid interval (whole seconds, positive)
	 * @throws IllegalArgumentException when the arrays differ in length or hold no finite value
	 */
	public static RegularSeries prepare(Instant[] timestamps, double[] values, Duration step) {
		Objects.requireNonNull(timestamps, "timestamps");
		Objects.requireNonNull(values, "values");
		if (timestamps.length != values.length) {
			throw new IllegalArgumentException(
					"timestamps and values differ in length: " + timestamps.length + " vs " + values.length);
		}
		long stepSec = step.toSeconds();
		if (stepSec <= 0) {
			throw new IllegalArgumentException("step must be at least one second: " + step);
		}
		long minSec = Long.MAX_VALUE;
		long maxSec = Long.MIN_VALUE;
		for (int i = 0; i < values.length; i++) {
			if (!Double.isNaN(values[i])) {
				long s = timestamps[i].getEpochSecond();
				minSec = Math.min(minSec, s);
				maxSec = Math.max(maxSec, s);
			}
		}
		if (minSec == Long.MAX_VALUE) {
			throw new IllegalArgumentException("no finite sample to build a series from");
		}
		long startSec = Math.floorDiv(minSec, stepSec) * stepSec;
		int size = (int) ((maxSec - startSec) / stepSec) + 1;
		double[] sum = new double[size];
		int[] count = new int[size];
		for (int i = 0; i < values.length; i++) {
			if (!Double.isNaN(values[i])) {
				int slot = (int) ((timestamps[i].getEpochSecond() - startSec) / stepSec);
				sum[slot] += values[i];
				count[slot]++;
			}
		}
		double[] grid = new double[size];
		for (int i = 0; i < size; i++) {
			grid[i] = count[i] > 0 ? sum[i] / count[i] : Double.NaN;
		}
		int filled = fillGaps(grid, shortGapLimit(step), season(step));
		return new RegularSeries(Instant.ofEpochSecond(startSec), step, grid, filled);
	}

	/**
	 * Fills NaN runs in place (the first and last values are never NaN here). Returns how many
	 * values were filled.
	 */
	static int fillGaps(double[] y, int shortGap, int season) {
		int filled = 0;
		int i = 0;
		while (i < y.length) {
			if (!Double.isNaN(y[i])) {
				i++;
				continue;
			}
			int from = i;
			while (i < y.length && Double.isNaN(y[i])) {
				i++;
			}
			int to = i; // exclusive; y[from-1] and y[to] are known
			int length = to - from;
			double left = y[from - 1];
			double right = y[to];
			boolean seasonal = length > shortGap && from - season >= 0;
			for (int j = from; j < to; j++) {
				if (seasonal && !Double.isNaN(y[j - season])) {
					y[j] = y[j - season];
				}
				else {
					double w = (double) (j - from + 1) / (length + 1);
					y[j] = left + w * (right - left);
				}
			}
			filled += length;
		}
		return filled;
	}

}
