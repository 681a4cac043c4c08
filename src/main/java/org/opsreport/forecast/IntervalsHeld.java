package org.opsreport.forecast;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * How the stored prediction intervals held over the last nights, and how tonight's were calibrated: the
 * report's section {@code intervalCalibration} of a report date, made from the pooled calibration's stored
 * nights ({@link NightlyIntervalCalibration}, table {@code interval_calibration}).
 * <p>
 * Every night the values recorded that day are scored against the intervals that earlier nights stored
 * for them (the previous night's forecast for leads up to 24 h, the night before's beyond): {@code scored}
 * values, {@code missed} of them outside. Over the window of the report date {@code D} (the nights
 * {@code D - window + 1 .. D}), per horizon band and level:
 * <pre>
 * scored   = sum over the nights of scored_n
 * inside   = sum over the nights of (scored_n - missed_n)
 * coverage = inside / scored                                (null when scored = 0)
 * short    = coverage &lt; nominal - 3 points, i.e. 100 inside &lt; (level - 3) scored   (exact, in integers)
 * </pre>
 * pooled over the values (a night of many values weighs more than one of few), so it is the share the
 * report's reader would have counted. The 3 points are issue 16's target for calibrated intervals
 * (coverage within +-3 points of nominal): a band that falls short by more is one whose intervals the
 * capacity plan (upper 80 %) should not be trusted to the letter. Tonight's {@code multiplier} and adaptive
 * level {@code alpha} are those stored for {@code D} itself (the night's own calibration); a band or level
 * without a stored row for {@code D} reads multiplier 1 at the nominal level. The whole record is
 * computed once, when the night runs, and stored with the day's report sections, so a past day re-renders
 * with what that night said.
 *
 * @param enabled whether the pooled calibration ran ({@code opsreport.forecast.calibration.enabled});
 * when false the figures are null and every series kept its own intervals
 * @param windowNights nights pooled ({@code opsreport.forecast.calibration.window})
 * @param from the first night of the window
 * @param to the report date, the window's last night
 * @param nightsScored nights of the window with at least one value scored (any band or level)
 * @param held80 the 80 % intervals over all bands, null when not enabled
 * @param held95 the 95 % intervals over all bands, null when not enabled
 * @param first6h leads up to 6 hours, null when not enabled
 * @param from6To24h leads over 6 and up to 24 hours, null when not enabled
 * @param from24h leads over 24 hours, null when not enabled
 */
public record IntervalsHeld(boolean enabled, int windowNights, LocalDate from, LocalDate to, int nightsScored,
		Held held80, Held held95, Band first6h, Band from6To24h, Band from24h) {

	/** How far under nominal, in percentage points, a band's coverage may fall before the report says so. */
	public static final int SHORTFALL_POINTS = 3;

	/**
	 * One level's recorded values inside the stored intervals.
	 *
	 * @param level the nominal level in percent (80 or 95)
	 * @param scored recorded values scored against the intervals stored for them
	 * @param inside of those, the values inside
	 * @param coverage {@code inside / scored}, null when nothing was scored
	 * @param shortOfNominal coverage more than {@link #SHORTFALL_POINTS} points under {@code level}; false
	 * when nothing was scored
	 */
	public record Held(int level, long scored, long inside, Double coverage, boolean shortOfNominal) {

		static Held of(int level, long scored, long inside) {
			if (scored < 0 || inside < 0 || inside > scored) {
				throw new IllegalArgumentException(inside + " of " + scored + " values inside");
			}
			return new Held(level, scored, inside, scored == 0 ? null : (double) inside / scored,
					scored > 0 && 100 * inside < (long) (level - SHORTFALL_POINTS) * scored);
		}

	}

	/**
	 * One horizon band and level: what its intervals held and tonight's calibration of it.
	 *
	 * @param held the window's recorded values inside the band's stored intervals
	 * @param nightsScored nights of the window with values scored in this band and level
	 * @param multiplier tonight's multiplier of the series' own interval offsets (1: unchanged)
	 * @param alpha tonight's adaptive miss rate (the nominal 0.2 or 0.05 before it adapted)
	 */
	public record Level(Held held, int nightsScored, double multiplier, double alpha) {
	}

	/** A horizon band's 80 % and 95 % intervals. */
	public record Band(Level level80, Level level95) {

		/** The level's figures: 80 or 95. */
		@JsonIgnore
		public Level level(int level) {
			return level == 80 ? this.level80 : this.level95;
		}

	}

	/**
	 * One stored night of a band and level, as {@code interval_calibration} keeps it.
	 *
	 * @param band 0 (up to 6 h), 1 (over 6 h up to 24 h), 2 (over 24 h)
	 * @param level 80 or 95
	 */
	public record Night(LocalDate reportDate, int band, int level, long scored, long missed, double alpha,
			double multiplier) {
	}

	/** The record of a night when the calibration is off. */
	public static IntervalsHeld off(LocalDate date, int windowNights) {
		return new IntervalsHeld(false, windowNights, date.minusDays(windowNights - 1L), date, 0, null, null, null, null,
				null);
	}

	/**
	 * The record of report date {@code date} from the stored nights; nights outside the window
	 * {@code date - windowNights + 1 .. date} are ignored.
	 */
	public static IntervalsHeld of(LocalDate date, int windowNights, List<Night> nights) {
		if (windowNights < 1) {
			throw new IllegalArgumentException("window of " + windowNights + " nights");
		}
		LocalDate from = date.minusDays(windowNights - 1L);
		List<Night> window = nights.stream()
			.filter(n -> !n.reportDate().isBefore(from) && !n.reportDate().isAfter(date))
			.toList();
		int nightsScored = (int) window.stream().filter(n -> n.scored() > 0).map(Night::reportDate).distinct().count();
		Band[] bands = new Band[IntervalCalibration.BANDS];
		for (int b = 0; b < bands.length; b++) {
			bands[b] = new Band(level(date, window, b, 80, IntervalCalibration.ALPHA80),
					level(date, window, b, 95, IntervalCalibration.ALPHA95));
		}
		return new IntervalsHeld(true, windowNights, from, date, nightsScored, all(bands, 80), all(bands, 95), bands[0],
				bands[1], bands[2]);
	}

	private static Level level(LocalDate date, List<Night> window, int band, int level, double nominalAlpha) {
		long scored = 0;
		long missed = 0;
		int nights = 0;
		double multiplier = 1;
		double alpha = nominalAlpha;
		for (Night n : window) {
			if (n.band() != band || n.level() != level) {
				continue;
			}
			scored += n.scored();
			missed += n.missed();
			if (n.scored() > 0) {
				nights++;
			}
			if (n.reportDate().equals(date)) {
				multiplier = n.multiplier();
				alpha = n.alpha();
			}
		}
		return new Level(Held.of(level, scored, scored - missed), nights, multiplier, alpha);
	}

	private static Held all(Band[] bands, int level) {
		long scored = 0;
		long inside = 0;
		for (Band b : bands) {
			scored += b.level(level).held().scored();
			inside += b.level(level).held().inside();
		}
		return Held.of(level, scored, inside);
	}

	/** The bands in lead order: up to 6 h, 6-24 h, beyond 24 h (empty when not enabled). */
	@JsonIgnore
	public List<Band> bands() {
		return this.enabled ? List.of(this.first6h, this.from6To24h, this.from24h) : List.of();
	}

}
