package org.opsreport.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each candidate model against tiny hand-computed cases (the arithmetic is in the comments). */
class ModelsTest {

	private static final Instant MONDAY = Instant.parse("2026-01-05T00:00:00Z");

	private static ForecastModel.SeriesContext context(Duration step) {
		return new ForecastModel.SeriesContext(MONDAY, step, SeriesPreparation.season(step));
	}

	@Test
	void seasonalNaiveRepeatsTheLastDay() {
		// step 6 h -> season 4; forecast 6 steps from origin 8: y[4..7] then y[4..5]
		double[] y = { 1, 2, 3, 4, 5, 6, 7, 8 };
		ForecastModel m = new SeasonalNaiveModel();
		double[] f = m.fit(y, 8, context(Duration.ofHours(6))).forecast(y, 8, 6);
		assertThat(f).containsExactly(5, 6, 7, 8, 5, 6);
		assertThat(m.unsupportedReason(3, context(Duration.ofHours(6)))).contains("one full day");
	}

	@Test
	void naiveRepeatsTheLastValue() {
		double[] y = { 4, 9, 2 };
		assertThat(new NaiveModel().fit(y, 3, context(Duration.ofHours(1))).forecast(y, 2, 3)).containsExactly(9, 9, 9);
	}

	@Test
	void seedModelExactlyAsWritten() {
		// y[i] = i for i = 0..99, hourly from Monday 00:00 UTC.
		// ma[-1] = mean(y[75..98]) = 86.5; ma[-10] = mean(y[66..89]) = 77.5; trend = (86.5 - 77.5) / 10 = 0.9
		// hour h < 4 has 5 values (h, h+24, .., h+96), mean h+48; h >= 4 has 4 values, mean h+36;
		// mean of the 24 hourly means = (276 + 4*48 + 20*36) / 24 = 49.5 -> daily[4] = -9.5, daily[5] = -8.5
		// weekdays: Mon 11.5, Tue 35.5, Wed 59.5, Thu 83.5, Fri (96..99) 97.5; mean 57.5 -> weekly[Fri] = 40
		// step 1 = Fri 04:00, 60 min ahead: 86.5 + 0.9*1 - 9.5 + 40 = 117.9
		// step 2 = Fri 05:00, 120 min ahead: 86.5 + 0.9*2 - 8.5 + 40 = 119.8
		double[] y = new double[100];
		for (int i = 0; i < y.length; i++) {
			y[i] = i;
		}
		ForecastModel m = new SeedMovingAverageModel();
		assertThat(m.unsupportedReason(99, context(Duration.ofHours(1)))).contains("100");
		double[] f = m.fit(y, 100, context(Duration.ofHours(1))).forecast(y, 100, 2);
		assertThat(f[0]).isCloseTo(117.9, within(1e-9));
		assertThat(f[1]).isCloseTo(119.8, within(1e-9));
	}

	@Test
	void holtWintersRecursionHandComputed() {
		// s = 2 (12-hour steps), y = 1 3 2 4, alpha = beta = gamma = 0.5, phi = 1.
		// init: l = 2, b = (3 - 2) / 2 = 0.5, s0 = -1, s1 = 1
		// t=2: yhat = 2 + 0.5 - 1 = 1.5, e = 0.5; l = 0.5*(2+1) + 0.5*2.5 = 2.75; b = 0.5*0.75 + 0.5*0.5 = 0.625;
		// s2 = 0.5*(2-2.75) + 0.5*(-1) = -0.875
		// t=3: yhat = 2.75 + 0.625 + 1 = 4.375, e = -0.375; l = 0.5*3 + 0.5*3.375 = 3.1875;
		// b = 0.5*0.4375 + 0.5*0.625 = 0.53125; s3 = 0.5*0.8125 + 0.5*1 = 0.90625
		// SSE = 0.25 + 0.140625 = 0.390625
		// f1 = 3.1875 + 0.53125 - 0.875 = 2.84375; f2 = 3.1875 + 1.0625 + 0.90625 = 5.15625;
		// f3 = 3.1875 + 1.59375 - 0.875 = 3.90625
		double[] y = { 1, 3, 2, 4 };
		double[] out = new double[3];
		double sse = HoltWintersModel.run(y, 4, 2, 0.5, 0.5, 0.5, 1.0, 3, out);
		assertThat(sse).isCloseTo(0.390625, within(1e-12));
		assertThat(out).containsExactly(new double[] { 2.84375, 5.15625, 3.90625 }, within(1e-12));
		assertThat(HoltWintersModel.fixed(2, 0.5, 0.5, 0.5, 1.0).forecast(y, 4, 3))
			.containsExactly(new double[] { 2.84375, 5.15625, 3.90625 }, within(1e-12));
	}

	@Test
	void holtWintersFitReproducesAPureSeasonalPattern() {
		// 10 days of an exact 4-step pattern around 10: any fitted parameters forecast it exactly
		double[] pattern = { 1, -1, 2, -2 };
		double[] y = new double[40];
		for (int i = 0; i < y.length; i++) {
			y[i] = 10 + pattern[i % 4];
		}
		ForecastModel.Fitted fitted = new HoltWintersModel().fit(y, 40, context(Duration.ofHours(6)));
		assertThat(fitted.forecast(y, 40, 4)).containsExactly(new double[] { 11, 9, 12, 8 }, within(1e-6));
		assertThat(fitted.parameters()).containsKeys("alpha", "beta", "gamma", "phi");
		assertThat(fitted.parameters().get("phi")).isBetween(0.8, 1.0);
	}

	@Test
	void exponentialSmoothingHandComputed() {
		// alpha 0.5 on 2 4 6: l = 2 -> 3 -> 4.5; one-step errors 2 and 3 -> SSE 13
		double[] y = { 2, 4, 6 };
		assertThat(ExponentialSmoothingModel.sse(y, 3, 0.5)).isEqualTo(13.0);
		assertThat(ExponentialSmoothingModel.fixed(0.5).forecast(y, 3, 2)).containsExactly(4.5, 4.5);
	}

	@Test
	void exponentialSmoothingFitsHighAlphaOnARandomWalk() {
		// for a random walk the one-step-optimal smoothing is alpha -> 1 (naive)
		Random random = new Random(1);
		double[] y = new double[500];
		for (int i = 1; i < y.length; i++) {
			y[i] = y[i - 1] + random.nextGaussian();
		}
		ForecastModel.Fitted fitted = new ExponentialSmoothingModel().fit(y, 500, context(Duration.ofHours(1)));
		assertThat(fitted.parameters().get("alpha")).isGreaterThan(0.9);
	}

	@Test
	void seasonalMeanAndMedianProfiles() {
		// s = 2; days (1,2) (3,4) (100,6) (5,8); k = 3 over the last three days:
		// mean: slot 0 = (3+100+5)/3 = 36, slot 1 = (4+6+8)/3 = 6; median: slot 0 = 5, slot 1 = 6
		double[] y = { 1, 2, 3, 4, 100, 6, 5, 8 };
		assertThat(new SeasonalProfileModel(false).fixed(2, 3).forecast(y, 8, 3)).containsExactly(36, 6, 36);
		assertThat(new SeasonalProfileModel(true).fixed(2, 3).forecast(y, 8, 3)).containsExactly(5, 6, 5);
	}

	@Test
	void seasonalProfileFitsMoreDaysOnNoisyPeriodicData() {
		// a fixed daily pattern plus noise: averaging several days beats copying one (k > 1)
		Random random = new Random(7);
		int s = 24;
		double[] y = new double[14 * s];
		for (int i = 0; i < y.length; i++) {
			y[i] = 50 + 10 * Math.sin(2 * Math.PI * i / s) + random.nextGaussian();
		}
		ForecastModel.Fitted fitted = new SeasonalProfileModel(false).fit(y, y.length, context(Duration.ofHours(1)));
		assertThat(fitted.parameters().get("days")).isGreaterThan(3.0);
	}

	@Test
	void recentMedianFollowsALevelShift() {
		// hourly: 5 days at 10, then 2 days at 50 with one spike; short windows win, forecast 50
		double[] y = new double[7 * 24];
		for (int i = 0; i < y.length; i++) {
			y[i] = i < 5 * 24 ? 10 : 50;
		}
		y[y.length - 2] = 1000;
		ForecastModel.Fitted fitted = new RecentMedianModel().fit(y, y.length, context(Duration.ofHours(1)));
		assertThat(fitted.forecast(y, y.length, 3)).containsExactly(50, 50, 50);
		assertThat(RecentMedianModel.median(new double[] { 5, 1, 3, 2 }, 0, 4)).isEqualTo(2.5);
	}

	@Test
	void fourierRegressionRecoversDailyWeeklyAndTrend() {
		// y = 5 + 0.01 t + 3 sin(2 pi t / 24) + 2 cos(2 pi t / 168) + tiny noise, 3 weeks hourly
		Random random = new Random(3);
		int n = 21 * 24;
		double[] y = new double[n + 48];
		for (int t = 0; t < y.length; t++) {
			y[t] = 5 + 0.01 * t + 3 * Math.sin(2 * Math.PI * t / 24) + 2 * Math.cos(2 * Math.PI * t / 168)
					+ 0.01 * random.nextGaussian();
		}
		ForecastModel.Fitted fitted = new FourierRegressionModel().fit(y, n, context(Duration.ofHours(1)));
		double[] f = fitted.forecast(y, n, 48);
		for (int h = 0; h < 48; h++) {
			assertThat(f[h]).isCloseTo(y[n + h], within(0.05));
		}
		assertThat(fitted.parameters().get("trendPerStep")).isCloseTo(0.01, within(1e-3));
	}

	@Test
	void seedCalendarArithmeticMatchesJavaTime() {
		for (long t = -86400L * 10; t < 86400L * 20; t += 3600 * 7 + 13) {
			java.time.ZonedDateTime z = Instant.ofEpochSecond(t).atZone(java.time.ZoneOffset.UTC);
			assertThat(SeedMovingAverageModel.hourOfDay(t)).isEqualTo(z.getHour());
			assertThat(SeedMovingAverageModel.dayOfWeek(t)).isEqualTo(z.getDayOfWeek().getValue() - 1);
		}
	}

	@Test
	void sortedQuantileEqualsCommonsMathR6() {
		Random random = new Random(12);
		for (int n : new int[] { 1, 2, 5, 40, 251 }) {
			double[] e = new double[n];
			for (int i = 0; i < n; i++) {
				e[i] = random.nextGaussian();
			}
			double[] sorted = e.clone();
			java.util.Arrays.sort(sorted);
			for (double p : new double[] { 2.5, 10, 50, 90, 97.5 }) {
				assertThat(CalibratedErrors.quantileOfSorted(sorted, n, p)).as("n=%d p=%s", n, p)
					.isCloseTo(CalibratedErrors.quantile(e, p), within(1e-12));
			}
		}
	}

}
