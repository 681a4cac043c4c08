package org.opsreport.forecast;

import java.util.Arrays;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Backtest errors ({@code actual - forecast}) of the chosen model, per forecast lead, pooled over the
 * neighbouring leads ({@code lead +- halfWidth}) so that every lead has enough errors for stable
 * quantiles. Leads beyond what the backtest could cover reuse the last covered lead's errors scaled
 * by {@code sqrt(lead / lastCoveredLead)} (random-walk growth). Immutable.
 */
public final class CalibratedErrors {

	private final double[][] pools; // sorted, per covered lead

	private final double[] growth; // per forecast lead: multiplier on the pool errors

	private final int[] poolIndex; // per forecast lead: which pool

	CalibratedErrors(double[][] pools, int horizon) {
		this.pools = pools;
		this.growth = new double[horizon];
		this.poolIndex = new int[horizon];
		int covered = pools.length;
		for (int h = 0; h < horizon; h++) {
			this.poolIndex[h] = Math.min(h, covered - 1);
			this.growth[h] = h < covered ? 1.0 : Math.sqrt((h + 1.0) / covered);
		}
	}

	/** Number of forecast steps described. */
	public int horizon() {
		return this.growth.length;
	}

	/** Number of forecast leads the backtest actually measured. */
	public int coveredLeads() {
		return this.pools.length;
	}

	/** The calibrated errors for step {@code stepIndex} (0-based), sorted ascending. */
	public double[] errors(int stepIndex) {
		double[] pool = this.pools[this.poolIndex[stepIndex]];
		double g = this.growth[stepIndex];
		double[] e = new double[pool.length];
		for (int i = 0; i < pool.length; i++) {
			e[i] = pool[i] * g;
		}
		return e;
	}

	/**
	 * Empirical quantile of the errors at a step, {@code p} in (0, 100], with the R-6 estimator
	 * (position {@code p(n+1)}, Hyndman &amp; Fan 1996), which widens the extreme quantiles of small
	 * samples slightly so that a fresh value is covered at close to the nominal rate.
	 */
	public double quantile(int stepIndex, double p) {
		double[] pool = this.pools[this.poolIndex[stepIndex]];
		return quantileOfSorted(pool, pool.length, p) * this.growth[stepIndex];
	}

	static double quantile(double[] errors, double p) {
		return new Percentile().withEstimationType(EstimationType.R_6).evaluate(errors, p);
	}

	/**
	 * The same R-6 estimate as {@link #quantile(double[], double)} on an array that is already sorted,
	 * without the copy and selection that {@link Percentile} does: position {@code pos = p/100 * (n+1)}
	 * (1-based), the minimum below 1, the maximum at or above n, else linear interpolation between the
	 * neighbouring order statistics. Used in the leave-one-origin-out coverage loop, which asks for
	 * four quantiles at every origin and lead. Tested against {@link Percentile}.
	 */
	static double quantileOfSorted(double[] sorted, int n, double p) {
		double pos = p / 100.0 * (n + 1);
		if (pos < 1) {
			return sorted[0];
		}
		if (pos >= n) {
			return sorted[n - 1];
		}
		int lower = (int) Math.floor(pos);
		double d = pos - lower;
		return sorted[lower - 1] + d * (sorted[lower] - sorted[lower - 1]);
	}

	/**
	 * Share of the calibrated errors for the step that would put the value above {@code threshold}:
	 * {@code #{e : clamp(forecast + e) > threshold} / #errors}. This is the probability, under the
	 * backtest's error distribution, that the actual value exceeds the threshold.
	 */
	public double probabilityAbove(int stepIndex, double forecast, double threshold, ValueDomain domain) {
		double[] pool = this.pools[this.poolIndex[stepIndex]];
		double g = this.growth[stepIndex];
		int above = 0;
		for (double e : pool) {
			if (domain.clamp(forecast + e * g) > threshold) {
				above++;
			}
		}
		return (double) above / pool.length;
	}

	@Override
	public String toString() {
		return "CalibratedErrors[horizon=" + horizon() + ", coveredLeads=" + coveredLeads() + ", poolSizes="
				+ Arrays.stream(this.pools).mapToInt(p -> p.length).summaryStatistics() + "]";
	}

}
