package org.opsreport.timeseries;

import java.util.Arrays;

/**
 * Turns the samples of a cumulative counter (a Prometheus {@code _total}: a value that only grows, except
 * that it restarts from zero when the process that counts restarts) into events per sample interval, the
 * form every analysis reads (SLO events, forecasts, scaling, chaos criteria). The one implementation of the rule:
 * the store applies it to metrics declared counters at ingest ({@code opsreport.ingest.counter-metrics}) and to
 * SLO series read as counters ({@code ratioMetric.counter: true}).
 * <p>
 * With the samples sorted by time, {@code c(t0), c(t1), ..., c(tn)}, the events of the interval
 * {@code [t(i-1), t(i))} are
 * <pre>
 *   increase(i) = c(ti) - c(t(i-1))   when c(ti) &gt;= c(t(i-1))
 *   increase(i) = c(ti)               when c(ti) &lt;  c(t(i-1))   (a reset: the counter restarted from 0)
 * </pre>
 * which is Prometheus's reset rule: "any decrease in the value between two consecutive samples is interpreted
 * as a counter reset", the new value then being the increase since the restart (Prometheus documentation,
 * "Query functions", {@code increase()} and {@code rate()}; {@code promql/functions.go},
 * {@code extrapolatedRate}: {@code if sample.F < prevValue { resultFloat += prevValue }}, i.e. the drop is added
 * back). Unlike {@code increase()} no extrapolation to the ends of a range is done: opsreport has the samples'
 * exact times, so the increases of a series sum to the counter's true growth between its first and last
 * sample (minus what was counted and lost between a reset's last sample and the restart, which no rule can
 * see).
 * <p>
 * Edge cases, as Apache Commons Math states them:
 * <ul>
 * <li>A sample at {@code t} stands for the interval after it (opsreport's convention for every metric), so
 * {@code increase(i)} is stored at {@code t(i-1)}; the last sample has no increase yet (its interval ends at
 * the next sample) and is left out. Fewer than two samples give an empty result.</li>
 * <li>Gaps: when samples are missing, the one increase across the gap is stored at the sample before the gap,
 * so no event is lost or counted twice (the sum over any range of whole intervals is exact); the events
 * inside the gap are not spread over the missing intervals.</li>
 * <li>Out of order: the samples are sorted by time first, so the order they arrived in does not matter.
 * Two samples at the same time are not possible in the store (keyed on the timestamp); here the later of the
 * two in the input counts and the other is dropped.</li>
 * <li>NaN values (never stored) are dropped before differencing.</li>
 * <li>Times are in any unit (the store passes epoch seconds); only their order and equality matter.</li>
 * </ul>
 */
public final class CounterIncreases {

	private CounterIncreases() {
	}

	/**
	 * The per-interval increases of a counter; see the class comment.
	 * @param times the sample times, in any order and unit
	 * @param values the counter's values at those times (same length)
	 * @return the increases, at the start of their intervals, ascending by time
	 * @throws IllegalArgumentException when the arrays differ in length
	 */
	public static Increases of(long[] times, double[] values) {
		int n = times.length;
		if (values.length != n) {
			throw new IllegalArgumentException(n + " times but " + values.length + " values");
		}
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		// stable sort: for equal times the later input stays later and wins below
		Arrays.sort(order, (a, b) -> Long.compare(times[a], times[b]));
		long[] sortedTimes = new long[n];
		double[] sortedValues = new double[n];
		int kept = 0;
		for (int k = 0; k < n; k++) {
			int i = order[k];
			double value = values[i];
			if (Double.isNaN(value)) {
				continue;
			}
			if (kept > 0 && sortedTimes[kept - 1] == times[i]) {
				sortedValues[kept - 1] = value;
				continue;
			}
			sortedTimes[kept] = times[i];
			sortedValues[kept] = value;
			kept++;
		}
		if (kept < 2) {
			return new Increases(new long[0], new double[0]);
		}
		long[] at = new long[kept - 1];
		double[] increases = new double[kept - 1];
		for (int i = 1; i < kept; i++) {
			at[i - 1] = sortedTimes[i - 1];
			double previous = sortedValues[i - 1];
			increases[i - 1] = (sortedValues[i] >= previous) ? sortedValues[i] - previous : sortedValues[i];
		}
		return new Increases(at, increases);
	}

	/**
	 * Increases of a counter, ascending by time.
	 * @param times the start of each increase's interval (the unit of the input)
	 * @param values the events counted in that interval
	 */
	public record Increases(long[] times, double[] values) {

		public int size() {
			return this.values.length;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Increases that && Arrays.equals(this.times, that.times)
					&& Arrays.equals(this.values, that.values);
		}

		@Override
		public int hashCode() {
			return 31 * Arrays.hashCode(this.times) + Arrays.hashCode(this.values);
		}

		@Override
		public String toString() {
			return "Increases" + Arrays.toString(this.times) + "=" + Arrays.toString(this.values);
		}

	}

}
