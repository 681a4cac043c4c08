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
 * @param probabilityAboveThreshold probability that the recorded fleet's utilization exceeds 80 % at {@code target};
 * plays the seed's {@code confidence} when there are no {@code quantiles}
 * @param quantiles the forecast's stored quantiles, or null; with them the replay computes the confidence for its
 * simulated fleet (see {@link #confidence(double)})
 */
public record UtilizationForecast(Instant issuedAt, Instant target, double expectedUtilization,
		double probabilityAboveThreshold, ForecastQuantiles quantiles) {

	/** A forecast known only by its expected value and its probability above 80 %. */
	public UtilizationForecast(Instant issuedAt, Instant target, double expectedUtilization,
			double probabilityAboveThreshold) {
		this(issuedAt, target, expectedUtilization, probabilityAboveThreshold, null);
	}

	/**
	 * The seed's confidence for a fleet of {@code simulated} instances where {@code recorded} ran: the probability
	 * that the simulated fleet's utilization {@code u_rec * recorded / simulated} exceeds 80 %, i.e.
	 * {@code P(u_rec > 80 * simulated / recorded)} from the quantiles. Without quantiles, or for the recorded fleet
	 * itself, {@link #probabilityAboveThreshold()}.
	 * @param recordedThreshold {@code 80 * simulated / recorded}
	 */
	public double confidence(double recordedThreshold) {
		return (this.quantiles == null) ? this.probabilityAboveThreshold
				: this.quantiles.probabilityAbove(recordedThreshold);
	}

}
