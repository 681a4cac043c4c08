package org.opsreport.bench;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.opsreport.forecast.ForecastPoint;
import org.opsreport.forecast.IntervalCalibration;
import org.opsreport.forecast.IntervalCalibration.BandMultipliers;
import org.opsreport.forecast.IntervalCalibration.Multipliers;
import org.opsreport.forecast.IntervalCalibration.ScoreCounts;
import org.opsreport.forecast.ValueDomain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The levers the calibration replay measures (bench/README.md, "Third round"): hand-computed cases, so
 * that a variant's figures there are the method's and not a slip of the bench.
 */
class CalibrationSimulationTest {

	@Test
	void weightedQuantileWithEqualWeightsIsTheFlatConformalQuantile() {
		Random random = new Random(5);
		for (int trial = 0; trial < 50; trial++) {
			ScoreCounts[] byAge = new ScoreCounts[3];
			ScoreCounts all = ScoreCounts.EMPTY;
			for (int age = 0; age < byAge.length; age++) {
				double[] scores = new double[1 + random.nextInt(40)];
				for (int i = 0; i < scores.length; i++) {
					scores[i] = 0.4 + 2.8 * random.nextDouble();
				}
				byAge[age] = ScoreCounts.of(scores);
				all = all.plus(byAge[age]);
			}
			for (double alpha : new double[] { 0.2, 0.05 }) {
				assertThat(CalibrationSimulation.weightedConformalMultiplier(byAge, 1.0, alpha))
					.isEqualTo(IntervalCalibration.conformalMultiplier(all, alpha));
			}
		}
	}

	@Test
	void olderNightsWeighLess() {
		// tonight (age 0): ten scores 1.0; a night earlier (age 1): ten scores 2.0. Decay 0.5: weights 10 and 5,
		// total 15. At 80 % the target is (1 - 0.2)(15 + 1) = 12.8: the 1.0 scores hold 10, the 2.0 ones reach
		// 15 -> 2.0 (at 1.975 it is 2.8 short, more than the 2.2 that 2.0 passes it by). At alpha 0.4 the target
		// is 0.6 x 16 = 9.6 and the 1.0 scores hold 10 -> 1.0. The flat pool (decay 1) at alpha 0.4: k =
		// ceil(0.6 x 21) = 13 of 20, reached at 2.0 (20), but 1.975 (10) is 3 short against 7 past -> 1.975:
		// the old night's large scores count fully there, half here
		ScoreCounts[] byAge = { ScoreCounts.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1), ScoreCounts.of(2, 2, 2, 2, 2, 2, 2, 2, 2, 2) };
		assertThat(CalibrationSimulation.weightedConformalMultiplier(byAge, 0.5, 0.2)).isCloseTo(2.0, within(1e-12));
		assertThat(CalibrationSimulation.weightedConformalMultiplier(byAge, 0.5, 0.4)).isCloseTo(1.0, within(1e-12));
		assertThat(CalibrationSimulation.weightedConformalMultiplier(byAge, 1.0, 0.4)).isCloseTo(1.975, within(1e-12));
		// too little weight for the level: (1 - 0.05)(w + 1) > w for w < 19 -> the own intervals
		assertThat(CalibrationSimulation.weightedConformalMultiplier(byAge, 0.5, 0.05)).isEqualTo(1.0);
	}

	@Test
	void integratorSaturates() {
		// K_I tan(x log(t+1) / (C_sat (t+1))): x = 0.5, t = 3, K_I = 1, C_sat = 1 -> tan(0.5 log 4 / 4) = tan(0.17329)
		assertThat(CalibrationSimulation.saturatedIntegrator(0.5, 3, 1, 1)).isCloseTo(Math.tan(0.5 * Math.log(4) / 4),
				within(1e-12));
		assertThat(CalibrationSimulation.saturatedIntegrator(-0.5, 3, 2, 1)).isCloseTo(-2 * Math.tan(0.5 * Math.log(4) / 4),
				within(1e-12));
		assertThat(CalibrationSimulation.saturatedIntegrator(100, 3, 1, 1)).isInfinite().isPositive();
		assertThat(CalibrationSimulation.saturatedIntegrator(0.5, 0, 1, 1)).isZero();
		assertThat(CalibrationSimulation.saturatedIntegrator(0.5, 3, 0, 1)).isZero();
	}

	@Test
	void theReferenceBeforeTheEdgeRuleLiftsALowerBoundOfZeroAsTheJobDidAndTheJobNoLonger() {
		// f = 4, 80 % [0, 10], 95 % [0, 14], multiplier 0.5 in the first band: before, 4 - 0.5 x 4 = 2 (every zero
		// outside); the job now keeps 0. Upper bounds move alike: 4 + 0.5 x 6 = 7, 4 + 0.5 x 10 = 9
		List<ForecastPoint> own = List.of(new ForecastPoint(Instant.EPOCH.plusSeconds(3600), 4, 0, 10, 0, 14));
		Multipliers m = new Multipliers(new BandMultipliers(0.5, 0.5), BandMultipliers.ONE, BandMultipliers.ONE);
		assertThat(CalibrationSimulation.applyBeforeEdgeRule(own, m, ValueDomain.NON_NEGATIVE).get(0))
			.isEqualTo(new ForecastPoint(own.get(0).timestamp(), 4, 2, 7, 2, 9));
		assertThat(IntervalCalibration.apply(own, Instant.EPOCH, m, ValueDomain.NON_NEGATIVE).get(0))
			.isEqualTo(new ForecastPoint(own.get(0).timestamp(), 4, 0, 7, 0, 9));
	}

}
