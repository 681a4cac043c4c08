package org.opsreport.report;

import java.util.Comparator;
import java.util.List;

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
 */
public record ForecastView(int beaten, int scored, int beatenToday, List<SeriesForecast> withMessages,
		List<SeriesForecast> digest, int withSkill, int digestMore) {

	/** Series in the mail digest. */
	public static final int DIGEST_ROWS = 10;

	static ForecastView of(List<SeriesForecast> forecasts) {
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
				forecasts.size() - digest.size());
	}

}
