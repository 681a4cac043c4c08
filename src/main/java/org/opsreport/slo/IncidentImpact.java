package org.opsreport.slo;

/**
 * Budget an incident spent on one objective: bad events (or bad minutes) between detection and resolution
 * (clipped to the SLO window), as a percentage of the objective's total budget.
 */
public record IncidentImpact(String id, double budgetConsumedPercent) {
}
