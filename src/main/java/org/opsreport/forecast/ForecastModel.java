package org.opsreport.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A candidate forecasting method. {@link #fit} estimates the parameters once on a training prefix;
 * the returned {@link Fitted} then forecasts from any origin with those parameters fixed (it
 * re-runs only the filter), which keeps rolling-origin backtests cheap. Implementations are
 * stateless and thread-safe.
 */
interface ForecastModel {

	/** Short stable name stored in the model registry, e.g. {@code holt-winters}. */
	String name();

	/**
	 * Why this model cannot be fitted on {@code n} points, as a sentence for the report, or
	 * {@code null} when it can.
	 */
	String unsupportedReason(int n, SeriesContext context);

	/** Fits the parameters on {@code y[0..n)}. Requires {@code unsupportedReason(n, context) == null}. */
	Fitted fit(double[] y, int n, SeriesContext context);

	/** A model with fixed parameters. */
	interface Fitted {

		/** Fitted parameters by name (empty for parameter-free methods). */
		Map<String, Double> parameters();

		/**
		 * Forecasts {@code y[origin] .. y[origin + h - 1]} from {@code y[0..origin)} only.
		 * @return h forecasts (unclamped)
		 */
		double[] forecast(double[] y, int origin, int h);

		/** A fitted model from its parameters and its forecast function. */
		static Fitted of(Map<String, Double> parameters, Forecast forecast) {
			return new Fitted() {
				@Override
				public Map<String, Double> parameters() {
					return parameters;
				}

				@Override
				public double[] forecast(double[] y, int origin, int h) {
					return forecast.from(y, origin, h);
				}
			};
		}

	}

	/** The forecast function of a fitted model, as {@link Fitted#forecast}. */
	@FunctionalInterface
	interface Forecast {

		double[] from(double[] y, int origin, int h);

	}

	/**
	 * The usual {@link #unsupportedReason}: {@code null} when the series has the {@code required} points, otherwise
	 * what the model needs and what the series has, e.g. "Holt-Winters needs two full days (578 points), have 300".
	 */
	static String needsPoints(int n, int required, String needs) {
		return n >= required ? null : needs + " (" + required + " points), have " + n;
	}

	/**
	 * Where the series sits in time: index {@code i} is {@code start + i * step}; {@code season}
	 * is the number of steps in one day.
	 */
	record SeriesContext(Instant start, Duration step, int season) {

		Instant timeAt(int i) {
			return this.start.plus(this.step.multipliedBy(i));
		}

		/** Steps per hour, at least 1 (only meaningful for sub-hourly and hourly steps). */
		double stepMinutes() {
			return this.step.toSeconds() / 60.0;
		}

	}

}
