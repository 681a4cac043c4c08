package org.opsreport.scaling;

import java.util.List;

/** The seed's {@code _generate_optimization_plan} (without its undefined improvement estimate). */
public record OptimizationPlan(List<String> immediateActions, List<String> shortTermActions,
		List<String> longTermActions) {

	public OptimizationPlan {
		immediateActions = List.copyOf(immediateActions);
		shortTermActions = List.copyOf(shortTermActions);
		longTermActions = List.copyOf(longTermActions);
	}

}
