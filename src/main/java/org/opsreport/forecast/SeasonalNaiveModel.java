package org.opsreport.forecast;

import java.util.Map;

/**
 * Seasonal naive forecast with a daily season of {@code s} steps: the value one day earlier,
 * repeated, {@code f(o + h) = y(o + h - s * ceil(h / s))} for lead {@code h >= 1}
 * (Hyndman &amp; Athanasopoulos, Forecasting: Principles and Practice, 3rd ed., section 5.2).
 * Needs one full day of history.
 */
final class SeasonalNaiveModel implements ForecastModel {

	static final String NAME = "seasonal-naive";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String unsupportedReason(int n, SeriesContext context) {
		return n >= context.season() ? null
				: "seasonal naive needs one full day (" + context.season() + " points), have " + n;
	}

	@Override
	public Fitted fit(double[] y, int n, SeriesContext context) {
		int s = context.season();
		return new Fitted() {
			@Override
			public Map<String, Double> parameters() {
				return Map.of();
			}

			@Override
			public double[] forecast(double[] series, int origin, int h) {
				return forecastFrom(series, origin, h, s);
			}
		};
	}

	static double[] forecastFrom(double[] y, int origin, int h, int s) {
		double[] f = new double[h];
		for (int i = 0; i < h; i++) {
			int lead = i + 1;
			int back = s * ((lead + s - 1) / s);
			f[i] = y[origin + lead - 1 - back];
		}
		return f;
	}

}
