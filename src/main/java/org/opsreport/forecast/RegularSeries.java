package org.opsreport.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A series on a regular time grid: {@code values[i]} belongs to {@code start + i * step}. Built by
 * {@link SeriesPreparation#prepare}; {@code filledPoints} says how many values were filled in for
 * missing slots rather than observed.
 *
 * @param start timestamp of the first value (UTC)
 * @param step sampling interval, positive
 * @param values the values (defensively copied, no NaN expected)
 * @param filledPoints number of values that were interpolated or copied into gaps
 */
public record RegularSeries(Instant start, Duration step, double[] values, int filledPoints) {

	public RegularSeries {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(step, "step");
		Objects.requireNonNull(values, "values");
		if (step.isZero() || step.isNegative()) {
			throw new IllegalArgumentException("step must be positive: " + step);
		}
		values = values.clone();
	}

	/** A copy of the values (the record stays immutable). */
	@Override
	public double[] values() {
		return this.values.clone();
	}

	/** Number of grid points. */
	public int size() {
		return this.values.length;
	}

	/** Timestamp of grid point {@code i} (may be beyond the end, for forecasts). */
	public Instant timeAt(int i) {
		return this.start.plus(this.step.multipliedBy(i));
	}

	double[] valuesNoCopy() {
		return this.values;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof RegularSeries r && r.start.equals(this.start) && r.step.equals(this.step)
				&& Arrays.equals(r.values, this.values) && r.filledPoints == this.filledPoints;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.start, this.step, Arrays.hashCode(this.values), this.filledPoints);
	}

	@Override
	public String toString() {
		return "RegularSeries[start=" + this.start + ", step=" + this.step + ", size=" + this.values.length
				+ ", filledPoints=" + this.filledPoints + "]";
	}

}
