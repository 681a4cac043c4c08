package org.opsreport.forecast;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Definitions from Hyndman &amp; Koehler (2006); values computed by hand in the comments. */
class AccuracyTest {

	@Test
	void seasonalNaiveScaleAndMase() {
		double[] y = { 1, 2, 3, 4, 5, 6 };
		// m = 2: |3-1|, |4-2|, |5-3|, |6-4| -> mean 2
		assertThat(Accuracy.seasonalNaiveMae(y, 6, 2)).isEqualTo(2.0);
		// actual 7, 8 vs forecast 6, 10: MAE (1 + 2) / 2 = 1.5, MASE 1.5 / 2 = 0.75
		assertThat(Accuracy.mase(new double[] { 7, 8 }, new double[] { 6, 10 }, 2.0)).isEqualTo(0.75);
	}

	@Test
	void smapeHandComputed() {
		// 2*1/(7+6) = 0.1538462, 2*2/(8+10) = 0.2222222; mean * 100 = 18.80342
		assertThat(Accuracy.smape(new double[] { 7, 8 }, new double[] { 6, 10 })).isCloseTo(18.80342, within(1e-5));
		// 0/0 term counts as a perfect forecast; |0 - 5| gives the maximum 200
		assertThat(Accuracy.smape(new double[] { 0, 0 }, new double[] { 0, 5 })).isEqualTo(100.0);
	}

	@Test
	void edgeCases() {
		assertThat(Accuracy.seasonalNaiveMae(new double[] { 1, 2 }, 2, 2)).isNaN();
		assertThat(Accuracy.mase(new double[] { 1 }, new double[] { 1 }, 0)).isZero();
		assertThat(Accuracy.mase(new double[] { 1 }, new double[] { 2 }, 0)).isNaN();
		assertThat(Accuracy.smape(new double[0], new double[0])).isNaN();
	}

	@Test
	void winklerAndMsisHandComputed() {
		double[] lower = { 8, 8, 8 };
		double[] upper = { 12, 12, 12 };
		// alpha 0.2: inside -> width 4; 13 above by 1 -> 4 + 10 * 1 = 14; 7 below by 1 -> 14; mean 32 / 3
		assertThat(Accuracy.winkler(new double[] { 10, 13, 7 }, lower, upper, 0.2)).isCloseTo(32.0 / 3, within(1e-12));
		// alpha 0.05 (M4): 13 -> 4 + 40 = 44, 10 -> 4; mean 24; scaled by a seasonal-naive MAE of 2: MSIS 12
		assertThat(Accuracy.winkler(new double[] { 13, 10 }, new double[] { 8, 8 }, new double[] { 12, 12 }, 0.05))
			.isEqualTo(24.0);
		assertThat(Accuracy.msis(new double[] { 13, 10 }, new double[] { 8, 8 }, new double[] { 12, 12 }, 0.05, 2.0))
			.isEqualTo(12.0);
		// boundary values are inside (no penalty); a zero-width interval at the actual scores 0
		assertThat(Accuracy.winkler(new double[] { 8, 12 }, new double[] { 8, 8 }, new double[] { 12, 12 }, 0.2))
			.isEqualTo(4.0);
		assertThat(Accuracy.msis(new double[] { 5 }, new double[] { 5 }, new double[] { 5 }, 0.05, 0)).isZero();
		assertThat(Accuracy.coverage(new double[] { 10, 13, 7, 8 }, new double[] { 8, 8, 8, 8 },
				new double[] { 12, 12, 12, 12 })).isEqualTo(0.5);
	}

	@Test
	void naive2SeasonalIndicesOfAnExactMultiplicativeSeries() {
		// y = 10 * s(t mod 4), s = 0.5, 1, 1.5, 1 (mean 1): the centred moving average is 10 everywhere,
		// the indices are s exactly, the deseasonalised last value is 10
		double[] s = { 0.5, 1, 1.5, 1 };
		double[] y = new double[20];
		for (int t = 0; t < y.length; t++) {
			y[t] = 10 * s[t % 4];
		}
		assertThat(Naive2.seasonal(y, 4)).isTrue();
		assertThat(Naive2.seasonalIndices(y, 4, true)).containsExactly(new double[] { 0.5, 1, 1.5, 1 }, within(1e-12));
		// the last value is position 3; the next five positions are 0, 1, 2, 3, 0
		assertThat(Naive2.forecast(y, 4, 5)).containsExactly(new double[] { 5, 10, 15, 10, 5 }, within(1e-12));
		// the last value doubled: F(n + 1) = (y(n-1) / I(3)) * I(0) with the indices of the changed series
		y[19] = 20;
		double[] index = Naive2.seasonalIndices(y, 4, true);
		assertThat(Naive2.forecast(y, 4, 1)[0]).isCloseTo(20 / index[3] * index[0], within(1e-12));
	}

	@Test
	void naive2IsNaiveWithoutSeasonality() {
		// white noise around a level is not seasonal at lag 24 (seed fixed: |r_24| under its limit)
		java.util.Random random = new java.util.Random(3);
		double[] y = new double[96];
		for (int t = 0; t < y.length; t++) {
			y[t] = 50 + random.nextGaussian();
		}
		assertThat(Naive2.seasonal(y, 24)).isFalse();
		assertThat(Naive2.forecast(y, 24, 3)).containsExactly(y[95], y[95], y[95]);
		// too short for the test (< 3 seasons): naive as well
		assertThat(Naive2.forecast(new double[] { 1, 2, 3, 4, 5 }, 4, 1)).containsExactly(5.0);
	}

}
