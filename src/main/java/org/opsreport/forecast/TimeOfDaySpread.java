package org.opsreport.forecast;

import java.util.Arrays;

/**
 * How much a series moves at each slot of the day, relative to its average: the scale by which backtest
 * errors are normalized before they are pooled per lead, and by which the pooled quantiles are scaled back
 * at the forecast step's slot (normalized nonconformity scores: Papadopoulos, Gammerman &amp; Vovk 2008,
 * "Normalized nonconformity measures for regression conformal prediction", AIA 2008; locally weighted
 * conformal prediction, Lei, G'Sell, Rinaldo, Tibshirani &amp; Wasserman 2018, JASA 113(523), section 5.2).
 * <p>
 * Errors of request-like traffic are heteroscedastic by time of day: a night of zeros has almost none, a
 * busy afternoon large ones. The backtest origins lie 6 hours apart, so the errors pooled for one lead
 * come from targets at four times of day; unnormalized, a night's interval carries the day's errors (too
 * wide) and a peak hour's interval the night's (too narrow).
 * <p>
 * The profile, for a series {@code y} with {@code S} points a day, from the points {@code y[0 .. end)}:
 * <pre>
 * d(j)  = mean { |y[t] - y[t - S]| : S &lt;= t &lt; end, t mod S = j }                 (raw, per slot j)
 * m(j)  = mean { d((j + i) mod S) : -w &lt;= i &lt;= w }                               (circular smoothing)
 * s(j)  = max(m(j), FLOOR * mean_j m(j)) / mean_j max(m(j), FLOOR * mean_j m(j))   (floored, mean 1)
 * s'(j) = (s(j) + beta) / (1 + beta)                                              (sensitivity beta &gt;= 0)
 * </pre>
 * {@code d} is the mean absolute seasonal (one-day) difference at the slot, the in-sample seasonal-naive
 * error that scales MASE (Hyndman &amp; Koehler 2006, "Another look at measures of forecast accuracy",
 * IJF 22(4)), taken per slot: it needs no model, and a forecast's error at a slot grows with how much the
 * slot changes from day to day. {@code w} is one hour of slots ({@code S / 24}, at least 1 when
 * {@code S >= 24}): neighbouring slots of a sub-hourly series hold few differences each and move together.
 * The floor, {@link #FLOOR} of the mean, keeps a quiet slot (a night of zeros, whose differences are all 0)
 * from a zero-width interval: a single departure at 3 a.m. would otherwise fall outside every interval.
 * Slots are counted from the series' first point ({@code t mod S}), so a slot is the same time of day
 * throughout one series.
 * <p>
 * Immutable.
 */
final class TimeOfDaySpread {

	/**
	 * Lowest spread of a slot, as a share of the mean slot's: a quarter. Low enough that a night's
	 * interval can be a quarter as wide as an average slot's, high enough that a quiet slot's occasional
	 * non-zero value still has room in it (the forecast's own error there is not zero).
	 */
	static final double FLOOR = 0.25;

	/** No normalization: every slot's spread is 1. */
	static final TimeOfDaySpread NONE = new TimeOfDaySpread(new double[] { 1.0 });

	private final double[] spread; // per slot, mean 1

	private TimeOfDaySpread(double[] spread) {
		this.spread = spread;
	}

	/**
	 * The profile of {@code y[0 .. end)} with {@code season} points a day and sensitivity {@code beta >= 0}:
	 * {@code (s(j) + beta) / (1 + beta)} (mean 1 still), between the full profile ({@code beta = 0}) and no
	 * normalization ({@code beta} large; see {@link TimeOfDayNormalization}); {@link #NONE} when there is no
	 * daily cycle to measure: a season below 2, fewer than two days, or no change from day to day at all.
	 */
	static TimeOfDaySpread of(double[] y, int end, int season, double beta) {
		if (season < 2 || end < 2 * season) {
			return NONE;
		}
		double[] raw = new double[season];
		int[] count = new int[season];
		for (int t = season; t < end; t++) {
			raw[t % season] += Math.abs(y[t] - y[t - season]);
			count[t % season]++;
		}
		for (int j = 0; j < season; j++) {
			raw[j] /= count[j];
		}
		int w = Math.max(season >= 24 ? 1 : 0, season / 24);
		double[] smoothed = new double[season];
		for (int j = 0; j < season; j++) {
			double sum = 0;
			for (int i = -w; i <= w; i++) {
				sum += raw[Math.floorMod(j + i, season)];
			}
			smoothed[j] = sum / (2 * w + 1);
		}
		double mean = Arrays.stream(smoothed).average().orElse(0);
		if (!(mean > 0) || !Double.isFinite(mean)) {
			return NONE;
		}
		double floor = FLOOR * mean;
		double floored = 0;
		for (int j = 0; j < season; j++) {
			smoothed[j] = Math.max(smoothed[j], floor);
			floored += smoothed[j];
		}
		floored /= season;
		for (int j = 0; j < season; j++) {
			smoothed[j] = (smoothed[j] / floored + beta) / (1 + beta);
		}
		return new TimeOfDaySpread(smoothed);
	}

	/** The spread at the slot of series index {@code t} (any {@code t >= 0}, also beyond the window). */
	double at(int t) {
		return this.spread[Math.floorMod(t, this.spread.length)];
	}

	/** Number of slots a day (1 for {@link #NONE}). */
	int slots() {
		return this.spread.length;
	}

	@Override
	public String toString() {
		return "TimeOfDaySpread" + Arrays.toString(this.spread);
	}

}
