package org.opsreport.slo;

/**
 * Who spent an objective's consumed budget: the incidents, each bad unit charged once, and the rest.
 *
 * @param rule how a bad unit inside several incidents is charged: {@code split_evenly} (each of the {@code k}
 * incidents open at that unit's start gets {@code 1/k} of it)
 * @param consumedPercent the budget consumed in the window (percent of the total budget); {@code null} when the
 * budget is 0
 * @param incidentsPercent the part charged to incidents: the sum of every incident's share (not only the listed
 * top ones); at most {@code consumedPercent}
 * @param notLinkedPercent {@code consumedPercent - incidentsPercent}: bad units no incident covers ("not linked to
 * an incident")
 * @param incidents how many incidents were charged a share greater than 0
 */
public record BudgetAttribution(String rule, Double consumedPercent, Double incidentsPercent, Double notLinkedPercent,
		int incidents) {
}
