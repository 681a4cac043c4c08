package org.opsreport.slo;

import java.time.Duration;
import java.util.List;

/**
 * A multi-window, multi-burn-rate alert: it fires when the burn rate over both the long and the short
 * window exceeds the factor.
 * <p>
 * Source: Google SRE Workbook, chapter "Alerting on SLOs", section 6 "Multiwindow, Multi-Burn-Rate
 * Alerts": for a 30-day SLO, page at 14.4 over 1h (short 5m) = 2% of the budget, page at 6 over 6h (30m)
 * = 5%, ticket at 3 over 1d (2h) = 10%, ticket at 1 over 3d (6h) = 10%. The short window is 1/12 of the
 * long one.
 * <p>
 * For SLO windows other than 30 days the factor is derived from the budget fraction, as Sloth does:
 * {@code factor = budgetFraction x sloWindow / longWindow} (28 days: 13.44, 5.6, 2.8, 0.933).
 *
 * @param name alert name in report.json
 * @param severity {@code page} or {@code ticket}
 * @param longWindow the long look-back
 * @param shortWindow the short look-back (resets the alert quickly once the burn stops)
 * @param budgetFraction share of the whole budget spent in {@code longWindow} at the factor
 */
public record BurnRateRule(String name, String severity, Duration longWindow, Duration shortWindow,
		double budgetFraction) {

	/** The Workbook's four rules. */
	public static final List<BurnRateRule> WORKBOOK = List.of(
			new BurnRateRule("burn_rate_page_1h", "page", Duration.ofHours(1), Duration.ofMinutes(5), 0.02),
			new BurnRateRule("burn_rate_page_6h", "page", Duration.ofHours(6), Duration.ofMinutes(30), 0.05),
			new BurnRateRule("burn_rate_ticket_1d", "ticket", Duration.ofDays(1), Duration.ofHours(2), 0.10),
			new BurnRateRule("burn_rate_ticket_3d", "ticket", Duration.ofDays(3), Duration.ofHours(6), 0.10));

	/**
	 * {@code budgetFraction x sloWindow / longWindow}: the burn rate that spends {@code budgetFraction} of
	 * the budget of an SLO window of length {@code sloWindow} within {@code longWindow}.
	 */
	public double factor(Duration sloWindow) {
		return this.budgetFraction * sloWindow.toMillis() / this.longWindow.toMillis();
	}

	/**
	 * Share of the budget spent in {@code elapsed} at burn rate {@code burnRate} on an SLO window of
	 * {@code sloWindow}: {@code burnRate x elapsed / sloWindow} (burn rate 1 spends exactly the budget in
	 * the window).
	 */
	public static double budgetSpent(double burnRate, Duration elapsed, Duration sloWindow) {
		return burnRate * elapsed.toMillis() / sloWindow.toMillis();
	}

	/**
	 * Hours until the remaining budget is spent: {@code remainingFraction x sloWindow[h] / burnRate};
	 * {@code null} when not burning ({@code burnRate <= 0} or undefined), 0 when nothing remains.
	 * E.g. a 100% error rate on a 99.9% SLO burns at 1000 and spends a full 30-day budget in 0.72 h (43.2 min).
	 */
	public static Double hoursToExhaustion(double remainingFraction, Duration sloWindow, Double burnRate) {
		if (remainingFraction <= 0) {
			return 0.0;
		}
		if (burnRate == null || !(burnRate > 0)) {
			return null;
		}
		return remainingFraction * (sloWindow.toMillis() / 3_600_000.0) / burnRate;
	}

	/** Shorthand such as {@code 5m}, {@code 6h}, {@code 3d}. */
	static String shorthand(Duration duration) {
		long minutes = duration.toMinutes();
		if (minutes > 0 && minutes % 1440 == 0) {
			return minutes / 1440 + "d";
		}
		if (minutes > 0 && minutes % 60 == 0) {
			return minutes / 60 + "h";
		}
		if (duration.toSeconds() % 60 == 0) {
			return minutes + "m";
		}
		return duration.toSeconds() + "s";
	}

}
