package org.opsreport.forecast;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of each series' own prediction intervals.
 * <p>
 * {@code timeOfDay} is opt-in: for series whose errors follow the clock (request traffic, counts that drop to
 * zero at night) it lowers the interval score (MSIS) by 2-9 % on every measured set, but it did not keep more
 * band coverage figures within 3 points of nominal, which was the rule for making it the default
 * (bench/README.md, "Time-of-day normalized intervals").
 *
 * @param timeOfDay divide the backtest errors by the time-of-day spread of their target before pooling them
 * per lead, and scale the interval back at each forecast step's time of day ({@link TimeOfDaySpread})
 * @param timeOfDaySensitivity the normalization's {@code beta} (0..10): 0 follows the profile fully, larger
 * values move towards the plain pooled errors; 0.5 measured best
 */
@ConfigurationProperties("opsreport.forecast.intervals")
public record IntervalProperties(@DefaultValue("false") boolean timeOfDay,
		@DefaultValue("0.5") double timeOfDaySensitivity) {

	/** Upper bound of {@code timeOfDaySensitivity}: beyond it the profile is flat to within 10 %. */
	public static final double MAX_SENSITIVITY = 10;

	public IntervalProperties {
		if (!(timeOfDaySensitivity >= 0 && timeOfDaySensitivity <= MAX_SENSITIVITY)) {
			throw new IllegalArgumentException("opsreport.forecast.intervals.time-of-day-sensitivity must be between 0 and "
					+ (int) MAX_SENSITIVITY + ", not " + timeOfDaySensitivity);
		}
	}

	/** The normalization the engine trains with. */
	public TimeOfDayNormalization normalization() {
		return this.timeOfDay ? TimeOfDayNormalization.withBeta(this.timeOfDaySensitivity) : TimeOfDayNormalization.OFF;
	}

}
