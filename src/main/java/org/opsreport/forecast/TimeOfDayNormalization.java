package org.opsreport.forecast;

/**
 * Whether, and how strongly, the backtest errors behind the intervals are normalized by the time-of-day
 * spread ({@link TimeOfDaySpread}) before they are pooled per lead. The job trains with beta 0.5 unless
 * {@code opsreport.forecast.intervals.time-of-day} is false ({@link IntervalProperties}: the default since the
 * calibration's edge rule, bench/README.md "Edge-aware scores with time-of-day normalization");
 * {@code bench/forecast-accuracy -Dbench.timeOfDay=off|0|0.5} measures it.
 * @param enabled normalize at all
 * @param beta sensitivity, {@code >= 0}: the profile used is {@code (s(j) + beta) / (1 + beta)}, {@code s} of mean
 * 1; 0 normalizes fully, larger values move towards no normalization (the {@code beta} of the normalized
 * nonconformity measure {@code |e| / (sigma + beta)}, Papadopoulos, Gammerman &amp; Vovk 2008)
 */
public record TimeOfDayNormalization(boolean enabled, double beta) {

	/** No normalization: the errors are pooled as they are ({@code opsreport.forecast.intervals.time-of-day: false}). */
	public static final TimeOfDayNormalization OFF = new TimeOfDayNormalization(false, 0);

	public TimeOfDayNormalization {
		if (!(beta >= 0) || Double.isInfinite(beta)) {
			throw new IllegalArgumentException("beta must be finite and >= 0, not " + beta);
		}
	}

	/** Normalization with sensitivity {@code beta}. */
	public static TimeOfDayNormalization withBeta(double beta) {
		return new TimeOfDayNormalization(true, beta);
	}

}
