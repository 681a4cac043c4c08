package org.opsreport.report;

import java.util.Comparator;
import java.util.List;

import org.opsreport.forecast.IntervalsHeld;
import org.opsreport.forecast.SeriesForecast;

/**
 * The forecasts section as the templates show it.
 *
 * @param beaten series whose chosen model beats seasonal naive in the backtest (skill above 0)
 * @param scored series whose previous night's forecast was scored against today's values
 * @param beatenToday of those, how many beat seasonal naive today
 * @param withMessages series with notes from training, in report order
 * @param digest the series with the lowest backtest skill first, at most {@link #DIGEST_ROWS} (the mail)
 * @param withSkill series with a backtest skill
 * @param digestMore series (and their charts) the digest leaves out
 * @param intervals how last night's intervals held today and the backtest's coverage, {@code null} when no series
 * has interval figures
 * @param held how the last nights' intervals held per horizon band and tonight's calibration (the stored
 * section {@code intervalCalibration}; state {@code notRecorded} for a day stored before it existed)
 */
public record ForecastView(int beaten, int scored, int beatenToday, List<SeriesForecast> withMessages,
		List<SeriesForecast> digest, int withSkill, int digestMore, Intervals intervals, IntervalsHeldView held) {

	/**
	 * How the 80% and 95% intervals held.
	 *
	 * @param heldSeries series whose previous night's forecast was scored today with both coverages
	 * @param heldValues the recorded values of those series today
	 * @param held80Percent share of those values inside last night's 80% interval (pooled over the values), {@code null} without any
	 * @param held95Percent the same for the 95% interval
	 * @param nearSeries series with a backtest coverage of the first 6 hours
	 * @param near80Percent mean over those series of the 80% coverage in the first 6 hours, {@code null} without any
	 * @param farSeries series with a backtest coverage beyond 24 hours
	 * @param far80Percent mean over those series of the 80% coverage beyond 24 hours, {@code null} without any
	 */
	public record Intervals(int heldSeries, int heldValues, Double held80Percent, Double held95Percent, int nearSeries,
			Double near80Percent, int farSeries, Double far80Percent) {

		static Intervals of(List<SeriesForecast> forecasts) {
			int heldSeries = 0;
			int values = 0;
			double in80 = 0;
			double in95 = 0;
			int near = 0;
			double nearSum = 0;
			int far = 0;
			double farSum = 0;
			for (SeriesForecast f : forecasts) {
				var r = f.realized();
				if (r != null && r.points() > 0 && r.coverage80() != null && r.coverage95() != null) {
					heldSeries++;
					values += r.points();
					in80 += r.coverage80() * r.points();
					in95 += r.coverage95() * r.points();
				}
				var i = f.intervals();
				if (i != null && i.first6h() != null && i.first6h().coverage80() != null) {
					near++;
					nearSum += i.first6h().coverage80();
					if (i.from24h() != null && i.from24h().coverage80() != null) {
						far++;
						farSum += i.from24h().coverage80();
					}
				}
			}
			if (heldSeries == 0 && near == 0) {
				return null;
			}
			return new Intervals(heldSeries, values, values == 0 ? null : 100 * in80 / values,
					values == 0 ? null : 100 * in95 / values, near, near == 0 ? null : 100 * nearSum / near, far,
					far == 0 ? null : 100 * farSum / far);
		}

	}

	/** Series in the mail digest. */
	public static final int DIGEST_ROWS = 10;

	static ForecastView of(List<SeriesForecast> forecasts, IntervalsHeld calibration) {
		if (forecasts == null) {
			return null;
		}
		List<SeriesForecast> scored = forecasts.stream().filter(f -> f.realized() != null && f.realized().skill() != null).toList();
		List<SeriesForecast> bySkill = forecasts.stream()
			.filter(f -> f.skill() != null)
			.sorted(Comparator.comparingDouble(SeriesForecast::skill))
			.toList();
		List<SeriesForecast> digest = bySkill.subList(0, Math.min(DIGEST_ROWS, bySkill.size()));
		return new ForecastView((int) forecasts.stream().filter(f -> f.skill() != null && f.skill() > 0).count(),
				scored.size(), (int) scored.stream().filter(f -> f.realized().skill() > 0).count(),
				forecasts.stream().filter(f -> !f.messages().isEmpty()).toList(), List.copyOf(digest), bySkill.size(),
				forecasts.size() - digest.size(), Intervals.of(forecasts), IntervalsHeldView.of(calibration));
	}

}
