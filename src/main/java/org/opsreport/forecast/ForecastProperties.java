package org.opsreport.forecast;

import java.time.Duration;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the nightly retraining.
 *
 * @param history the training window ending with the report date (ISO-8601 period)
 * @param horizon how far ahead to forecast (ISO-8601 duration)
 * @param threads parallel training workers (partitions of the train step)
 * @param chartMetrics metrics whose forecast the report charts for every service
 * @param enabled whether the nightly job retrains; when off, the analyses use the forecasts already in
 * the model registry (a cheap re-run, or a registry filled by another process)
 */
@ConfigurationProperties("opsreport.forecast")
public record ForecastProperties(@DefaultValue("P28D") Period history, @DefaultValue("PT48H") Duration horizon,
		@DefaultValue("2") int threads, @DefaultValue("request_rate") List<String> chartMetrics,
		@DefaultValue("true") boolean enabled) {

	/** The longest training window: a year of one-minute samples is 527,040 points per series. */
	public static final int MAX_HISTORY_DAYS = 366;

	/** The longest forecast. */
	public static final Duration MAX_HORIZON = Duration.ofDays(31);

	public ForecastProperties {
		if (threads < 1) {
			throw new IllegalArgumentException("opsreport.forecast.threads must be at least 1");
		}
		if (horizon.isNegative() || horizon.isZero()) {
			throw new IllegalArgumentException("opsreport.forecast.horizon must be positive");
		}
		// bounded so that a training window and its forecast fit the heap (README, "Configuration bounds")
		if (horizon.compareTo(MAX_HORIZON) > 0) {
			throw new IllegalArgumentException("opsreport.forecast.horizon must be at most " + MAX_HORIZON + ", not " + horizon);
		}
		long historyDays = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.EPOCH,
				java.time.LocalDate.EPOCH.plus(history));
		if (historyDays < 1 || historyDays > MAX_HISTORY_DAYS) {
			throw new IllegalArgumentException("opsreport.forecast.history must be between 1 and " + MAX_HISTORY_DAYS
					+ " days, not " + history);
		}
	}

}
