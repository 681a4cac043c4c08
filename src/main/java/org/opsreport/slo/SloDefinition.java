package org.opsreport.slo;

import java.util.List;

/**
 * A validated OpenSLO {@code kind: SLO} with its indicator resolved.
 *
 * @param name metadata.name
 * @param displayName metadata.displayName, else the name
 * @param service spec.service (a known service)
 * @param indicator the inline indicator or the referenced SLI
 * @param budgetingMethod spec.budgetingMethod
 * @param timeWindow spec.timeWindow[0]
 * @param objectives at least one
 * @param source file and document, for messages
 */
public record SloDefinition(String name, String displayName, String service, Indicator indicator,
		BudgetingMethod budgetingMethod, TimeWindow timeWindow, List<Objective> objectives, String source) {

	public SloDefinition {
		objectives = List.copyOf(objectives);
	}

	/** The stored series to load for this SLO. */
	public List<MetricRef> metrics() {
		return this.indicator.metrics();
	}

}
