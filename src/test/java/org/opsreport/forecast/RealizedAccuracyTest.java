package org.opsreport.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RealizedAccuracyTest {

	private static final long DAY = 86_400;

	private static final long T0 = Instant.parse("2026-11-24T00:00:00Z").getEpochSecond();

	private static ForecastPoint point(long t, double f, double half80, double half95) {
		return new ForecastPoint(Instant.ofEpochSecond(t), f, f - half80, f + half80, f - half95, f + half95);
	}

	@Test
	void handComputedSkillAndCoverage() {
		// hourly steps at 00:00, 01:00, 02:00 of the report date; the day before holds 10, 10, 10
		List<ForecastPoint> forecast = List.of(point(T0, 11, 1, 3), point(T0 + 3600, 12, 1, 3),
				point(T0 + 7200, 13, 1, 3));
		long[] t = { T0 - DAY, T0 - DAY + 3600, T0 - DAY + 7200, T0, T0 + 3600, T0 + 7200 };
		double[] v = { 10, 10, 10, 12, 12, 16 };
		RealizedAccuracy r = RealizedAccuracy.score(forecast, t, v, Duration.ofHours(1));
		// errors |12-11|, |12-12|, |16-13| -> MAE 4/3; seasonal naive |12-10|, |12-10|, |16-10| -> 10/3
		assertThat(r.points()).isEqualTo(3);
		assertThat(r.mae()).isCloseTo(4.0 / 3, within(1e-12));
		assertThat(r.seasonalNaiveMae()).isCloseTo(10.0 / 3, within(1e-12));
		assertThat(r.skill()).isCloseTo(1 - 0.4, within(1e-12));
		// 80% bands [10,12], [11,13], [12,14]: 12, 12 in, 16 out; 95% bands +-3: 12, 12 in, 16 in
		assertThat(r.coverage80()).isCloseTo(2.0 / 3, within(1e-12));
		assertThat(r.coverage95()).isCloseTo(1.0, within(1e-12));
		// Winkler 80%: widths 2 each; 16 lies 2 above [12, 14], penalty (2 / 0.2) * 2 = 20 -> (2 + 2 + 22) / 3
		assertThat(r.winkler80()).isCloseTo(26.0 / 3, within(1e-12));
		// Winkler 95%: widths 6 each, all inside -> 6; MSIS = 6 / (10/3) = 1.8
		assertThat(r.winkler95()).isCloseTo(6.0, within(1e-12));
		assertThat(r.msis()).isCloseTo(1.8, within(1e-12));
	}

	@Test
	void matchesSamplesWithinHalfAStepAndSkipsGaps() {
		List<ForecastPoint> forecast = List.of(point(T0, 10, 1, 2), point(T0 + 300, 10, 1, 2), point(T0 + 600, 10, 1, 2));
		// the first actual is 100 s late (matched), the second step has no sample within 150 s (skipped),
		// the third has no sample a day earlier (coverage only)
		long[] t = { T0 - DAY + 60, T0 + 100, T0 + 600 };
		double[] v = { 8, 11, 20 };
		RealizedAccuracy r = RealizedAccuracy.score(forecast, t, v, Duration.ofMinutes(5));
		assertThat(r.points()).isEqualTo(2);
		assertThat(r.mae()).isCloseTo(1.0, within(1e-12));
		assertThat(r.seasonalNaiveMae()).isCloseTo(3.0, within(1e-12));
		assertThat(r.skill()).isCloseTo(1 - 1.0 / 3, within(1e-12));
		assertThat(r.coverage80()).isCloseTo(0.5, within(1e-12));
	}

	@Test
	void nothingToScoreGivesNullFigures() {
		RealizedAccuracy r = RealizedAccuracy.score(List.of(point(T0, 10, 1, 2)), new long[0], new double[0],
				Duration.ofMinutes(5));
		assertThat(r.points()).isZero();
		assertThat(r.skill()).isNull();
		assertThat(r.coverage80()).isNull();
		assertThat(r.winkler80()).isNull();
		assertThat(r.msis()).isNull();
	}

	@Test
	void perfectSeasonalNaiveLeavesTheSkillUndefined() {
		List<ForecastPoint> forecast = List.of(point(T0, 10, 1, 2));
		RealizedAccuracy r = RealizedAccuracy.score(forecast, new long[] { T0 - DAY, T0 }, new double[] { 7, 7 },
				Duration.ofMinutes(5));
		assertThat(r.seasonalNaiveMae()).isZero();
		assertThat(r.mae()).isCloseTo(3.0, within(1e-12));
		assertThat(r.skill()).isNull();
		// 7 lies 2 below [9, 11]: 2 + (2 / 0.2) * 2 = 22; the MSIS has no scale
		assertThat(r.winkler80()).isCloseTo(22.0, within(1e-12));
		assertThat(r.msis()).isNull();
	}

}
