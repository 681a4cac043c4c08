package org.opsreport.slo;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import org.opsreport.timeseries.MedianSpacing;

/**
 * Good and total amounts per time unit (a sample, or a time slice) with prefix sums, so that the sum over
 * any half-open range {@code [from, to)} of unit start times costs two binary searches. Immutable.
 */
final class EventSeries {

	/** Sums over a range. {@code bad = total - good}. */
	record Sums(double good, double total) {

		double bad() {
			return this.total - this.good;
		}

		/** {@code bad / total}, or {@code null} when the range holds no events. */
		Double errorRatio() {
			return this.total > 0 ? bad() / this.total : null;
		}

	}

	private final long[] times;

	private final double[] cumulativeGood;

	private final double[] cumulativeTotal;

	/** @param times unit start times in epoch milliseconds, ascending */
	EventSeries(long[] times, double[] good, double[] total) {
		this.times = times.clone();
		this.cumulativeGood = new double[times.length + 1];
		this.cumulativeTotal = new double[times.length + 1];
		for (int i = 0; i < times.length; i++) {
			if (i > 0 && times[i] <= times[i - 1]) {
				throw new IllegalArgumentException("times must be strictly ascending");
			}
			this.cumulativeGood[i + 1] = this.cumulativeGood[i] + good[i];
			this.cumulativeTotal[i + 1] = this.cumulativeTotal[i] + total[i];
		}
	}

	int size() {
		return this.times.length;
	}

	long time(int i) {
		return this.times[i];
	}

	double good(int i) {
		return this.cumulativeGood[i + 1] - this.cumulativeGood[i];
	}

	double total(int i) {
		return this.cumulativeTotal[i + 1] - this.cumulativeTotal[i];
	}

	/** Sums of the units whose start time is in {@code [from, to)}; zero sums when empty. */
	Sums sum(Instant from, Instant to) {
		int lo = lowerBound(from.toEpochMilli());
		int hi = lowerBound(to.toEpochMilli());
		if (hi <= lo) {
			return new Sums(0, 0);
		}
		return new Sums(this.cumulativeGood[hi] - this.cumulativeGood[lo], this.cumulativeTotal[hi] - this.cumulativeTotal[lo]);
	}

	/** First index whose time is {@code >= t}. */
	private int lowerBound(long t) {
		int i = Arrays.binarySearch(this.times, t);
		return i >= 0 ? i : -i - 1;
	}

	/** The median spacing of the unit times, or {@code fallback} with fewer than two units. */
	Duration medianStep(Duration fallback) {
		if (this.times.length < 2) {
			return fallback;
		}
		return Duration.ofMillis(MedianSpacing.of(this.times));
	}

}
