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
	 * Defaults: 10 origins, 6 hours apart, combination of the best 3. (16 origins 3 hours apart and 24
	 * origins 2 hours apart were measured and gave no better selection: see bench/README.md.)
	 */
	public static ForecastSettings of(Duration horizon) {
		return new ForecastSettings(horizon, 10, Duration.ofHours(6), 3);
	}

}
