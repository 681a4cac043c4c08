package org.opsreport.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.opsreport.forecast.IntervalCalibration.BandMultipliers;
import org.opsreport.forecast.IntervalCalibration.Multipliers;
import org.opsreport.forecast.IntervalCalibration.ScoreCounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class IntervalCalibrationTest {

	@Test
	void scoreIsTheMultiplierOfTheOffsetThatJustHoldsTheActual() {
		// f = 10, interval [4, 14]: above, 12 needs half the upper offset of 4; below, 7 needs half the lower offset of 6
		assertThat(IntervalCalibration.score(12, 10, 4, 14)).isCloseTo(0.5, within(1e-12));
		assertThat(IntervalCalibration.score(7, 10, 4, 14)).isCloseTo(0.5, within(1e-12));
		assertThat(IntervalCalibration.score(22, 10, 4, 14)).isCloseTo(3.0, within(1e-12));
		assertThat(IntervalCalibration.score(10, 10, 10, 10)).isZero();
		assertThat(IntervalCalibration.score(11, 10, 4, 10)).isInfinite();
		assertThat(IntervalCalibration.score(Double.NaN, 10, 4, 14)).isNaN();
	}

	@Test
	void scoresAreCountedOnTheMultiplierGrid() {
		assertThat(IntervalCalibration.GRID).isEqualTo(101);
		assertThat(IntervalCalibration.multiplierAt(20)).isCloseTo(1.0, within(1e-12));
		// the exact decimal, as report.json shows it (0.5 + 19 * 0.025 is 0.9750000000000001)
		assertThat(IntervalCalibration.multiplierAt(19)).isEqualTo(0.975);
		assertThat(Double.toString(IntervalCalibration.multiplierAt(39))).isEqualTo("1.475");
		ScoreCounts counts = ScoreCounts.of(0.2, 1.0, 1.01, 5, Double.POSITIVE_INFINITY, Double.NaN);
		assertThat(counts.total()).isEqualTo(5); // NaN skipped; beyond the cap counted in the total only
		long[] within = counts.within();
		assertThat(within[0]).isEqualTo(1); // <= 0.5
		assertThat(within[19]).isEqualTo(1); // <= 0.975
		assertThat(within[20]).isEqualTo(2); // <= 1.0 (a score on a grid point counts there)
		assertThat(within[21]).isEqualTo(3); // <= 1.025
		assertThat(within[100]).isEqualTo(3); // <= 3.0
		assertThat(counts.plus(counts).within()[21]).isEqualTo(6);
		assertThat(counts.plus(counts).total()).isEqualTo(10);
	}

	@Test
	void conformalMultiplierIsTheFiniteSampleQuantileOfTheScores() {
		// scores 0.1, 0.2, ..., 1.9 (n = 19): k = ceil((1 - alpha)(n + 1))
		double[] scores = new double[19];
		for (int i = 0; i < 19; i++) {
			scores[i] = (i + 1) / 10.0;
		}
		ScoreCounts counts = ScoreCounts.of(scores);
		assertThat(IntervalCalibration.conformalMultiplier(counts, 0.1)).isCloseTo(1.8, within(1e-9)); // k = 18
		assertThat(IntervalCalibration.conformalMultiplier(counts, 0.05)).isCloseTo(1.9, within(1e-9)); // k = 19
		assertThat(IntervalCalibration.conformalMultiplier(counts, 0.5)).isCloseTo(1.0, within(1e-9)); // k = 10
		// k = ceil(0.99 * 20) = 20 > 19: too few scores for the level, the series' own intervals
		assertThat(IntervalCalibration.conformalMultiplier(counts, 0.01)).isEqualTo(1.0);
		assertThat(IntervalCalibration.conformalMultiplier(ScoreCounts.EMPTY, 0.2)).isEqualTo(1.0);
		// small scores stop at the floor, huge ones (one outlier night) at the cap
		assertThat(IntervalCalibration.conformalMultiplier(ScoreCounts.of(new double[50]), 0.2)).isEqualTo(0.5);
		double[] huge = new double[50];
		java.util.Arrays.fill(huge, 40);
		assertThat(IntervalCalibration.conformalMultiplier(ScoreCounts.of(huge), 0.2)).isEqualTo(3.0);
	}

	@Test
	void tiedScoresAtTheQuantileGoToTheGridPointWhoseCoverageIsNearest() {
		// 100 scores, alpha 0.2: k = ceil(0.8 * 101) = 81; an atom of 10 scores exactly 1 (values on the bound)
		// 75 at 0.6: 75 within 0.975, 85 within 1.0; 81 - 75 = 6 > 85 - 81 = 4, so 1.0 (coverage 0.85 vs 0.75)
		assertThat(IntervalCalibration.conformalMultiplier(atom(75, 10, 15), 0.2)).isEqualTo(1.0);
		// 78 at 0.6: 78 within 0.975, 88 within 1.0; 81 - 78 = 3 < 88 - 81 = 7, so 0.975 (coverage 0.78 vs 0.88)
		assertThat(IntervalCalibration.conformalMultiplier(atom(78, 10, 12), 0.2)).isCloseTo(0.975, within(1e-9));
		// equally far (80 within 0.975, 82 within 1.0: 1 short, 1 over): "at least k" stands
		assertThat(IntervalCalibration.conformalMultiplier(atom(80, 2, 18), 0.2)).isEqualTo(1.0);
	}

	/** {@code below} scores 0.6, {@code ones} exactly 1, {@code above} 2.0. */
	private static ScoreCounts atom(int below, int ones, int above) {
		double[] s = new double[below + ones + above];
		java.util.Arrays.fill(s, 0, below, 0.6);
		java.util.Arrays.fill(s, below, below + ones, 1.0);
		java.util.Arrays.fill(s, below + ones, s.length, 2.0);
		return ScoreCounts.of(s);
	}

	@Test
	void adaptiveLevelFollowsTheHandComputedSequenceAndStaysBounded() {
		// alpha = 0.2, gamma = 0.1: alpha_{t+1} = alpha_t + 0.1 (0.2 - err_t)
		double a = 0.2;
		a = IntervalCalibration.nextAlpha(a, 0.2, 0.3, 0.1);
		assertThat(a).isCloseTo(0.19, within(1e-12));
		a = IntervalCalibration.nextAlpha(a, 0.2, 0.3, 0.1);
		assertThat(a).isCloseTo(0.18, within(1e-12));
		a = IntervalCalibration.nextAlpha(a, 0.2, 0.1, 0.1);
		assertThat(a).isCloseTo(0.19, within(1e-12));
		assertThat(IntervalCalibration.nextAlpha(a, 0.2, Double.NaN, 0.1)).isEqualTo(a); // nothing scored
		assertThat(IntervalCalibration.nextAlpha(a, 0.2, 0.9, 0)).isEqualTo(a); // gamma 0: no adaptation
		// every value missed night after night: down to alpha / 4, never to 0 (an infinite interval)
		for (int t = 0; t < 100; t++) {
			a = IntervalCalibration.nextAlpha(a, 0.2, 1.0, 0.1);
		}
		assertThat(a).isEqualTo(0.05);
		for (int t = 0; t < 100; t++) {
			a = IntervalCalibration.nextAlpha(a, 0.05, 0.0, 0.5);
		}
		assertThat(a).isEqualTo(0.1);
	}

	@Test
	void applyScalesEachBandsOffsetsClampsAndKeepsThe95AroundThe80() {
		Instant origin = Instant.parse("2026-01-01T00:00:00Z");
		List<ForecastPoint> points = List.of(new ForecastPoint(origin.plus(Duration.ofHours(1)), 10, 8, 13, 5, 16),
				new ForecastPoint(origin.plus(Duration.ofHours(12)), 10, 8, 13, 5, 16),
				new ForecastPoint(origin.plus(Duration.ofHours(30)), 10, 8, 13, 5, 16));
		Multipliers m = new Multipliers(new BandMultipliers(0.5, 1), new BandMultipliers(2, 1), new BandMultipliers(3, 3));
		List<ForecastPoint> out = IntervalCalibration.apply(points, origin, m, ValueDomain.NON_NEGATIVE);
		assertThat(out.get(0)).isEqualTo(new ForecastPoint(points.get(0).timestamp(), 10, 9, 11.5, 5, 16));
		// 80 % x2 = [6, 16]; 95 % x1 = [5, 16] still holds it
		assertThat(out.get(1)).isEqualTo(new ForecastPoint(points.get(1).timestamp(), 10, 6, 16, 5, 16));
		// x3: 80 % [4, 19], 95 % [-5 -> 0, 28]
		assertThat(out.get(2)).isEqualTo(new ForecastPoint(points.get(2).timestamp(), 10, 4, 19, 0, 28));
		Multipliers narrow95 = new Multipliers(new BandMultipliers(3, 0.5), BandMultipliers.ONE, BandMultipliers.ONE);
		ForecastPoint p = IntervalCalibration.apply(points, origin, narrow95, ValueDomain.UNBOUNDED).get(0);
		assertThat(p.lower95()).isEqualTo(p.lower80()); // 95 % stretched to hold the widened 80 %
		assertThat(p.upper95()).isEqualTo(p.upper80());
		assertThat(IntervalCalibration.apply(points, origin, Multipliers.ONE, ValueDomain.NON_NEGATIVE)).isSameAs(points);
	}

	@Test
	void aValueOnTheSideOfABoundOnTheRangesEdgeScoresZero() {
		// f = 4, own 80 % [0, 10] with the lower bound clamped to 0: below the forecast every multiplier holds
		// the value (the bound stays on 0), so 0 and 2 score 0; above it the usual (7 - 4) / (10 - 4) = 0.5
		assertThat(IntervalCalibration.score(0, 4, 0, 10, ValueDomain.NON_NEGATIVE)).isZero();
		assertThat(IntervalCalibration.score(2, 4, 0, 10, ValueDomain.NON_NEGATIVE)).isZero();
		assertThat(IntervalCalibration.score(7, 4, 0, 10, ValueDomain.NON_NEGATIVE)).isCloseTo(0.5, within(1e-12));
		// without the edge-aware rule the zero is the atom at exactly 1: (4 - 0) / (4 - 0)
		assertThat(IntervalCalibration.score(0, 4, 0, 10)).isCloseTo(1.0, within(1e-12));
		// unbounded: 0 is no edge, (4 - 0) / (4 - 0) = 1; a lower bound off the edge: (4 - 0) / (4 - 1) = 4/3
		assertThat(IntervalCalibration.score(0, 4, 0, 10, ValueDomain.UNBOUNDED)).isCloseTo(1.0, within(1e-12));
		assertThat(IntervalCalibration.score(0, 4, 1, 10, ValueDomain.NON_NEGATIVE)).isCloseTo(4.0 / 3, within(1e-12));
		// percent: 100 under an upper bound on 100 scores 0, below the forecast the usual (90 - 85) / (90 - 80) = 0.5
		assertThat(IntervalCalibration.score(100, 90, 80, 100, ValueDomain.PERCENT)).isZero();
		assertThat(IntervalCalibration.score(85, 90, 80, 100, ValueDomain.PERCENT)).isCloseTo(0.5, within(1e-12));
		assertThat(IntervalCalibration.score(Double.NaN, 4, 0, 10, ValueDomain.NON_NEGATIVE)).isNaN();
	}

	@Test
	void applyKeepsABoundOnTheRangesEdgeThereAndMovesTheOthersAsBefore() {
		Instant origin = Instant.parse("2026-01-01T00:00:00Z");
		// f = 4: 80 % [0, 10] (lower clamped to 0), 95 % [0, 14]
		List<ForecastPoint> points = List.of(new ForecastPoint(origin.plus(Duration.ofHours(3)), 4, 0, 10, 0, 14),
				new ForecastPoint(origin.plus(Duration.ofHours(12)), 4, 0, 10, 0, 14),
				new ForecastPoint(origin.plus(Duration.ofHours(30)), 4, 1, 10, 0, 14));
		Multipliers m = new Multipliers(new BandMultipliers(0.5, 0.5), new BandMultipliers(2, 1.5), new BandMultipliers(0.5, 1));
		List<ForecastPoint> out = IntervalCalibration.apply(points, origin, m, ValueDomain.NON_NEGATIVE);
		// m = 0.5 < 1: the lower bounds stay on 0 (before: 4 - 0.5 x 4 = 2, every zero outside); upper 4 + 0.5 x 6 = 7,
		// 95 % 4 + 0.5 x 10 = 9
		assertThat(out.get(0)).isEqualTo(new ForecastPoint(points.get(0).timestamp(), 4, 0, 7, 0, 9));
		// m = 2 > 1: on 0 still (4 - 2 x 4 = -4 is clamped to 0 anyway); upper 4 + 2 x 6 = 16, 95 % 4 + 1.5 x 10 = 19
		assertThat(out.get(1)).isEqualTo(new ForecastPoint(points.get(1).timestamp(), 4, 0, 16, 0, 19));
		// a lower bound off the edge (1) moves as before: 4 - 0.5 x (4 - 1) = 2.5; the 95 % one on 0 stays
		assertThat(out.get(2)).isEqualTo(new ForecastPoint(points.get(2).timestamp(), 4, 2.5, 7, 0, 14));
		// percent: an upper bound on 100 stays there under m = 0.5; the lower 90 - 0.5 x 10 = 85
		ForecastPoint pct = IntervalCalibration.apply(List.of(new ForecastPoint(origin.plus(Duration.ofHours(1)), 90, 80, 100,
				70, 100)), origin, m, ValueDomain.PERCENT).get(0);
		assertThat(pct).isEqualTo(new ForecastPoint(pct.timestamp(), 90, 85, 100, 80, 100));
		// unbounded: 0 is no edge, the lower bound moves: 4 - 0.5 x 4 = 2
		assertThat(IntervalCalibration.apply(points, origin, m, ValueDomain.UNBOUNDED).get(0).lower80()).isEqualTo(2.0);
	}

	@Test
	void settingsOutsideTheirBoundsAreRejectedByName() {
		assertThat(new IntervalCalibrationProperties(true, 14, 0.1).window()).isEqualTo(14);
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new IntervalCalibrationProperties(true, 0, 0.1))
			.withMessageContaining("opsreport.forecast.calibration.window");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new IntervalCalibrationProperties(true, 91, 0.1))
			.withMessageContaining("opsreport.forecast.calibration.window");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new IntervalCalibrationProperties(true, 14, 1.5))
			.withMessageContaining("opsreport.forecast.calibration.gamma");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new IntervalCalibrationProperties(true, 14, Double.NaN))
			.withMessageContaining("opsreport.forecast.calibration.gamma");
	}

	/**
	 * Synthetic series whose true quantiles are known: errors N(0, sigma_i^2) with a different sigma_i per series
	 * (scores must be scale-free), but each series' own intervals assume sigma_i / 1.5 (too narrow, as the own
	 * window's errors are when the next days bring larger ones). Own 80 % intervals then cover
	 * 2 Phi(1.2816 / 1.5) - 1 = 0.607. Pooled over 14 nights of 40 series x 48 leads, the multiplier is the true
	 * ratio 1.5 (to the grid's 0.025, plus sampling error), and fresh nights' calibrated intervals cover within
	 * 1.5 points of 80 % and 95 %.
	 */
	@Test
	void pooledCalibrationRestoresNominalCoverageOnSeriesWithKnownQuantiles() {
		Random random = new Random(16);
		int series = 40;
		double[] sigma = new double[series];
		for (int i = 0; i < series; i++) {
			sigma[i] = Math.exp(random.nextGaussian() * 2); // scales over several orders of magnitude
		}
		double z80 = 1.2815515655446004;
		double z95 = 1.959963984540054;
		ScoreCounts s80 = ScoreCounts.EMPTY;
		ScoreCounts s95 = ScoreCounts.EMPTY;
		for (int night = 0; night < 14; night++) {
			List<Double> a80 = new ArrayList<>();
			List<Double> a95 = new ArrayList<>();
			for (int i = 0; i < series; i++) {
				double own = sigma[i] / 1.5;
				for (int h = 0; h < 48; h++) {
					double e = random.nextGaussian() * sigma[i];
					a80.add(IntervalCalibration.score(100 + e, 100, 100 - z80 * own, 100 + z80 * own));
					a95.add(IntervalCalibration.score(100 + e, 100, 100 - z95 * own, 100 + z95 * own));
				}
			}
			s80 = s80.plus(ScoreCounts.of(a80.stream().mapToDouble(Double::doubleValue).toArray()));
			s95 = s95.plus(ScoreCounts.of(a95.stream().mapToDouble(Double::doubleValue).toArray()));
		}
		double m80 = IntervalCalibration.conformalMultiplier(s80, IntervalCalibration.ALPHA80);
		double m95 = IntervalCalibration.conformalMultiplier(s95, IntervalCalibration.ALPHA95);
		assertThat(m80).isCloseTo(1.5, within(0.06));
		assertThat(m95).isCloseTo(1.5, within(0.08));
		int in80 = 0;
		int in95 = 0;
		int own80 = 0;
		int fresh = 0;
		Multipliers m = new Multipliers(new BandMultipliers(m80, m95), new BandMultipliers(m80, m95),
				new BandMultipliers(m80, m95));
		Instant origin = Instant.EPOCH;
		for (int night = 0; night < 20; night++) {
			for (int i = 0; i < series; i++) {
				double own = sigma[i] / 1.5;
				List<ForecastPoint> points = new ArrayList<>();
				double[] actual = new double[48];
				for (int h = 0; h < 48; h++) {
					actual[h] = 100 + random.nextGaussian() * sigma[i];
					points.add(new ForecastPoint(origin.plus(Duration.ofHours(h + 1)), 100, 100 - z80 * own, 100 + z80 * own,
							100 - z95 * own, 100 + z95 * own));
				}
				List<ForecastPoint> calibrated = IntervalCalibration.apply(points, origin, m, ValueDomain.UNBOUNDED);
				for (int h = 0; h < 48; h++) {
					ForecastPoint p = calibrated.get(h);
					in80 += actual[h] >= p.lower80() && actual[h] <= p.upper80() ? 1 : 0;
					in95 += actual[h] >= p.lower95() && actual[h] <= p.upper95() ? 1 : 0;
					own80 += Math.abs(actual[h] - 100) <= z80 * own ? 1 : 0;
					fresh++;
				}
			}
		}
		assertThat((double) own80 / fresh).isCloseTo(0.607, within(0.015));
		assertThat((double) in80 / fresh).isCloseTo(0.80, within(0.015));
		assertThat((double) in95 / fresh).isCloseTo(0.95, within(0.015));
	}

}
