package org.opsreport.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Percentile confidence intervals for a pooled coverage figure by a cluster bootstrap: whole clusters
 * (a hold-out, or all hold-outs of one series) are resampled with replacement, never single values.
 * <p>
 * A pooled coverage {@code c = sum_j h_j / sum_j n_j} (cluster {@code j} holds {@code n_j} values of
 * which {@code h_j} fell inside the interval) is a ratio of cluster totals. The values inside one 48-hour
 * hold-out are strongly correlated (a level shift misses the whole second day), so treating them as
 * independent would understate the figure's uncertainty many times over; resampling the clusters keeps
 * the dependence inside them and assumes only that clusters are independent (Davison &amp; Hinkley 1997,
 * "Bootstrap Methods and their Application", section 3.8; Field &amp; Welsh 2007, "Bootstrapping clustered
 * data", JRSS B 69(3)). One replicate draws {@code G} clusters uniformly with replacement from the
 * {@code G} observed and computes
 * <pre>
 * c* = sum_{j in draw} h_j / sum_{j in draw} n_j
 * </pre>
 * {@code B} replicates, sorted, give the percentile interval (Efron &amp; Tibshirani 1993, "An
 * Introduction to the Bootstrap", section 13.3): {@code [c*_(lo), c*_(hi)]} with
 * {@code lo = ceil(B (1 - confidence) / 2)}, {@code hi = B + 1 - lo} (1-based ranks; {@code B = 2000},
 * 90 %: the 100th and 1901st). The same seed gives the same draws, so figures of one run are resampled
 * consistently and re-runs print the same intervals.
 * <p>
 * Edge cases: every cluster with the same share gives that share in every replicate, a zero-width
 * interval; a replicate whose drawn clusters hold no values at all is skipped (it has no coverage);
 * no cluster with values gives NaN bounds.
 */
final class ClusterBootstrap {

	/** Resamples per figure. */
	static final int RESAMPLES = 2000;

	/** Fixed seed: the printed intervals are reproducible. */
	static final long SEED = 20261206L;

	private ClusterBootstrap() {
	}

	/** A figure and its percentile interval at one confidence. */
	record Interval(double estimate, double lower, double upper) {

		/** Whether the interval meets {@code [from, to]} (the figure is compatible with a value in it). */
		boolean overlaps(double from, double to) {
			return this.lower <= to && this.upper >= from;
		}

	}

	/**
	 * Sums the values of clusters that share a resampling unit: {@code unit[j]} names cluster
	 * {@code j}'s unit (e.g. its series, so that all cuts of a series are drawn together). Units keep the
	 * order in which they first appear.
	 * @return {@code {hits[], totals[]}} per unit
	 */
	static long[][] byUnit(long[] hits, long[] totals, String[] unit) {
		Map<String, long[]> sums = new LinkedHashMap<>();
		for (int j = 0; j < hits.length; j++) {
			long[] s = sums.computeIfAbsent(unit[j], k -> new long[2]);
			s[0] += hits[j];
			s[1] += totals[j];
		}
		long[][] out = new long[2][sums.size()];
		int u = 0;
		for (long[] s : sums.values()) {
			out[0][u] = s[0];
			out[1][u] = s[1];
			u++;
		}
		return out;
	}

	/**
	 * The sorted bootstrap replicates of the pooled share {@code sum h / sum n} over clusters.
	 * @param hits values inside, per cluster
	 * @param totals values, per cluster
	 * @param resamples replicates drawn ({@code B})
	 * @param seed of the {@link Well19937c} generator
	 * @return the finite replicates, ascending (empty when no cluster holds a value)
	 */
	static double[] replicates(long[] hits, long[] totals, int resamples, long seed) {
		if (hits.length != totals.length) {
			throw new IllegalArgumentException(hits.length + " hit counts for " + totals.length + " clusters");
		}
		return replicates(Arrays.stream(hits).asDoubleStream().toArray(),
				Arrays.stream(totals).asDoubleStream().toArray(), resamples, seed);
	}

	/**
	 * The sorted bootstrap replicates of a ratio of cluster sums {@code sum x / sum n}: a share when
	 * {@code x} counts values inside, a paired difference of two shares when {@code x} is the difference
	 * of two calibrations' counts on the same clusters, a mean when {@code n} is 1 per cluster.
	 */
	static double[] replicates(double[] numerators, double[] denominators, int resamples, long seed) {
		if (numerators.length != denominators.length) {
			throw new IllegalArgumentException(numerators.length + " numerators for " + denominators.length + " clusters");
		}
		int g = numerators.length;
		if (g == 0 || Arrays.stream(denominators).sum() == 0) {
			return new double[0];
		}
		RandomGenerator random = new Well19937c(seed);
		double[] out = new double[resamples];
		int kept = 0;
		for (int b = 0; b < resamples; b++) {
			double x = 0;
			double n = 0;
			for (int i = 0; i < g; i++) {
				int j = random.nextInt(g);
				x += numerators[j];
				n += denominators[j];
			}
			if (n > 0) {
				out[kept++] = x / n;
			}
		}
		double[] sorted = Arrays.copyOf(out, kept);
		Arrays.sort(sorted);
		return sorted;
	}

	/** Sums per resampling unit as {@link #byUnit(long[], long[], String[])}, for real-valued cluster figures. */
	static double[][] byUnit(double[] numerators, double[] denominators, String[] unit) {
		Map<String, double[]> sums = new LinkedHashMap<>();
		for (int j = 0; j < numerators.length; j++) {
			double[] s = sums.computeIfAbsent(unit[j], k -> new double[2]);
			s[0] += numerators[j];
			s[1] += denominators[j];
		}
		double[][] out = new double[2][sums.size()];
		int u = 0;
		for (double[] s : sums.values()) {
			out[0][u] = s[0];
			out[1][u] = s[1];
			u++;
		}
		return out;
	}

	/**
	 * The percentile interval of sorted replicates at a confidence (0.9 for 90 %): ranks
	 * {@code lo = ceil(B (1 - confidence) / 2)} and {@code B + 1 - lo} (1-based), see the class comment.
	 */
	static Interval percentile(double estimate, double[] sortedReplicates, double confidence) {
		int b = sortedReplicates.length;
		if (b == 0) {
			return new Interval(estimate, Double.NaN, Double.NaN);
		}
		int lo = Math.max(1, (int) Math.ceil(b * (1 - confidence) / 2 - 1e-9));
		return new Interval(estimate, sortedReplicates[lo - 1], sortedReplicates[b - lo]);
	}

	/** The pooled share {@code sum h / sum n} (NaN without values). */
	static double share(long[] hits, long[] totals) {
		long n = Arrays.stream(totals).sum();
		return n == 0 ? Double.NaN : (double) Arrays.stream(hits).sum() / n;
	}

}
