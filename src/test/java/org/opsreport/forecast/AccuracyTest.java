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

}
