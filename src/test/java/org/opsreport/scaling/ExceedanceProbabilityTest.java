package org.opsreport.scaling;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Hand-computed values of the piecewise-linear CDF through the stored quantiles. */
class ExceedanceProbabilityTest {

	// quantiles of a forecast: 2.5 % = 50, 10 % = 60, 50 % = 70, 90 % = 80, 97.5 % = 90
	static double above(double threshold) {
		return ExceedanceProbability.above(threshold, 50, 60, 70, 80, 90);
	}

	@Test
	void atTheQuantilesTheProbabilityIsOneMinusTheirLevel() {
		assertThat(above(50)).isCloseTo(0.975, within(1e-12));
		assertThat(above(60)).isCloseTo(0.90, within(1e-12));
		assertThat(above(70)).isCloseTo(0.50, within(1e-12));
		assertThat(above(80)).isCloseTo(0.10, within(1e-12));
		assertThat(above(90)).isCloseTo(0.025, within(1e-12));
	}

	@Test
	void betweenQuantilesTheCdfIsLinear() {
		// F(75) = 0.5 + 0.4 * 5 / 10 = 0.7
		assertThat(above(75)).isCloseTo(0.30, within(1e-12));
		// F(85) = 0.9 + 0.075 * 5 / 10 = 0.9375
		assertThat(above(85)).isCloseTo(0.0625, within(1e-12));
	}

	@Test
	void theTailsAreExtendedWithTheOuterSlopeUntilZeroAndOne() {
		// upper tail: slope 0.075 / 10, F reaches 1 at 90 + 0.025 / 0.0075 = 93.33
		assertThat(above(92)).isCloseTo(0.025 - 2 * 0.0075, within(1e-12));
		assertThat(above(93.34)).isZero();
		assertThat(above(1000)).isZero();
		// lower tail: slope 0.075 / 10, F reaches 0 at 50 - 3.33 = 46.67
		assertThat(above(48)).isCloseTo(1 - (0.025 - 2 * 0.0075), within(1e-12));
		assertThat(above(46.6)).isEqualTo(1.0);
	}

	@Test
	void coincidingQuantilesMakeAStep() {
		// an interval clamped at 100 %: 80 % and 95 % upper bounds both 100
		assertThat(ExceedanceProbability.above(100, 90, 95, 98, 100, 100)).isZero();
		assertThat(ExceedanceProbability.above(99, 90, 95, 98, 100, 100)).isCloseTo(0.1 + 0.4 * 0.5, within(1e-12));
		// a degenerate forecast (all quantiles equal): certain
		assertThat(ExceedanceProbability.above(80, 85, 85, 85, 85, 85)).isEqualTo(1.0);
		assertThat(ExceedanceProbability.above(90, 85, 85, 85, 85, 85)).isZero();
	}

	@Test
	void nanGivesNan() {
		assertThat(ExceedanceProbability.above(80, Double.NaN, 60, 70, 80, 90)).isNaN();
		assertThat(ExceedanceProbability.above(Double.NaN, 50, 60, 70, 80, 90)).isNaN();
	}

}
