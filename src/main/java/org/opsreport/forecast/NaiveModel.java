package org.opsreport.forecast;

import java.util.Arrays;
import java.util.Map;

/**
 * Naive forecast: every future value equals the last observed value,
 * {@code f(o + h) = y(o - 1)}. The fallback for series shorter than one day.
 */
final class NaiveModel implements ForecastModel {

	static final String NAME = "naive";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String unsupportedReason(int n, SeriesContext context) {
		return n >= 1 ? null : "naive needs at least one point";
	}

	@Override
	public Fitted fit(double[] y, int n, SeriesContext context) {
		return Fitted.of(Map.of(), (series, origin, h) -> {
			double[] f = new double[h];
			Arrays.fill(f, series[origin - 1]);
			return f;
		});
	}

}
