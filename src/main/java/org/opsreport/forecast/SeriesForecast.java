package org.opsreport.forecast;

import java.time.Instant;
import java.util.List;

/**
 * One series in the report's "forecasts" section: the model chosen at the report date's retrain,
 * its backtest skill against seasonal naive, its interval coverage, and the accuracy of the last
 * retrains (drift). Accuracy figures are null where undefined (the messages say why).
 *
 * @param skill {@code 1 - mase / seasonalNaiveMase}: positive when the model beats seasonal naive
 * @param points forecast steps stored (also in forecasts.csv)
 * @param realized how the previous night's forecast of the report date did against the recorded values,
 * or null when there was no previous forecast
 * @param chart forecast against actuals for chart metrics, else null
 * @param intervals the intervals' backtest coverage per horizon band and interval scores (MSIS, Winkler)
 */
public record SeriesForecast(String service, String metric, String model, Double mase, Double smape,
		Double seasonalNaiveMase, Double seasonalNaiveSmape, Double skill, Double coverage80, Double coverage95,
		Instant trainedAt, int points, int trainingPoints, long intervalSeconds, Instant trainingStart,
		Instant trainingEnd, String parameters, List<String> messages, List<ModelRegistry.DriftPoint> drift,
		RealizedAccuracy realized, Chart chart, StoredIntervalScores intervals) {

	/**
	 * @param actual the recorded values over the report date and the day before
	 * @param previous the previous night's forecast of the report date (what was expected), or null
	 * @param forecast this night's forecast of the horizon
	 */
	public record Chart(Line actual, Band previous, Band forecast) {
	}

	public record Line(List<Instant> timestamps, List<Double> values) {
	}

	public record Band(List<Instant> timestamps, List<Double> forecast, List<Double> lower80, List<Double> upper80,
			List<Double> lower95, List<Double> upper95) {

		static Band of(List<ForecastPoint> points) {
			return new Band(points.stream().map(ForecastPoint::timestamp).toList(),
					points.stream().map(ForecastPoint::forecast).toList(), points.stream().map(ForecastPoint::lower80).toList(),
					points.stream().map(ForecastPoint::upper80).toList(), points.stream().map(ForecastPoint::lower95).toList(),
					points.stream().map(ForecastPoint::upper95).toList());
		}

	}

}
