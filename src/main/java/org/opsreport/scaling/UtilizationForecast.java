package org.opsreport.scaling;

import java.time.Instant;

/**
 * A forecast of a service's CPU utilization that was available at {@code issuedAt}.
 *
 * @param issuedAt when the forecast became available; the predictive replay at time t only uses forecasts
 * with {@code issuedAt <= t}
 * @param target the time the forecast is for
 * @param expectedUtilization expected CPU utilization (percent) of the recorded fleet at {@code target} (a forecast of
 * the recorded {@code cpu_utilization} series); the replay rescales it to its simulated count with the count
 * recorded at the decision time
 * @param probabilityAboveThreshold probability that utilization exceeds 80 % at {@code target}, from the
 * pipeline's calibrated forecast errors; plays the seed's {@code confidence}
 */
public record UtilizationForecast(Instant issuedAt, Instant target, double expectedUtilization,
		double probabilityAboveThreshold) {
}
