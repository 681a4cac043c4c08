package org.opsreport.forecast;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TimeOfDaySpreadTest {

	/**
	 * Four slots a day (no smoothing below 24 slots), three days:
	 * <pre>
	 * day 0:  0  10  20  0
	 * day 1:  0  14  26  0
	 * day 2:  0  12  20  2
	 * </pre>
	 * Mean absolute one-day differences per slot: (0+0)/2 = 0, (4+2)/2 = 3, (6+6)/2 = 6, (0+2)/2 = 1; mean 2.5,
	 * floor 0.25 x 2.5 = 0.625; floored 0.625, 3, 6, 1 with mean 10.625 / 4 = 2.65625; divided by it:
	 * 20/85, 96/85, 192/85, 32/85.
	 */
	@Test
	void profileHandComputed() {
		double[] y = { 0, 10, 20, 0, 0, 14, 26, 0, 0, 12, 20, 2 };
		TimeOfDaySpread spread = TimeOfDaySpread.of(y, y.length, 4, 0);
		assertThat(spread.slots()).isEqualTo(4);
		assertThat(spread.at(0)).isCloseTo(20.0 / 85, within(1e-12));
		assertThat(spread.at(1)).isCloseTo(96.0 / 85, within(1e-12));
		assertThat(spread.at(2)).isCloseTo(192.0 / 85, within(1e-12));
		assertThat(spread.at(3)).isCloseTo(32.0 / 85, within(1e-12));
		// any index maps to its slot, beyond the window too (the forecast steps)
		assertThat(spread.at(12)).isEqualTo(spread.at(0));
		assertThat(spread.at(14)).isEqualTo(spread.at(2));
		// only y[0 .. end) is read: without day 2, slot 3 never changed and sits on the floor
		TimeOfDaySpread firstTwoDays = TimeOfDaySpread.of(y, 8, 4, 0);
		// raw 0, 4, 6, 0; mean 2.5; floored 0.625, 4, 6, 0.625, mean 2.8125
		assertThat(firstTwoDays.at(3)).isCloseTo(0.625 / 2.8125, within(1e-12));
		assertThat(firstTwoDays.at(2)).isCloseTo(6 / 2.8125, within(1e-12));
	}

	/** Sensitivity 0.5: {@code (s + 0.5) / 1.5} of the profile above, still of mean 1. */
	@Test
	void sensitivityMovesTheProfileTowardsOne() {
		double[] y = { 0, 10, 20, 0, 0, 14, 26, 0, 0, 12, 20, 2 };
		TimeOfDaySpread spread = TimeOfDaySpread.of(y, y.length, 4, 0.5);
		assertThat(spread.at(0)).isCloseTo((20.0 / 85 + 0.5) / 1.5, within(1e-12));
		assertThat(spread.at(2)).isCloseTo((192.0 / 85 + 0.5) / 1.5, within(1e-12));
		assertThat((spread.at(0) + spread.at(1) + spread.at(2) + spread.at(3)) / 4).isCloseTo(1.0, within(1e-12));
	}

	/**
	 * 24 slots a day are smoothed over one slot either side: one change of 24 at slot 0 on day 1 gives raw
	 * 24 at slot 0 and 0 elsewhere, smoothed 8 at slots 23, 0 and 1 and 0 elsewhere (mean 1, floor 0.25);
	 * floored mean (3 x 8 + 21 x 0.25) / 24 = 1.21875, so 8 / 1.21875 at slots 23, 0, 1 and 0.25 / 1.21875
	 * at the others.
	 */
	@Test
	void neighbouringSlotsAreSmoothedAcrossMidnight() {
		double[] y = new double[48];
		y[24] = 24;
		TimeOfDaySpread spread = TimeOfDaySpread.of(y, 48, 24, 0);
		for (int j : new int[] { 23, 0, 1 }) {
			assertThat(spread.at(j)).as("slot %d", j).isCloseTo(8 / 1.21875, within(1e-12));
		}
		for (int j = 2; j < 23; j++) {
			assertThat(spread.at(j)).as("slot %d", j).isCloseTo(0.25 / 1.21875, within(1e-12));
		}
		double mean = 0;
		for (int j = 0; j < 24; j++) {
			mean += spread.at(j) / 24;
		}
		assertThat(mean).isCloseTo(1.0, within(1e-12));
	}

	@Test
	void noDailyCycleToMeasureGivesOneEverywhere() {
		assertThat(TimeOfDaySpread.of(new double[] { 1, 2, 3, 4, 5 }, 5, 1, 0)).isSameAs(TimeOfDaySpread.NONE);
		// fewer than two days: no one-day difference
		assertThat(TimeOfDaySpread.of(new double[30], 30, 24, 0)).isSameAs(TimeOfDaySpread.NONE);
		// the same day repeated: nothing changes from day to day
		double[] y = new double[72];
		for (int t = 0; t < y.length; t++) {
			y[t] = t % 24;
		}
		assertThat(TimeOfDaySpread.of(y, 72, 24, 0)).isSameAs(TimeOfDaySpread.NONE);
		assertThat(TimeOfDaySpread.NONE.at(17)).isEqualTo(1.0);
	}

}
