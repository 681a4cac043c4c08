package org.opsreport.slo;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hand-computed cases of Prometheus's counter reset rule (Prometheus documentation, "Query functions":
 * {@code increase()}/{@code rate()} - "breaks in monotonicity (such as counter resets due to target restarts) are
 * automatically adjusted for"; promql/functions.go {@code extrapolatedRate} adds the value before a drop back).
 */
class CounterIncreasesTest {

	static final Instant T0 = Instant.parse("2026-11-24T00:00:00Z");

	static Instant at(int minutes) {
		return T0.plusSeconds(60L * minutes);
	}

	static MetricSamples series(int[] minutes, double[] values) {
		Instant[] times = new Instant[minutes.length];
		for (int i = 0; i < minutes.length; i++) {
			times[i] = at(minutes[i]);
		}
		return new MetricSamples(times, values);
	}

	@Test
	void monotonicCounterGivesTheDifferencesAtTheStartOfEachInterval() {
		MetricSamples increases = CounterIncreases.of(series(new int[] { 0, 5, 10, 15 }, new double[] { 100, 130, 130, 175 }));
		// [0,5): 130-100 = 30; [5,10): 0; [10,15): 45; the interval after 15 is not known yet
		assertThat(increases).isEqualTo(series(new int[] { 0, 5, 10 }, new double[] { 30, 0, 45 }));
	}

	@Test
	void aDropIsARestartAndTheNewValueIsTheIncreaseSinceIt() {
		// 1000 -> 1040 (+40), restart: 1040 -> 12 counts 12, 12 -> 30 (+18), restart to 0: counts 0, 0 -> 7 (+7)
		MetricSamples increases = CounterIncreases
			.of(series(new int[] { 0, 5, 10, 15, 20, 25 }, new double[] { 1000, 1040, 12, 30, 0, 7 }));
		assertThat(increases.values()).containsExactly(40, 12, 18, 0, 7);
		// what Prometheus's increase() over [0, 25] would give before extrapolation: 40 + 12 + 18 + 0 + 7 = 77
		assertThat(sum(increases)).isEqualTo(77.0);
	}

	@Test
	void anIncreaseAcrossAGapIsKeptWholeAtTheSampleBeforeTheGap() {
		// samples 10 and 15 missing: the 60 events of [5, 20) are stored at 5, none is lost
		MetricSamples increases = CounterIncreases.of(series(new int[] { 0, 5, 20, 25 }, new double[] { 0, 10, 70, 75 }));
		assertThat(increases).isEqualTo(series(new int[] { 0, 5, 20 }, new double[] { 10, 60, 5 }));
		assertThat(sum(increases)).isEqualTo(75.0 - 0.0);
	}

	@Test
	void aResetInsideAGapCountsOnlyWhatTheRestartedCounterShows() {
		// 50 at 5, restarted somewhere in the gap, 8 at 30: 8 events counted (the ones before the restart are unseen)
		MetricSamples increases = CounterIncreases.of(series(new int[] { 0, 5, 30 }, new double[] { 40, 50, 8 }));
		assertThat(increases.values()).containsExactly(10, 8);
	}

	@Test
	void outOfOrderSamplesGiveTheSameIncreasesAsSortedOnes() {
		MetricSamples sorted = series(new int[] { 0, 5, 10, 15, 20 }, new double[] { 5, 9, 2, 6, 6 });
		MetricSamples shuffled = series(new int[] { 15, 0, 20, 10, 5 }, new double[] { 6, 5, 6, 2, 9 });
		assertThat(CounterIncreases.of(shuffled)).isEqualTo(CounterIncreases.of(sorted));
		assertThat(CounterIncreases.of(sorted).values()).containsExactly(4, 2, 4, 0);
	}

	@Test
	void nanIsDroppedAndTheLaterOfTwoEqualTimesWins() {
		MetricSamples input = new MetricSamples(new Instant[] { at(0), at(5), at(5), at(10), at(15) },
				new double[] { 10, 11, 12, Double.NaN, 20 });
		assertThat(CounterIncreases.of(input)).isEqualTo(series(new int[] { 0, 5 }, new double[] { 2, 8 }));
	}

	@Test
	void fewerThanTwoSamplesHaveNoIncrease() {
		assertThat(CounterIncreases.of(series(new int[] {}, new double[] {})).size()).isZero();
		assertThat(CounterIncreases.of(series(new int[] { 0 }, new double[] { 3 })).size()).isZero();
	}

	@Test
	void aCounterSloEqualsTheSameSloOnPerIntervalCounts() {
		// the ratio evaluated on counters equals the ratio on the per-interval counts they encode
		List<Double> perInterval = List.of(100.0, 120.0, 90.0, 110.0);
		List<Double> failedPerInterval = List.of(1.0, 0.0, 3.0, 2.0);
		double[] total = new double[5];
		double[] failed = new double[5];
		for (int i = 0; i < 4; i++) {
			total[i + 1] = total[i] + perInterval.get(i);
			failed[i + 1] = failed[i] + failedPerInterval.get(i);
		}
		int[] minutes = { 0, 5, 10, 15, 20 };
		assertThat(CounterIncreases.of(series(minutes, total)).values()).containsExactly(100, 120, 90, 110);
		assertThat(CounterIncreases.of(series(minutes, failed)).values()).containsExactly(1, 0, 3, 2);
	}

	private static double sum(MetricSamples samples) {
		double sum = 0;
		for (double value : samples.values()) {
			sum += value;
		}
		return sum;
	}

}
