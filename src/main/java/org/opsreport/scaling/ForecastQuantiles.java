package org.opsreport.scaling;

/**
 * The stored quantiles of one forecast step: the 95 % and 80 % central prediction intervals around the point
 * forecast (taken as the median).
 */
public record ForecastQuantiles(double lower95, double lower80, double forecast, double upper80, double upper95) {

	/** {@code P(X > threshold)}, see {@link ExceedanceProbability}. */
	public double probabilityAbove(double threshold) {
		return ExceedanceProbability.above(threshold, this.lower95, this.lower80, this.forecast, this.upper80,
				this.upper95);
	}

}
