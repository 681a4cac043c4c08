package org.opsreport.slo;

/**
 * Tunables of the SLO analysis.
 *
 * @param lowTrafficMinEvents a window with fewer events than this is flagged {@code lowTraffic}
 * (events are requests for ratio metrics and samples for threshold metrics); the Workbook's
 * "Low-traffic services" section explains why burn-rate alerts are unreliable there
 * @param topIncidents how many incidents {@code topIncidents} lists
 * @param criticalRemainingPercent seed rule {@code error_budget_critical}: remaining budget below this
 * (seed: 10) - also the red threshold of the traffic light
 * @param amberRemainingPercent traffic light turns amber below this remaining budget
 * @param highBurnRate seed rule {@code high_burn_rate}: 1h burn rate above this (seed: 5)
 * @param postmortemBudgetPercent an incident consuming more than this share of a budget needs a
 * postmortem (Workbook, "Example Error Budget Policy": 20%)
 */
public record SloSettings(long lowTrafficMinEvents, int topIncidents, double criticalRemainingPercent,
		double amberRemainingPercent, double highBurnRate, double postmortemBudgetPercent) {

	public SloSettings {
		if (lowTrafficMinEvents < 0 || topIncidents < 0) {
			throw new IllegalArgumentException("lowTrafficMinEvents and topIncidents must be >= 0");
		}
	}

	/** 1000 events, top 5 incidents, critical below 10%, amber below 50%, high burn above 5, postmortem above 20%. */
	public static SloSettings defaults() {
		return new SloSettings(1000, 5, 10.0, 50.0, 5.0, 20.0);
	}

}
