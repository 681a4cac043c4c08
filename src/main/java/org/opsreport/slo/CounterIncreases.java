package org.opsreport.slo;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Turns the samples of a cumulative counter (a Prometheus {@code _total}: a value that only grows, except
 * that it restarts from zero when the process that counts restarts) into events per sample interval, the
 * form {@link SloEvaluator} reads.
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
 * </ul>
 */
public final class CounterIncreases {

	private CounterIncreases() {
	}

	/** The per-interval increases of the counter {@code samples}; see the class comment. */
	public static MetricSamples of(MetricSamples samples) {
		int n = samples.size();
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		// stable sort: for equal times the later input stays later and wins below
		Arrays.sort(order, Comparator.comparing((Integer i) -> samples.timestamps()[i]));
		Instant[] times = new Instant[n];
		double[] values = new double[n];
		int kept = 0;
		for (int k = 0; k < n; k++) {
			int i = order[k];
			double value = samples.values()[i];
			if (Double.isNaN(value)) {
				continue;
			}
			if (kept > 0 && times[kept - 1].equals(samples.timestamps()[i])) {
				values[kept - 1] = value;
				continue;
			}
			times[kept] = samples.timestamps()[i];
			values[kept] = value;
			kept++;
		}
		if (kept < 2) {
			return new MetricSamples(new Instant[0], new double[0]);
		}
		Instant[] at = new Instant[kept - 1];
		double[] increases = new double[kept - 1];
		for (int i = 1; i < kept; i++) {
			at[i - 1] = times[i - 1];
			increases[i - 1] = (values[i] >= values[i - 1]) ? values[i] - values[i - 1] : values[i];
		}
		return new MetricSamples(at, increases);
	}

}
