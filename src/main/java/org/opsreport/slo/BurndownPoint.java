package org.opsreport.slo;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One point of the burndown chart: budget remaining at {@code at} (a midnight within the window, or the
 * evaluation end), counting the bad events/minutes since the window start against the window's total budget; for
 * past days, what that day's own report said when it was stored ({@link BurndownHistory}).
 *
 * @param date the day that ends at {@code at}: UTC for rolling windows, the calendar time zone otherwise; the
 * last point (the evaluation end) is the UTC report date, and replaces a zone midnight with the same date
 * @param at the instant
 * @param budgetRemainingPercent the value shown
 * @param source {@code snapshot} (that day's own report, stored) or {@code recomputed} (computed in this report)
 * @param recomputedPercent with {@code lateData}: the value recomputed in this report, which differs from the
 * snapshot; else {@code null}
 * @param lateData the recomputed value differs from that day's report (late or corrected data)
 */
public record BurndownPoint(LocalDate date, Instant at, Double budgetRemainingPercent, String source,
		Double recomputedPercent, boolean lateData) {

	/** {@link #source()}: that day's own report. */
	public static final String SNAPSHOT = "snapshot";

	/** {@link #source()}: computed by this report. */
	public static final String RECOMPUTED = "recomputed";

	public BurndownPoint(LocalDate date, Instant at, Double budgetRemainingPercent) {
		this(date, at, budgetRemainingPercent, RECOMPUTED, null, false);
	}

}
