package org.opsreport.forecast;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the pooled interval calibration across nights ({@link NightlyIntervalCalibration}).
 *
 * @param enabled whether tonight's intervals are widened or narrowed by what past nights' intervals held;
 * when off, every series keeps its own intervals (and nothing is scored or stored)
 * @param window nights of recorded values whose scores are pooled (1..90)
 * @param gamma step of the adaptive conformal level, {@code alpha_{t+1} = alpha_t + gamma (alpha - err_t)}
 * (0..1; 0 keeps the nominal level)
 */
@ConfigurationProperties("opsreport.forecast.calibration")
public record IntervalCalibrationProperties(@DefaultValue("true") boolean enabled, @DefaultValue("14") int window,
		@DefaultValue("0.1") double gamma) {

	public IntervalCalibrationProperties {
		if (window < 1 || window > 90) {
			throw new IllegalArgumentException("opsreport.forecast.calibration.window must be between 1 and 90 nights, not "
					+ window);
		}
		if (!(gamma >= 0 && gamma <= 1)) {
			throw new IllegalArgumentException("opsreport.forecast.calibration.gamma must be between 0 and 1, not " + gamma);
		}
	}

}
