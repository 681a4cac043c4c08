package org.opsreport.forecast;

import java.time.Instant;

/**
 * One forecast step with its 80% and 95% prediction intervals, all clamped to the series'
 * {@link ValueDomain}.
 */
public record ForecastPoint(Instant timestamp, double forecast, double lower80, double upper80, double lower95,
		double upper95) {
}
