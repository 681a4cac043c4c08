package org.opsreport.dashboard;

import java.util.Objects;

/**
 * One SLO's state at the end of a period, as the SLO work computes it (the dashboard's input; defined
 * here so the incident package does not depend on the SLO package). Percent values are 0..100.
 *
 * @param service the service
 * @param objective the objective's name (e.g. {@code availability}, {@code latency-p95})
 * @param sliPercent the SLI over the SLO window, e.g. 99.87; {@code null} without data
 * @param targetPercent the target, e.g. 99.9
 * @param budgetRemainingPercent error budget remaining, percent of the whole budget (100 = untouched,
 * 0 or less = exhausted); {@code null} without data
 * @param burnRate1d burn rate over the last day (1 = spending exactly the budget over the window);
 * {@code null} without data
 */
public record SloSnapshot(String service, String objective, Double sliPercent, double targetPercent,
		Double budgetRemainingPercent, Double burnRate1d) {

	public SloSnapshot {
		Objects.requireNonNull(service, "service");
		Objects.requireNonNull(objective, "objective");
	}

}
