package org.opsreport.forecast;

import java.time.Duration;
import java.util.Objects;

/**
 * How to train and forecast one series.
 *
 * @param horizon how far ahead to forecast (e.g. PT48H); the number of steps is
 * {@code ceil(horizon / step)}
 * @param backtestOrigins number of rolling origins in the backtest (at least 1; fewer are used when
 * the series is short)
 * @param originSpacing time between consecutive backtest origins (the origins end at
 * {@code end - horizon} and step backwards)
 * @param combinationSize how many of the best individual models the combination takes the median of (>= 2)
 */
public record ForecastSettings(Duration horizon, int backtestOrigins, Duration originSpacing, int combinationSize) {

	public ForecastSettings {
		Objects.requireNonNull(horizon, "horizon");
		Objects.requireNonNull(originSpacing, "originSpacing");
		if (horizon.isZero() || horizon.isNegative()) {
			throw new IllegalArgumentException("horizon must be positive: " + horizon);
		}
		if (originSpacing.isZero() || originSpacing.isNegative()) {
			throw new IllegalArgumentException("originSpacing must be positive: " + originSpacing);
		}
		if (backtestOrigins < 1) {
			throw new IllegalArgumentException("backtestOrigins must be >= 1: " + backtestOrigins);
		}
		if (combinationSize < 2) {
			throw new IllegalArgumentException("combinationSize must be >= 2: " + combinationSize);
		}
	}

	/**
	 * Defaults: 16 origins, 3 hours apart (the last 93 hours of origins; more origins than windows of
	 * the horizon, since neighbouring 48-hour windows overlap and each adds only a few new hours),
	 * combination of the best 3.
	 */
	public static ForecastSettings of(Duration horizon) {
		return new ForecastSettings(horizon, 16, Duration.ofHours(3), 3);
	}

}
