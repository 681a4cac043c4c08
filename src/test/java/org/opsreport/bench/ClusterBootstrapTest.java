package org.opsreport.bench;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The cluster bootstrap behind the confidence intervals bench/README.md prints for the coverage figures:
 * hand-checkable cases, and a simulation whose true coverage is known.
 */
class ClusterBootstrapTest {

	@Test
	void clustersWithTheSameShareGiveAZeroWidthInterval() {
		// four hold-outs, each 8 of 10 values inside: every replicate is 0.8
		long[] hits = { 8, 8, 8, 8 };
		long[] totals = { 10, 10, 10, 10 };
		double[] r = ClusterBootstrap.replicates(hits, totals, 500, 1);
		assertThat(r).hasSize(500);
		ClusterBootstrap.Interval ci = ClusterBootstrap.percentile(ClusterBootstrap.share(hits, totals), r, 0.9);
		assertThat(ci.estimate()).isEqualTo(0.8);
		assertThat(ci.lower()).isEqualTo(0.8);
		assertThat(ci.upper()).isEqualTo(0.8);
	}

	@Test
	void twoOppositeClustersSpanTheWholeRange() {
		// clusters all-in and all-out: a replicate draws both (1/2: share 0.5), twice the first (1/4: 1) or
		// twice the second (1/4: 0); with 2000 replicates ~500 are 0 and ~500 are 1, so the 5 % and 95 %
		// percentiles are 0 and 1 and the median 0.5
		double[] r = ClusterBootstrap.replicates(new long[] { 5, 0 }, new long[] { 5, 5 }, 2000, 7);
		assertThat(r).containsOnly(0.0, 0.5, 1.0);
		long zeros = java.util.Arrays.stream(r).filter(x -> x == 0).count();
		long halves = java.util.Arrays.stream(r).filter(x -> x == 0.5).count();
		assertThat(zeros).isBetween(430L, 570L); // Binomial(2000, 1/4): mean 500, sd 19.4, +-3.6 sd
		assertThat(halves).isBetween(930L, 1070L); // Binomial(2000, 1/2): mean 1000, sd 22.4
		ClusterBootstrap.Interval ci = ClusterBootstrap.percentile(0.5, r, 0.9);
		assertThat(ci.lower()).isEqualTo(0.0);
		assertThat(ci.upper()).isEqualTo(1.0);
		assertThat(r[r.length / 2]).isEqualTo(0.5);
	}

	@Test
	void percentileRanksAreTheOnesOfEfronAndTibshirani() {
		// B = 2000 replicates 1..2000 (as shares /2000): 90 % takes ranks 100 and 1901, 95 % 50 and 1951
		double[] sorted = new double[2000];
		for (int i = 0; i < sorted.length; i++) {
			sorted[i] = (i + 1) / 2000.0;
		}
		ClusterBootstrap.Interval ci90 = ClusterBootstrap.percentile(0.5, sorted, 0.9);
		assertThat(ci90.lower()).isEqualTo(100 / 2000.0);
		assertThat(ci90.upper()).isEqualTo(1901 / 2000.0);
		ClusterBootstrap.Interval ci95 = ClusterBootstrap.percentile(0.5, sorted, 0.95);
		assertThat(ci95.lower()).isEqualTo(50 / 2000.0);
		assertThat(ci95.upper()).isEqualTo(1951 / 2000.0);
	}

	@Test
	void seriesUnitsSumTheirCutsAndDrawThemTogether() {
		long[][] units = ClusterBootstrap.byUnit(new long[] { 1, 2, 3, 4 }, new long[] { 10, 10, 10, 10 },
				new String[] { "a", "b", "a", "b" });
		assertThat(units[0]).containsExactly(4, 6);
		assertThat(units[1]).containsExactly(20, 20);
		// one series: every replicate draws it, whatever its cuts' shares are
		long[][] one = ClusterBootstrap.byUnit(new long[] { 0, 10 }, new long[] { 10, 10 }, new String[] { "a", "a" });
		ClusterBootstrap.Interval ci = ClusterBootstrap.percentile(0.5, ClusterBootstrap.replicates(one[0], one[1], 100, 3),
				0.9);
		assertThat(ci.lower()).isEqualTo(0.5);
		assertThat(ci.upper()).isEqualTo(0.5);
	}

	@Test
	void intervalWidthMatchesTheStandardErrorOfClusterMeans() {
		// 100 clusters of 48 values, half with 48 of 48 inside, half with 29 of 48 (share 0.6042):
		// pooled share 0.8021, standard deviation of the cluster shares 0.1979 (population), so the bootstrap standard error is 0.1979 / sqrt(100) = 0.01979 and the 90 % interval about
		// 0.8021 +- 1.645 x 0.01979 = [0.7695, 0.8347]
		long[] hits = new long[100];
		long[] totals = new long[100];
		for (int j = 0; j < 100; j++) {
			hits[j] = j % 2 == 0 ? 48 : 29;
			totals[j] = 48;
		}
		double share = ClusterBootstrap.share(hits, totals);
		assertThat(share).isCloseTo(77.0 / 96, within(1e-12));
		ClusterBootstrap.Interval ci = ClusterBootstrap.percentile(share,
				ClusterBootstrap.replicates(hits, totals, ClusterBootstrap.RESAMPLES, ClusterBootstrap.SEED), 0.9);
		assertThat(ci.lower()).isCloseTo(0.7695, within(0.004));
		assertThat(ci.upper()).isCloseTo(0.8347, within(0.004));
		assertThat(ci.overlaps(0.77, 0.83)).isTrue();
		assertThat(ci.overlaps(0.92, 0.98)).isFalse();
	}

	@Test
	void ninetyPercentIntervalsHoldTheTrueShareAboutNineTimesInTen() {
		// 200 simulated benches of 60 clusters x 48 correlated values: a cluster's values are all inside with
		// probability 0.5, else each one with probability 0.6, so the true share is 0.5 + 0.5 x 0.6 = 0.8.
		// The percentile interval's coverage should be near 90 %; with 200 trials its standard error is
		// 2.1 points, and the percentile method runs slightly short with 60 clusters, hence 0.82..0.97
		Well19937c random = new Well19937c(42);
		BinomialDistribution partial = new BinomialDistribution(random, 48, 0.6);
		int held = 0;
		int trials = 200;
		for (int t = 0; t < trials; t++) {
			long[] hits = new long[60];
			long[] totals = new long[60];
			for (int j = 0; j < 60; j++) {
				hits[j] = random.nextBoolean() ? 48 : partial.sample();
				totals[j] = 48;
			}
			ClusterBootstrap.Interval ci = ClusterBootstrap.percentile(ClusterBootstrap.share(hits, totals),
					ClusterBootstrap.replicates(hits, totals, 1000, t), 0.9);
			held += ci.lower() <= 0.8 && ci.upper() >= 0.8 ? 1 : 0;
		}
		assertThat((double) held / trials).isBetween(0.82, 0.97);
	}

	@Test
	void noValuesGiveNoInterval() {
		double[] r = ClusterBootstrap.replicates(new long[] { 0, 0 }, new long[] { 0, 0 }, 100, 1);
		assertThat(r).isEmpty();
		assertThat(ClusterBootstrap.percentile(Double.NaN, r, 0.9).lower()).isNaN();
	}

}
