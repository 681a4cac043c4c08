package org.opsreport.health;

import java.util.Collection;

/**
 * The rules that decide a {@link Health}: once per objective, per service and per report day. Every
 * section, the mail subject and the archive index show what these rules say (docs/slo.md, "Status").
 * Pure functions of their arguments.
 *
 * <ul>
 * <li><b>Objective</b> (SLO objective at the end of the report day): UNKNOWN without data; RED when
 * the budget left is below {@code redBelowPercent} (default 10%, the seed's {@code error_budget_critical})
 * or a page-level alert fires; AMBER when the budget left is below {@code amberBelowPercent} (default
 * 50%), a ticket-level alert fires or the 1-day burn rate is above 1 (spending faster than the budget
 * allows); GREEN otherwise.</li>
 * <li><b>Service</b>: the worst of its objectives, raised to RED by an open SEV1 on it and to at
 * least AMBER by any other open incident on it; UNKNOWN when it has no objective with data and
 * nothing open.</li>
 * <li><b>Report day</b>: the same rule over all objectives and all open incidents; an objective
 * without data makes the day at least AMBER when others were judged (something could not be
 * checked), UNKNOWN when nothing at all was judged.</li>
 * </ul>
 * <li><b>Stale data</b> (the freshness gate): an objective whose data stopped before the report day,
 * and a day without fresh data, are UNKNOWN: not judged, never a guessed RED or GREEN.</li>
 * Worst first means RED, AMBER, UNKNOWN, GREEN.
 */
public final class HealthRules {

	private HealthRules() {
	}

	/**
	 * The status of one objective.
	 *
	 * @param remainingPercent budget left, % of the window's budget (negative when overspent); {@code null} without data
	 * @param pageFiring a page-level burn-rate alert fires at the end of the day
	 * @param ticketFiring a ticket-level alert fires at the end of the day
	 * @param burnRate1d the 1-day burn rate, {@code null} without data
	 * @param redBelowPercent RED below this budget left
	 * @param amberBelowPercent AMBER below this budget left
	 */
	public static Health objective(Double remainingPercent, boolean pageFiring, boolean ticketFiring, Double burnRate1d,
			double redBelowPercent, double amberBelowPercent) {
		if (remainingPercent == null || remainingPercent.isNaN()) {
			return Health.UNKNOWN;
		}
		if (remainingPercent < redBelowPercent || pageFiring) {
			return Health.RED;
		}
		if (remainingPercent < amberBelowPercent || ticketFiring || (burnRate1d != null && burnRate1d > 1)) {
			return Health.AMBER;
		}
		return Health.GREEN;
	}

	/**
	 * Why {@link #objective} gives the status it gives, with the figures: each rule that fired, e.g.
	 * {@code "budget left 36.8% < 50%"}, {@code "1-day burn rate 1.42 > 1"}, {@code "page alert firing"}, joined by
	 * {@code "; "}; {@code "no data"} for UNKNOWN; {@code null} for GREEN (nothing to explain). Same arguments as
	 * {@link #objective}, so the reason can never disagree with the status.
	 */
	public static String objectiveReason(Double remainingPercent, boolean pageFiring, boolean ticketFiring,
			Double burnRate1d, double redBelowPercent, double amberBelowPercent) {
		Health status = objective(remainingPercent, pageFiring, ticketFiring, burnRate1d, redBelowPercent,
				amberBelowPercent);
		if (status == Health.GREEN) {
			return null;
		}
		if (status == Health.UNKNOWN) {
			return "no data";
		}
		java.util.List<String> reasons = new java.util.ArrayList<>();
		if (status == Health.RED) {
			if (remainingPercent < redBelowPercent) {
				reasons.add(budget(remainingPercent, redBelowPercent));
			}
			if (pageFiring) {
				reasons.add("page alert firing");
			}
			return String.join("; ", reasons);
		}
		if (remainingPercent < amberBelowPercent) {
			reasons.add(budget(remainingPercent, amberBelowPercent));
		}
		if (ticketFiring) {
			reasons.add("ticket alert firing");
		}
		if (burnRate1d != null && burnRate1d > 1) {
			reasons.add(String.format(java.util.Locale.ROOT, "1-day burn rate %.2f > 1", burnRate1d));
		}
		return String.join("; ", reasons);
	}

	private static String budget(double remainingPercent, double belowPercent) {
		return String.format(java.util.Locale.ROOT, "budget left %.1f%% < %s%%", remainingPercent,
				new java.math.BigDecimal(belowPercent).stripTrailingZeros().toPlainString());
	}

	/** The status of an objective or a day whose data is stale (freshness gate): not judged. */
	public static Health stale() {
		return Health.UNKNOWN;
	}

	/**
	 * The status of a service.
	 *
	 * @param objectives the statuses of its objectives (empty when it has none)
	 * @param openIncidents incidents open on it at the end of the day
	 * @param sev1Open whether one of them is a SEV1
	 */
	public static Health service(Collection<Health> objectives, int openIncidents, boolean sev1Open) {
		return combine(objectives, openIncidents, sev1Open, false);
	}

	/**
	 * The status of the report day.
	 *
	 * @param objectives the statuses of every objective
	 * @param openIncidents incidents open at the end of the day ({@code null} without incident results)
	 * @param sev1Open whether one of them is a SEV1
	 */
	public static Health report(Collection<Health> objectives, Integer openIncidents, boolean sev1Open) {
		Health health = combine(objectives, openIncidents == null ? 0 : openIncidents, sev1Open, true);
		if (health == Health.UNKNOWN && openIncidents != null && objectives.isEmpty()) {
			// incident results without SLOs: judged on the incidents alone
			return Health.GREEN;
		}
		return health;
	}

	private static Health combine(Collection<Health> objectives, int openIncidents, boolean sev1Open,
			boolean unknownIsAmber) {
		Health worst = null;
		boolean anyJudged = false;
		boolean anyUnknown = false;
		for (Health h : objectives) {
			if (h == Health.UNKNOWN) {
				anyUnknown = true;
				continue;
			}
			anyJudged = true;
			worst = (worst == null) ? h : worst.worse(h);
		}
		if (sev1Open) {
			return Health.RED;
		}
		if (worst == Health.RED) {
			return Health.RED;
		}
		if (openIncidents > 0 || worst == Health.AMBER || (unknownIsAmber && anyUnknown && anyJudged)) {
			return Health.AMBER;
		}
		if (!anyJudged) {
			return Health.UNKNOWN;
		}
		if (anyUnknown && !unknownIsAmber) {
			// a service with one judged-green and one unknown objective: not all is known to be fine
			return Health.UNKNOWN;
		}
		return Health.GREEN;
	}

}
