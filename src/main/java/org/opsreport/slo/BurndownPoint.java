package org.opsreport.slo;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One point of the burndown chart: budget remaining at {@code at} (a midnight within the window, or the
 * evaluation end), counting the bad events/minutes since the window start against the window's total budget.
 *
 * @param date the day that ends at {@code at}: UTC for rolling windows, the calendar time zone otherwise; the
 * last point (the evaluation end) is the UTC report date, and replaces a zone midnight with the same date
 */
public record BurndownPoint(LocalDate date, Instant at, Double budgetRemainingPercent) {
}
