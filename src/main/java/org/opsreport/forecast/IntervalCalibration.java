package org.opsreport.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Calibration of the prediction intervals across series and nights: a pooled, scale-free split-conformal
 * layer per horizon band on top of each series' own intervals, with an adaptive level.
 * <p>
 * Each series' intervals come from its own window's errors ({@link CalibratedErrors}); what the next
 * two days bring (level shifts, anomalies, drift) is often larger than anything inside the window. The
 * errors that forecasts actually had at a horizon, over past nights and over all series, do show it.
 * Per horizon band {@code b} (leads up to 6 h, over 6 h up to 24 h, over 24 h) and level, a realized
 * forecast point gives the <em>normalized nonconformity score</em> (Papadopoulos et al. 2002; Lei et
 * al. 2018, section 5.2, "locally weighted" conformal)
 * <pre>
 * s = (a - f) / (u - f)   when a &gt;= f        a actual, f forecast, [l, u] the series' own interval
 * s = (f - a) / (f - l)   when a &lt;  f        (0 when a = f; +inf when the interval has no width there)
 * </pre>
 * the smallest multiplier of the interval's offsets from the forecast that holds the actual. Scores are
 * scale-free, so one series' big numbers do not drown another's. The multiplier for tonight's
 * intervals is the split-conformal quantile of the last nights' scores of all series,
 * <pre>
 * m = s_(k),  k = ceil((1 - alpha_t)(N + 1))     (k-th smallest of N pooled scores; Lei et al. 2018, Algorithm 2)
 * </pre>
 * so that, were the scores exchangeable, a fresh point would fall inside {@code f + m [l - f, u - f]}
 * with probability at least {@code 1 - alpha_t} (nearest to it where scores tie: {@link #conformalMultiplier}). They are not quite (nights and regimes change), so the
 * level adapts night by night with adaptive conformal inference (Gibbs &amp; Cand&egrave;s 2021, "Adaptive
 * conformal inference under distribution shift", NeurIPS, section 2):
 * <pre>
 * alpha_{t+1} = alpha_t + gamma (alpha - err_t)
 * </pre>
 * with {@code err_t} the share of the night's realized points outside the intervals that were stored
 * for them (one update per night from a batch of points, not one per point).
 * <p>
 * Bounds, so that one outlier night cannot blow the intervals up: scores are counted on a grid of
 * multipliers {@value #MIN_MULTIPLIER} to {@value #MAX_MULTIPLIER} in steps of {@value #GRID_STEP} (a score
 * above the cap counts as beyond every grid point; the multiplier then stops at the cap);
 * {@code alpha_t} stays within {@code [alpha / 4, min(0.5, 2 alpha)]}; with too few scores for the level
 * ({@code k > N}) the multiplier is 1: the series' own intervals unchanged.
 * <p>
 * <b>Bounds on the range's edge.</b> Where a series' own bound sits on the edge of its metric's range
 * ({@link ValueDomain}: 0 for counts, 0 or 100 for percent), typically a lower bound clamped to 0 under a
 * count that drops to 0 at night, every value on that side lies inside whatever the multiplier: such a
 * side scores 0 ({@link #score(double, double, double, double, ValueDomain)}) and {@link #apply} leaves the
 * bound on the edge for any multiplier. Without this the zeros on a bound clamped to 0 scored exactly 1 (an
 * atom of 20-29 % of the night's scores on the flight sets of bench/README.md), a multiplier below 1 lifted
 * the bound off 0, {@code f - m (f - 0) > 0}, and every zero fell out of the calibrated interval at once:
 * the most likely value at 3 a.m. outside the 80 % interval.
 */
public final class IntervalCalibration {

	/** Horizon bands: leads up to 6 h, over 6 h up to 24 h, over 24 h. */
	public static final int BANDS = 3;

	/** Smallest multiplier: intervals are narrowed to half at most. */
	public static final double MIN_MULTIPLIER = 0.5;

	/** Largest multiplier: intervals are widened to three times at most, whatever the scores say. */
	public static final double MAX_MULTIPLIER = 3.0;

	/** Resolution of the multipliers. */
	public static final double GRID_STEP = 0.025;

	/** Number of grid multipliers, {@code MIN_MULTIPLIER + i GRID_STEP}, {@code i = 0 .. GRID - 1}. */
	public static final int GRID = (int) Math.round((MAX_MULTIPLIER - MIN_MULTIPLIER) / GRID_STEP) + 1;

	/** Nominal miss rates of the 80 % and 95 % intervals. */
	public static final double ALPHA80 = 0.2;

	public static final double ALPHA95 = 0.05;

	private IntervalCalibration() {
	}

	/** The horizon band of a lead: 0 up to 6 h, 1 over 6 h up to 24 h, 2 beyond. */
	public static int band(Duration lead) {
		long seconds = lead.toSeconds();
		return seconds <= 6 * 3600 ? 0 : seconds <= 24 * 3600 ? 1 : 2;
	}

	/**
	 * The {@code i}-th grid multiplier, {@code MIN_MULTIPLIER + i GRID_STEP}, as the double nearest to that
	 * decimal (one division of whole numbers: {@code 0.5 + 19 * 0.025} would give 0.9750000000000001, which
	 * report.json would show).
	 */
	public static double multiplierAt(int i) {
		long stepsPerUnit = Math.round(1 / GRID_STEP);
		return (Math.round(MIN_MULTIPLIER * stepsPerUnit) + i) / (double) stepsPerUnit;
	}

	/**
	 * The normalized nonconformity score of an actual against a forecast and its interval (see the class
	 * comment): 0 when {@code actual == forecast}, {@code +inf} when the actual lies on a side where the
	 * interval has no width, NaN when the actual is NaN.
	 */
	public static double score(double actual, double forecast, double lower, double upper) {
		if (Double.isNaN(actual)) {
			return Double.NaN;
		}
		double distance = Math.abs(actual - forecast);
		if (distance == 0) {
			return 0;
		}
		double width = actual > forecast ? upper - forecast : forecast - lower;
		return width > 0 ? distance / width : Double.POSITIVE_INFINITY;
	}

	/**
	 * The edge-aware score: 0 for an actual on a side whose bound sits on the edge of the domain (below the
	 * forecast under a lower bound on the domain's minimum, above it under an upper bound on its maximum),
	 * since {@link #apply} keeps such a bound on the edge and every multiplier then holds the actual;
	 * otherwise {@link #score(double, double, double, double)}. NaN when the actual is NaN.
	 */
	public static double score(double actual, double forecast, double lower, double upper, ValueDomain domain) {
		if (Double.isNaN(actual)) {
			return Double.NaN;
		}
		if (actual < forecast && domain.atFloor(lower) || actual > forecast && domain.atCeiling(upper)) {
			return 0;
		}
		return score(actual, forecast, lower, upper);
	}

	/**
	 * Scores counted on the multiplier grid: {@code within[i]} is the number of scores {@code <=}
	 * {@link #multiplierAt multiplierAt(i)}, {@code total} all scores (those beyond the cap included).
	 * Counts of several nights add up ({@link #plus}).
	 */
	public record ScoreCounts(long total, long[] within) {

		public ScoreCounts {
			if (within.length != GRID) {
				throw new IllegalArgumentException("within has " + within.length + " grid counts, expected " + GRID);
			}
			within = within.clone();
		}

		public static final ScoreCounts EMPTY = new ScoreCounts(0, new long[GRID]);

		/** Counts of these scores (NaN skipped). */
		public static ScoreCounts of(double... scores) {
			long total = 0;
			long[] within = new long[GRID];
			for (double s : scores) {
				if (Double.isNaN(s)) {
					continue;
				}
				total++;
				if (s <= MAX_MULTIPLIER + 1e-12) {
					// first grid point at or above the score; the rounding guard keeps s = grid value on it
					int first = Math.max(0, (int) Math.ceil((s - MIN_MULTIPLIER) / GRID_STEP - 1e-9));
					for (int i = first; i < GRID; i++) {
						within[i]++;
					}
				}
			}
			return new ScoreCounts(total, within);
		}

		public ScoreCounts plus(ScoreCounts other) {
			long[] sum = new long[GRID];
			for (int i = 0; i < GRID; i++) {
				sum[i] = this.within[i] + other.within[i];
			}
			return new ScoreCounts(this.total + other.total, sum);
		}

		@Override
		public long[] within() {
			return this.within.clone();
		}

		long withinAt(int i) {
			return this.within[i];
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof ScoreCounts c && c.total == this.total && Arrays.equals(c.within, this.within);
		}

		@Override
		public int hashCode() {
			return 31 * Long.hashCode(this.total) + Arrays.hashCode(this.within);
		}

		@Override
		public String toString() {
			return "ScoreCounts[total=" + this.total + "]";
		}

	}

	/**
	 * The split-conformal multiplier at miss rate {@code alpha}: the smallest grid multiplier {@code m}
	 * with at least {@code k = ceil((1 - alpha)(N + 1))} of the {@code N} scores {@code <= m}, or the grid
	 * point just below it when that one falls fewer scores short of {@code k} than {@code m} passes it by;
	 * {@link #MAX_MULTIPLIER} when fewer than {@code k} scores are within the cap; 1 (the series' own
	 * intervals) when {@code k > N}, too few scores for the level (e.g. fewer than 19 at 95 %).
	 * <p>
	 * Why the step below: many scores can be equal (an atom), above all exactly 1 for values lying on the
	 * bound itself (discrete series whose bound is the forecast plus an observed error; 3.1-3.7 % of the
	 * five-minute 80 % scores in bench/README.md). When the k-th score falls inside an atom, "at least k"
	 * takes the whole atom and covers up to its mass more than {@code 1 - alpha}. The smoothed conformal
	 * predictor (Vovk, Gammerman &amp; Shafer 2005, "Algorithmic Learning in a Random World", section 2.4)
	 * breaks such ties at random and covers exactly {@code 1 - alpha}; a published interval cannot be
	 * random, so this takes the deterministic choice nearest to it: the grid point whose count is nearer
	 * to {@code k}. The guarantee becomes "within half the tied mass of {@code 1 - alpha}" rather than "at
	 * least"; with no ties (each grid cell holding at most one score) nothing changes.
	 */
	public static double conformalMultiplier(ScoreCounts counts, double alpha) {
		long n = counts.total();
		long k = (long) Math.ceil((1 - alpha) * (n + 1) - 1e-9);
		if (n == 0 || k > n) {
			return 1.0;
		}
		for (int i = 0; i < GRID; i++) {
			if (counts.withinAt(i) >= k) {
				// ties: the grid point below when it falls fewer scores short of k than this one passes it by
				if (i > 0 && k - counts.withinAt(i - 1) < counts.withinAt(i) - k) {
					return multiplierAt(i - 1);
				}
				return multiplierAt(i);
			}
		}
		return MAX_MULTIPLIER;
	}

	/**
	 * One step of adaptive conformal inference (Gibbs &amp; Cand&egrave;s 2021, section 2),
	 * {@code alpha_{t+1} = alpha_t + gamma (alpha - err_t)}, kept within {@code [alpha / 4, min(0.5, 2 alpha)]}.
	 * @param alphaT the level in force
	 * @param alpha the nominal miss rate (0.2 for 80 %)
	 * @param missRate the share of the night's realized points outside their intervals (NaN: none, no update)
	 * @param gamma the step size (0: no adaptation)
	 */
	public static double nextAlpha(double alphaT, double alpha, double missRate, double gamma) {
		if (Double.isNaN(missRate)) {
			return alphaT;
		}
		double next = alphaT + gamma * (alpha - missRate);
		return Math.max(alpha / 4, Math.min(Math.min(0.5, 2 * alpha), next));
	}

	/** Multipliers of the 80 % and 95 % intervals' offsets in one horizon band. */
	public record BandMultipliers(double m80, double m95) {

		public static final BandMultipliers ONE = new BandMultipliers(1, 1);

	}

	/**
	 * The multipliers of one night, per horizon band ({@link #band}).
	 */
	public record Multipliers(BandMultipliers first6h, BandMultipliers from6To24h, BandMultipliers from24h) {

		/** No calibration: the series' own intervals. */
		public static final Multipliers ONE = new Multipliers(BandMultipliers.ONE, BandMultipliers.ONE,
				BandMultipliers.ONE);

		public BandMultipliers band(int b) {
			return switch (b) {
				case 0 -> this.first6h;
				case 1 -> this.from6To24h;
				case 2 -> this.from24h;
				default -> throw new IndexOutOfBoundsException("band " + b);
			};
		}

		public static Multipliers of(BandMultipliers[] bands) {
			return new Multipliers(bands[0], bands[1], bands[2]);
		}

		public boolean isOne() {
			return this.equals(ONE);
		}

	}

	/**
	 * Widens (or narrows) a forecast's intervals: {@code l' = f - m (f - l)}, {@code u' = f + m (u - f)}, per
	 * step with the multipliers of its horizon band, clamped to the domain again; a bound on the domain's
	 * edge stays there whatever the multiplier (see the class comment: narrowing must not lift a lower bound
	 * of 0 off the zeros it holds, widening cannot move it further); the 95 % interval is then stretched to
	 * hold the 80 % one where its multiplier was the smaller.
	 * @param points the forecast with the series' own intervals
	 * @param origin the time of the last training sample (leads are measured from it)
	 */
	public static List<ForecastPoint> apply(List<ForecastPoint> points, Instant origin, Multipliers multipliers,
			ValueDomain domain) {
		if (multipliers.isOne()) {
			return points;
		}
		List<ForecastPoint> out = new ArrayList<>(points.size());
		for (ForecastPoint p : points) {
			BandMultipliers m = multipliers.band(band(Duration.between(origin, p.timestamp())));
			double f = p.forecast();
			double l80 = lower(f, p.lower80(), m.m80(), domain);
			double u80 = upper(f, p.upper80(), m.m80(), domain);
			// the 95 % interval keeps holding the 80 % one whatever the two multipliers are
			double l95 = Math.min(l80, lower(f, p.lower95(), m.m95(), domain));
			double u95 = Math.max(u80, upper(f, p.upper95(), m.m95(), domain));
			out.add(new ForecastPoint(p.timestamp(), f, l80, u80, l95, u95));
		}
		return out;
	}

	/** {@code f - m (f - l)} clamped to the domain; a bound on the domain's minimum stays there. */
	private static double lower(double forecast, double lower, double multiplier, ValueDomain domain) {
		return domain.atFloor(lower) ? lower : domain.clamp(forecast - multiplier * (forecast - lower));
	}

	/** {@code f + m (u - f)} clamped to the domain; a bound on the domain's maximum stays there. */
	private static double upper(double forecast, double upper, double multiplier, ValueDomain domain) {
		return domain.atCeiling(upper) ? upper : domain.clamp(forecast + multiplier * (upper - forecast));
	}

}
