package org.opsreport.forecast;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SeriesPreparationTest {

	private static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");

	@Test
	void detectsFiveMinutesDespiteJitterAndGaps() {
		// 5-minute samples with +-20 s jitter and a 2-hour outage: median spacing stays ~300 s
		Instant[] t = new Instant[100];
		for (int i = 0; i < t.length; i++) {
			int slot = i < 50 ? i : i + 24;
			t[i] = T0.plusSeconds(slot * 300L + (i % 3 - 1) * 20L);
		}
		assertThat(SeriesPreparation.detectStep(t)).isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void detectsHourlyFromIrregularUnsortedSamplesWithDuplicates() {
		Instant[] t = { T0.plusSeconds(7200), T0, T0.plusSeconds(3500), T0.plusSeconds(3500), T0.plusSeconds(10900),
				T0.plusSeconds(14400) };
		// distinct gaps 3500, 3700, 3700, 3500 -> median 3600 -> 1 hour
		assertThat(SeriesPreparation.detectStep(t)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void snapsMedianToNearestRoundInterval() {
		// median gap 840 s (14 min) snaps to 15 min on a log scale (|ln(840/900)| < |ln(840/600)|)
		Instant[] t = { T0, T0.plusSeconds(840), T0.plusSeconds(1680) };
		assertThat(SeriesPreparation.detectStep(t)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void rejectsFewerThanTwoDistinctTimestamps() {
		assertThatThrownBy(() -> SeriesPreparation.detectStep(new Instant[] { T0, T0 }))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void averagesSamplesInTheSameSlotAndIgnoresNaN() {
		Instant[] t = { T0.plusSeconds(10), T0.plusSeconds(200), T0.plusSeconds(300), T0.plusSeconds(610),
				T0.plusSeconds(620) };
		double[] v = { 1, 3, 10, Double.NaN, 7 };
		RegularSeries s = SeriesPreparation.prepare(t, v, Duration.ofMinutes(5));
		assertThat(s.start()).isEqualTo(T0);
		assertThat(s.values()).containsExactly(2.0, 10.0, 7.0);
		assertThat(s.filledPoints()).isZero();
	}

	@Test
	void fillsShortGapLinearly() {
		// hourly; slots 2 and 3 missing (2 <= short-gap limit of 3): linear between 10 and 40
		Instant[] t = { T0, T0.plusSeconds(3600), T0.plusSeconds(4 * 3600), T0.plusSeconds(5 * 3600) };
		double[] v = { 0, 10, 40, 50 };
		RegularSeries s = SeriesPreparation.prepare(t, v, Duration.ofHours(1));
		assertThat(s.values()).containsExactly(0, 10, 20, 30, 40, 50);
		assertThat(s.filledPoints()).isEqualTo(2);
	}

	@Test
	void fillsLongGapFromPreviousDay() {
		// hourly, two days; hours 30..35 of day 2 missing (6 > 3): copied from hours 6..11 of day 1
		int n = 48;
		Instant[] t = new Instant[n - 6];
		double[] v = new double[n - 6];
		int c = 0;
		for (int i = 0; i < n; i++) {
			if (i >= 30 && i < 36) {
				continue;
			}
			t[c] = T0.plusSeconds(3600L * i);
			v[c++] = i < 24 ? 100 + i : 200 + i;
		}
		RegularSeries s = SeriesPreparation.prepare(t, v);
		assertThat(s.step()).isEqualTo(Duration.ofHours(1));
		assertThat(s.filledPoints()).isEqualTo(6);
		double[] y = s.values();
		for (int i = 30; i < 36; i++) {
			assertThat(y[i]).isEqualTo(100 + i - 24.0);
		}
		assertThat(y[29]).isEqualTo(229);
	}

	@Test
	void longGapWithoutPreviousDayIsLinear() {
		// gap of 6 hourly slots in the first day: no value one day earlier, so linear 0 -> 70
		Instant[] t = { T0, T0.plusSeconds(7 * 3600) };
		double[] v = { 0, 70 };
		RegularSeries s = SeriesPreparation.prepare(t, v, Duration.ofHours(1));
		assertThat(s.values()).containsExactly(0, 10, 20, 30, 40, 50, 60, 70);
		assertThat(s.filledPoints()).isEqualTo(6);
	}

	@Test
	void gridStartsAtStepBoundary() {
		Instant[] t = { Instant.parse("2026-01-05T00:07:30Z"), Instant.parse("2026-01-05T00:22:30Z") };
		RegularSeries s = SeriesPreparation.prepare(t, new double[] { 1, 2 }, Duration.ofMinutes(15));
		assertThat(s.start()).isEqualTo(T0);
		assertThat(s.values()[0]).isCloseTo(1, within(0.0));
		assertThat(s.timeAt(1)).isEqualTo(Instant.parse("2026-01-05T00:15:00Z"));
	}

}
