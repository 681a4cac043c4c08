package org.opsreport.forecast;

import java.util.Map;

/**
 * Seasonal naive forecast with a daily season of {@code s} steps: the value one day earlier,
 * repeated, {@code f(o + h) = y(o + h - s * ceil(h / s))} for lead {@code h >= 1}
 * (Hyndman &amp; Athanasopoulos, Forecasting: Principles and Practice, 3rd ed., section 5.2).
 * Needs one full day of history. The weekly variant ({@code s} = one week) serves series whose
 * weekdays and weekends differ; the engine offers it from two weeks of history on.
 */
final class SeasonalNaiveModel implements ForecastModel {

	static final String NAME = "seasonal-naive";

	static final String WEEKLY_NAME = "seasonal-naive-weekly";

	private final int days;

	/** Daily seasonal naive, the benchmark every model is scaled by. */
	SeasonalNaiveModel() {
		this(1);
	}

	/** Seasonal naive with a period of {@code days} days (7: the value one week earlier). */
	SeasonalNaiveModel(int days) {
		this.days = days;
	}

	@Override
	public String name() {
		return this.days == 1 ? NAME : this.days == 7 ? WEEKLY_NAME : NAME + "-" + this.days + "d";
	}

	@Override
	public String unsupportedReason(int n, SeriesContext context) {
		return ForecastModel.needsPoints(n, context.season() * this.days,
				name() + " needs " + (this.days == 1 ? "one full day" : this.days + " full days"));
	}

	@Override
	public Fitted fit(double[] y, int n, SeriesContext context) {
		int s = context.season() * this.days;
		return Fitted.of(Map.of(), (series, origin, h) -> forecastFrom(series, origin, h, s));
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
