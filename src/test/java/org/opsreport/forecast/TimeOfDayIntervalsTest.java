package org.opsreport.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Intervals of a series whose noise depends on the time of day, with known quantiles: 60 hourly series
 * {@code y = 100 + 30 sin(2 pi t / 24) + sd(t) e}, {@code e} standard normal (seeded), {@code sd = 1} at
 * night (hours 0-7) and 4 by day (hours 8-23), trained on 4 weeks starting at midnight. The true 80 % and
 * 95 % intervals are {@code mean +- 1.2816 sd} and {@code +- 1.96 sd}, so every slot should hold 80 % and
 * 95 % of its values. Errors pooled per lead over origins 6 hours apart mix night and day, so without the
 * time-of-day normalization the night's intervals are far too wide and the day's too narrow.
 */
class TimeOfDayIntervalsTest {

	private static final Instant MIDNIGHT = Instant.parse("2026-01-05T00:00:00Z");

	private static final int N = 28 * 24;

	/** Night and day coverage at 80 % and 95 %: {@code [night80, night95, day80, day95]}. */
	private static double[] coverage(TimeOfDayNormalization normalization) {
		Random random = new Random(20261206);
		int[] in80 = new int[2];
		int[] in95 = new int[2];
		int[] total = new int[2];
		for (int k = 0; k < 60; k++) {
			double[] y = new double[N + 48];
			for (int t = 0; t < y.length; t++) {
				y[t] = 100 + 30 * Math.sin(2 * Math.PI * t / 24) + sd(t) * random.nextGaussian();
			}
			ForecastResult r = ForecastEngine.train(new RegularSeries(MIDNIGHT, Duration.ofHours(1), Arrays.copyOf(y, N), 0),
					ValueDomain.UNBOUNDED, ForecastSettings.of(Duration.ofHours(48)), normalization);
			for (int h = 0; h < 48; h++) {
				ForecastPoint p = r.points().get(h);
				double a = y[N + h];
				int part = (sd(N + h) == 1) ? 0 : 1;
				in80[part] += (a >= p.lower80() && a <= p.upper80()) ? 1 : 0;
				in95[part] += (a >= p.lower95() && a <= p.upper95()) ? 1 : 0;
				total[part]++;
			}
		}
		return new double[] { (double) in80[0] / total[0], (double) in95[0] / total[0], (double) in80[1] / total[1],
				(double) in95[1] / total[1] };
	}

	private static double sd(int t) {
		return (t % 24 < 8) ? 1 : 4;
	}

	@Test
	void normalizedIntervalsCoverNightAndDayAlike() {
		double[] c = coverage(TimeOfDayNormalization.withBeta(0));
		// 960 night and 1,920 day values: one standard error of a share of 0.8 is 1.3 and 0.9 points
		assertThat(c[0]).as("night 80%%").isCloseTo(0.80, within(0.05));
		assertThat(c[1]).as("night 95%%").isCloseTo(0.95, within(0.04));
		assertThat(c[2]).as("day 80%%").isCloseTo(0.80, within(0.05));
		assertThat(c[3]).as("day 95%%").isCloseTo(0.95, within(0.04));
	}

	@Test
	void withoutTheNormalizationTheNightIsTooWideAndTheDayTooNarrow() {
		double[] c = coverage(TimeOfDayNormalization.OFF);
		assertThat(c[0]).as("night 80%%").isGreaterThan(0.90);
		assertThat(c[2]).as("day 80%%").isLessThan(0.76);
	}

}
