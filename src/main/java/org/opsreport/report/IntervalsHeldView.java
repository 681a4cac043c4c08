package org.opsreport.report;

import java.util.ArrayList;
import java.util.List;

import org.opsreport.forecast.IntervalsHeld;

/**
 * How the last nights' prediction intervals held, as the forecasts section's line and the detail page's
 * table show it: built from the stored {@link IntervalsHeld} of the report date, percentages in percent,
 * the bands with values, the shortfalls and tonight's multipliers already picked out, so that the
 * templates only format.
 *
 * @param state {@code "notRecorded"} (a day stored before the section existed), {@code "off"} (the
 * calibration is switched off), {@code "noNights"} (nothing scored in the window yet: a store's first
 * nights) or {@code "scored"}
 * @param windowNights nights pooled
 * @param nightsScored nights of the window with values scored
 * @param values recorded values scored in the window (all bands; the same values at both levels)
 * @param held80Percent share of them inside the 80 % intervals stored for them, null without values
 * @param held95Percent the same for the 95 % intervals
 * @param bands the three horizon bands in lead order (the detail page's table), empty unless scored or noNights
 * @param scoredBands the bands with values scored, in lead order (the line)
 * @param shortfalls band and level whose coverage fell more than {@link IntervalsHeld#SHORTFALL_POINTS}
 * points under nominal, in lead order, 80 % first
 * @param widened tonight's multipliers above 1, in lead order, 80 % first
 * @param narrowed tonight's multipliers below 1, in lead order, 80 % first
 */
public record IntervalsHeldView(String state, int windowNights, int nightsScored, long values, Double held80Percent,
		Double held95Percent, List<BandView> bands, List<BandView> scoredBands, List<LevelView> shortfalls,
		List<LevelView> widened, List<LevelView> narrowed) {

	/** Band keys, in lead order, as report.json names them (the templates turn them into words). */
	static final List<String> BAND_KEYS = List.of("first6h", "from6To24h", "from24h");

	/**
	 * One horizon band.
	 *
	 * @param band {@code first6h}, {@code from6To24h} or {@code from24h}
	 * @param values recorded values scored in this band in the window
	 */
	public record BandView(String band, long values, LevelView at80, LevelView at95) {
	}

	/**
	 * One band and level.
	 *
	 * @param band the band's key
	 * @param level 80 or 95
	 * @param inside values inside the stored intervals
	 * @param heldPercent {@code 100 inside / values}, null without values
	 * @param nights nights with values scored
	 * @param shortOfNominal more than 3 points under {@code level}
	 * @param multiplier tonight's multiplier of the series' own interval offsets
	 * @param adaptiveLevelPercent tonight's adaptive conformal level, {@code 100 (1 - alpha)}
	 */
	public record LevelView(String band, int level, long inside, Double heldPercent, int nights,
			boolean shortOfNominal, double multiplier, double adaptiveLevelPercent) {

		static LevelView of(String band, IntervalsHeld.Level level) {
			IntervalsHeld.Held held = level.held();
			return new LevelView(band, held.level(), held.inside(), percent(held.coverage()), level.nightsScored(),
					held.shortOfNominal(), level.multiplier(), 100 * (1 - level.alpha()));
		}

	}

	static IntervalsHeldView of(IntervalsHeld calibration) {
		if (calibration == null) {
			return empty("notRecorded", 0);
		}
		if (!calibration.enabled()) {
			return empty("off", calibration.windowNights());
		}
		List<BandView> bands = new ArrayList<>();
		List<BandView> scored = new ArrayList<>();
		List<LevelView> shortfalls = new ArrayList<>();
		List<LevelView> widened = new ArrayList<>();
		List<LevelView> narrowed = new ArrayList<>();
		List<IntervalsHeld.Band> stored = calibration.bands();
		for (int b = 0; b < stored.size(); b++) {
			String key = BAND_KEYS.get(b);
			BandView band = new BandView(key, stored.get(b).level80().held().scored(),
					LevelView.of(key, stored.get(b).level80()), LevelView.of(key, stored.get(b).level95()));
			bands.add(band);
			if (band.values() > 0) {
				scored.add(band);
			}
			for (LevelView level : List.of(band.at80(), band.at95())) {
				if (level.shortOfNominal()) {
					shortfalls.add(level);
				}
				if (level.multiplier() > 1) {
					widened.add(level);
				}
				else if (level.multiplier() < 1) {
					narrowed.add(level);
				}
			}
		}
		return new IntervalsHeldView(calibration.nightsScored() == 0 ? "noNights" : "scored", calibration.windowNights(),
				calibration.nightsScored(), calibration.held80().scored(), percent(calibration.held80().coverage()),
				percent(calibration.held95().coverage()), List.copyOf(bands), List.copyOf(scored), List.copyOf(shortfalls),
				List.copyOf(widened), List.copyOf(narrowed));
	}

	private static IntervalsHeldView empty(String state, int windowNights) {
		return new IntervalsHeldView(state, windowNights, 0, 0, null, null, List.of(), List.of(), List.of(), List.of(),
				List.of());
	}

	private static Double percent(Double share) {
		return share == null ? null : 100 * share;
	}

}
