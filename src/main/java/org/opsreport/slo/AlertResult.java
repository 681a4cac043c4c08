package org.opsreport.slo;

import java.time.Instant;

/**
 * One alert rule evaluated at the end of the report day and replayed over the day at the data's sample
 * interval.
 *
 * @param name {@code burn_rate_page_1h}, ..., {@code error_budget_critical}, {@code high_burn_rate}
 * @param severity {@code page} or {@code ticket}
 * @param longWindow long look-back (the SLO window for {@code error_budget_critical})
 * @param shortWindow short look-back; {@code null} for the single-window seed rules
 * @param factor burn-rate threshold; for {@code error_budget_critical} the remaining-percent threshold
 * @param firing firing at the evaluation end
 * @param firstFiredAt first replay instant of the day at which it fired, {@code null} if never
 * @param firingMinutes minutes of the day it was firing (replay steps x step length)
 */
public record AlertResult(String name, String severity, String longWindow, String shortWindow, Double factor,
		boolean firing, Instant firstFiredAt, long firingMinutes) {
}
