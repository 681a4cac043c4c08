package org.opsreport.slo;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Stored samples of one metric. For counters ({@code requests_total}, {@code requests_failed}) a value
 * is the number of events in the sample interval that starts at its timestamp (not a cumulative
 * counter); for gauges it is the value observed for that interval. A sample at {@code t} belongs to a
 * half-open range {@code [from, to)} when {@code from <= t < to}. Order does not matter; NaN values
 * are ignored by the evaluator.
 */
record MetricSamples(Instant[] timestamps, double[] values) {

	public MetricSamples {
		Objects.requireNonNull(timestamps, "timestamps");
		Objects.requireNonNull(values, "values");
		if (timestamps.length != values.length) {
			throw new IllegalArgumentException(
					"timestamps (" + timestamps.length + ") and values (" + values.length + ") differ in length");
		}
	}

	public static MetricSamples of(List<Instant> timestamps, List<Double> values) {
		return new MetricSamples(timestamps.toArray(new Instant[0]),
				values.stream().mapToDouble(Double::doubleValue).toArray());
	}

	public int size() {
		return this.timestamps.length;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MetricSamples that && Arrays.equals(this.timestamps, that.timestamps)
				&& Arrays.equals(this.values, that.values);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(this.timestamps) + Arrays.hashCode(this.values);
	}

	@Override
	public String toString() {
		return "MetricSamples[" + this.timestamps.length + " samples]";
	}

}
