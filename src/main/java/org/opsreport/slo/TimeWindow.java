package org.opsreport.slo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * OpenSLO {@code timeWindow}: rolling ({@code duration: 28d, isRolling: true}) or calendar-aligned
 * ({@code duration: 1M, calendar: {startTime, timeZone}}).
 *
 * @param amount the number in the duration shorthand
 * @param unit the unit letter of the shorthand
 * @param rolling true for rolling windows
 * @param calendarStart calendar windows only: {@code calendar.startTime} (local time in the zone)
 * @param timeZone calendar windows only: {@code calendar.timeZone}
 */
public record TimeWindow(int amount, Unit unit, boolean rolling, LocalDateTime calendarStart, ZoneId timeZone) {

	/** Duration shorthand units. Rolling windows accept m, h, d, w; calendar windows d, w, M, Q, Y. */
	public enum Unit {

		MINUTE("m", ChronoUnit.MINUTES, 1), HOUR("h", ChronoUnit.HOURS, 1), DAY("d", ChronoUnit.DAYS, 1),
		WEEK("w", ChronoUnit.WEEKS, 1), MONTH("M", ChronoUnit.MONTHS, 1), QUARTER("Q", ChronoUnit.MONTHS, 3),
		YEAR("Y", ChronoUnit.YEARS, 1);

		final String letter;

		final ChronoUnit chronoUnit;

		final int multiplier;

		Unit(String letter, ChronoUnit chronoUnit, int multiplier) {
			this.letter = letter;
			this.chronoUnit = chronoUnit;
			this.multiplier = multiplier;
		}

		/**
		 * The largest amount of this unit in a window: one year (366 days, 52 weeks, 12 months, 4 quarters).
		 * The SLO evaluation holds a window's samples per series; a year of one-minute samples is 527,040.
		 */
		int maxAmount() {
			return switch (this) {
				case MINUTE -> 366 * 1440;
				case HOUR -> 366 * 24;
				case DAY -> 366;
				case WEEK -> 52;
				case MONTH -> 12;
				case QUARTER -> 4;
				case YEAR -> 1;
			};
		}

		/** True for units of fixed length (usable in rolling windows). */
		boolean fixedLength() {
			return this == MINUTE || this == HOUR || this == DAY || this == WEEK;
		}

		static Unit ofLetter(String letter) {
			for (Unit unit : values()) {
				if (unit.letter.equals(letter)) {
					return unit;
				}
			}
			return null;
		}

	}

	/** The window bound in words, for messages and the README. */
	public static final String MAX_TEXT = "366d, 52w, 12M, 4Q or 1Y";

	/**
	 * The evaluated part of a window.
	 *
	 * @param start first instant of the window (inclusive)
	 * @param end evaluation instant (exclusive)
	 * @param length full window length: the rolling duration, or the whole calendar period (which may reach
	 * beyond {@code end}); error budgets in time and the alert factors are based on it
	 */
	public record Span(Instant start, Instant end, Duration length) {
	}

	public TimeWindow {
		Objects.requireNonNull(unit, "unit");
		if (amount <= 0) {
			throw new IllegalArgumentException("amount must be positive");
		}
		if (rolling && !unit.fixedLength()) {
			throw new IllegalArgumentException("rolling windows need a fixed-length unit (m, h, d, w)");
		}
		if (!rolling && (calendarStart == null || timeZone == null)) {
			throw new IllegalArgumentException("calendar windows need calendar startTime and timeZone");
		}
	}

	public static TimeWindow rolling(int amount, Unit unit) {
		return new TimeWindow(amount, unit, true, null, null);
	}

	public static TimeWindow calendar(int amount, Unit unit, LocalDateTime startTime, ZoneId timeZone) {
		return new TimeWindow(amount, unit, false, startTime, timeZone);
	}

	/** The duration shorthand, e.g. {@code 28d} or {@code 1M}. */
	public String text() {
		return this.amount + this.unit.letter;
	}

	/** Rolling windows: the fixed duration. */
	Duration rollingDuration() {
		// Duration.of refuses WEEKS (an "estimated" unit in java.time); a rolling week is exactly 7 days
		if (this.unit == Unit.WEEK) {
			return Duration.ofDays(7L * this.amount);
		}
		return Duration.of((long) this.amount * this.unit.multiplier, this.unit.chronoUnit);
	}

	/**
	 * The window evaluated at {@code end}. Rolling: {@code [end - duration, end)}. Calendar-aligned: periods
	 * of {@code amount x unit} start at {@code calendar.startTime} in {@code timeZone} (and repeat both
	 * ways); the period {@code (pStart, pEnd]} that contains {@code end} is chosen, so the end of the last
	 * day of a month still evaluates that month, and the span is {@code [pStart, end)} with length
	 * {@code pEnd - pStart}.
	 */
	public Span spanEndingAt(Instant end) {
		if (this.rolling) {
			Duration duration = rollingDuration();
			return new Span(end.minus(duration), end, duration);
		}
		ZonedDateTime origin = this.calendarStart.atZone(this.timeZone);
		long step = (long) this.amount * this.unit.multiplier;
		long k = Math.floorDiv(this.unit.chronoUnit.between(origin, end.atZone(this.timeZone)), step);
		while (!periodStart(origin, k, step).isBefore(end)) {
			k--;
		}
		while (periodStart(origin, k + 1, step).isBefore(end)) {
			k++;
		}
		Instant start = periodStart(origin, k, step);
		return new Span(start, end, Duration.between(start, periodStart(origin, k + 1, step)));
	}

	private Instant periodStart(ZonedDateTime origin, long k, long step) {
		return origin.plus(k * step, this.unit.chronoUnit).toInstant();
	}

	@Override
	public String toString() {
		return this.rolling ? text() + " rolling" : text() + " calendar from " + this.calendarStart + " " + this.timeZone;
	}

}
