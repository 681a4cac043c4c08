package org.opsreport.bench;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The pooled-trees experiment's features (bench only): hand-computed values, and no look-ahead, since a
 * feature that saw the target's future would make every hold-out figure in bench/README.md worthless.
 */
class PooledTreeExperimentTest {

	@Test
	void featuresOfARampAreTheHandComputedValues() {
		// y[i] = i, hourly, season 24: every seasonal difference is 24, so the MASE scale q = 24
		double[] y = new double[120];
		for (int i = 0; i < y.length; i++) {
			y[i] = i;
		}
		PooledTreeExperiment.Series series = new PooledTreeExperiment.Series(y, 0, 3600, 48);
		double q = PooledTreeExperiment.scale(series);
		assertThat(q).isEqualTo(24.0);
		// origin 72, lead 1: target t = 72, reference r = y[48] = 48
		assertThat(PooledTreeExperiment.reference(series, y, 72, 1)).isEqualTo(48.0);
		float[] f = PooledTreeExperiment.features(series, y, 72, 1, q, 0.5);
		assertThat((double) f[0]).isCloseTo((71 - 48) / 24.0, within(1e-6)); // the last hour's mean, y[71]
		assertThat((double) f[5]).isCloseTo((66 - 48) / 24.0, within(1e-6)); // the sixth hour back, y[66]
		assertThat((double) f[6]).isCloseTo((71 - 48) / 24.0, within(1e-6)); // the last value
		assertThat((double) f[7]).isCloseTo((59.5 - 48) / 24.0, within(1e-6)); // mean of y[48..71]
		assertThat((double) f[8]).isCloseTo((24 - 48) / 24.0, within(1e-6)); // same slot two days back, y[24]
		assertThat(f[9]).isNaN(); // a week back is before the window: missing, for the trees to route
		// seasonal difference of the last 6 h: mean(66..71) - mean(42..47) = 24, over q
		assertThat((double) f[11]).isCloseTo(1.0, within(1e-6));
		assertThat((double) f[12]).isEqualTo(0.0); // t = 72 h after the epoch: midnight
		assertThat((double) f[13]).isEqualTo(6.0); // 1970-01-04, a Sunday (0 = Monday)
		assertThat((double) f[14]).isEqualTo(1.0); // lead in hours
		assertThat((double) f[15]).isEqualTo(0.5); // the signal-to-noise passed in
		assertThat((double) f[16]).isEqualTo(2.0); // r / q
		// lead 30 at the same origin: t = 101, r = y[101 - 48] = 53
		assertThat(PooledTreeExperiment.reference(series, y, 72, 30)).isEqualTo(53.0);
	}

	@Test
	void featuresAndReferenceNeverSeeTheOriginOrLater() {
		for (long step : new long[] { 3600, 300 }) {
			Random random = new Random(7);
			int season = (int) (86400 / step);
			double[] y = new double[10 * season];
			for (int i = 0; i < y.length; i++) {
				y[i] = 50 + 10 * Math.sin(2 * Math.PI * i / season) + random.nextGaussian();
			}
			int hold = 2 * season;
			PooledTreeExperiment.Series series = new PooledTreeExperiment.Series(y, 1_700_000_000L, step, hold);
			for (int origin = 2 * season; origin + hold <= y.length; origin += season / 2) {
				double[] future = y.clone();
				for (int i = origin; i < future.length; i++) {
					future[i] = 1e6 + random.nextDouble(); // nothing from here on may reach a feature
				}
				for (int h = 1; h <= hold; h++) {
					assertThat(PooledTreeExperiment.features(series, future, origin, h, 2.0, 0.1))
						.containsExactly(PooledTreeExperiment.features(series, y, origin, h, 2.0, 0.1));
					assertThat(PooledTreeExperiment.reference(series, future, origin, h))
						.isEqualTo(PooledTreeExperiment.reference(series, y, origin, h));
				}
			}
		}
	}

}
