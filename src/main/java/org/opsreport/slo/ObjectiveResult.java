package org.opsreport.slo;

import org.opsreport.health.Health;

import java.time.Instant;
import java.util.List;

/**
 * One SLO objective evaluated at the end of the report date: an entry of report.json {@code slos}.
 *
 * @param name SLO metadata.name
 * @param service the SLO's service
 * @param objective objective displayName/name (or its target, e.g. {@code 99.9%})
 * @param target the target as a fraction, e.g. 0.999
 * @param budgetingMethod {@code Occurrences}, {@code Timeslices} or {@code RatioTimeslices}
 * @param window the window shorthand ({@code 28d}, {@code 1M})
 * @param windowStart first instant of the evaluated window
 * @param windowEnd the evaluation end (exclusive)
 * @param sli good/total over the window; {@code null} without data
 * @param budgetUnit {@code events} (Occurrences) or {@code minutes} (time slices)
 * @param budgetTotal allowed bad events ({@code (1 - target) x events in window}) or bad minutes
 * ({@code (1 - target) x window length})
 * @param budgetConsumed bad events or bad minutes in the window
 * @param budgetRemaining {@code budgetTotal - budgetConsumed} (negative when overspent)
 * @param budgetConsumedPercent {@code 100 x consumed / total}; {@code null} when the budget is 0
 * @param budgetRemainingPercent {@code 100 - budgetConsumedPercent} (negative when overspent)
 * @param burnRates see {@link BurnRates}
 * @param timeToExhaustionHours at the 1d burn rate: {@code remaining% / 100 x window[h] / burn1d};
 * {@code null} when not burning, 0 when exhausted
 * @param lowTraffic fewer events in the window than {@link SloSettings#lowTrafficMinEvents()}
 * @param eventsInWindow requests (ratio metrics) or samples (threshold metrics) in the window
 * @param alerts the Workbook's four burn-rate rules, then the seed's two rules
 * @param topIncidents incidents ranked by their share of the consumed budget (a bad unit inside several
 * incidents is split evenly between them), at most {@link SloSettings#topIncidents()}
 * @param burndown daily budget remaining over the window
 * @param status the objective's status, decided by {@link org.opsreport.health.HealthRules#objective}
 * @param findings error budget policy conclusions
 * @param budgetAttribution the consumed budget split between incidents (each bad unit charged once) and what is
 * not linked to an incident, see {@link IncidentAttribution}; {@code topIncidents} are those shares
 * @param statusReason why the status is not GREEN, with the figures
 * ({@link org.opsreport.health.HealthRules#objectiveReason}, e.g. "1-day burn rate 1.42 > 1"); {@code null} when
 * GREEN and on days stored before it was recorded
 */
public record ObjectiveResult(String name, String service, String objective, double target, String budgetingMethod,
		String window, Instant windowStart, Instant windowEnd, Double sli, String budgetUnit, double budgetTotal,
		double budgetConsumed, double budgetRemaining, Double budgetConsumedPercent, Double budgetRemainingPercent,
		BurnRates burnRates, Double timeToExhaustionHours, boolean lowTraffic, double eventsInWindow,
		List<AlertResult> alerts, List<IncidentImpact> topIncidents, List<BurndownPoint> burndown, Health status,
		List<Finding> findings, BudgetAttribution budgetAttribution, String statusReason) {

	public ObjectiveResult {
		alerts = List.copyOf(alerts);
		topIncidents = List.copyOf(topIncidents);
		burndown = List.copyOf(burndown);
		findings = List.copyOf(findings);
	}

}
