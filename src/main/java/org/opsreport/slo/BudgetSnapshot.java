package org.opsreport.slo;

import java.time.LocalDate;

/**
 * One objective's error budget as the report of {@code reportDate} gave it (table {@code slo_budget_snapshot}).
 *
 * @param reportDate the report date
 * @param slo the SLO name
 * @param objective the objective name
 * @param budgetRemainingPercent that report's {@code budgetRemainingPercent} ({@code null} without data)
 * @param budgetConsumed that report's consumed budget
 * @param budgetTotal that report's total budget
 * @param status that report's status
 */
public record BudgetSnapshot(LocalDate reportDate, String slo, String objective, Double budgetRemainingPercent,
		double budgetConsumed, double budgetTotal, String status) {

	static BudgetSnapshot of(LocalDate date, ObjectiveResult r) {
		return new BudgetSnapshot(date, r.name(), r.objective(), r.budgetRemainingPercent(), r.budgetConsumed(),
				r.budgetTotal(), r.status().label());
	}

}
