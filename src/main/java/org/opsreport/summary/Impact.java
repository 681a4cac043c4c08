package org.opsreport.summary;

import java.util.Locale;

/**
 * Impact classes of recommendations, most important first. Ranking: by class, then within a class
 * by magnitude (larger first: burn rate, overspent budget, minutes, instances, money), then by
 * service and text so the order is stable.
 * <p>
 * Why this order: an SLO paging now costs users right now (Google SRE Workbook, "Alerting on SLOs":
 * page-level burn means the budget is gone within hours to days); an exhausted budget triggers the
 * error budget policy (release freeze); a SEV1/SEV2 without postmortem is a lost lesson and a
 * policy breach; a ticket-level burn will become an exhausted budget; a sustained high bottleneck
 * degrades users before any SLO says so; tomorrow's scale-up prevents the next incident; savings
 * and general advice matter, but never more than reliability.
 */
public enum Impact {

	/** A page-level burn-rate alert is firing (magnitude: the 1h burn rate). */
	PAGE_BURN,
	/** The error budget is spent (magnitude: how far overspent, %). */
	BUDGET_EXHAUSTED,
	/**
	 * An open incident's budget spend or duration exceeds what its severity implies (findings section; magnitude:
	 * the budget share it spent, %): it is handled at the wrong level until someone raises it.
	 */
	RECLASSIFY,
	/**
	 * An open incident past the last step of its severity's escalation timeline (magnitude: minutes open); folded
	 * into its re-classification when there is one (same key).
	 */
	ESCALATION_OVERDUE,
	/** A SEV1/SEV2 incident was resolved without a postmortem (magnitude: 2 for SEV1, 1 for SEV2). */
	POSTMORTEM_MISSING,
	/** A ticket-level burn-rate alert is firing (magnitude: the 1d burn rate). */
	TICKET_BURN,
	/**
	 * A service ran at its maximum instance count and hot (findings section; magnitude: minutes): more instances
	 * were not allowed, so "scale down" would be wrong.
	 */
	SATURATED,
	/** A sustained high-severity bottleneck (magnitude: longest stretch in minutes). */
	BOTTLENECK_HIGH,
	/** Tomorrow needs more instances than today (magnitude: the extra instances). */
	CAPACITY_SCALE_UP,
	/** A replayed scaling variant would have cost less at no more under-provisioning (magnitude: the saving). */
	SCALING_SAVINGS,
	/** A medium-severity bottleneck (magnitude: longest stretch in minutes). */
	BOTTLENECK_MEDIUM,
	/** The scaling analysis' own recommendations. */
	SCALING_ADVICE,
	/** The SRE dashboard's recommendation rules. */
	DASHBOARD_ADVICE;

	/** The name used in report.json: lower case with underscores, e.g. {@code page_burn}. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
