package org.opsreport.slo;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of table {@code slo_budget_snapshot}. */
@Component
class BudgetSnapshotStore {

	private final JdbcClient jdbc;

	BudgetSnapshotStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the snapshots of {@code date} (a re-run of the date is that day's report from now on). */
	void replace(LocalDate date, List<BudgetSnapshot> snapshots) {
		this.jdbc.sql("DELETE FROM slo_budget_snapshot WHERE report_date = ?").param(date).update();
		for (BudgetSnapshot s : snapshots) {
			this.jdbc.sql("""
					INSERT INTO slo_budget_snapshot (report_date, slo_name, objective, budget_remaining_percent,
					budget_consumed, budget_total, status) VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(date, s.slo(), s.objective(), s.budgetRemainingPercent(), s.budgetConsumed(), s.budgetTotal(),
						s.status())
				.update();
		}
	}

	/** The snapshots of the dates in {@code [from, to)}, by date. */
	List<BudgetSnapshot> between(LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT report_date, slo_name, objective, budget_remaining_percent, budget_consumed, budget_total, status
				FROM slo_budget_snapshot WHERE report_date >= ? AND report_date < ? ORDER BY report_date, slo_name, objective""")
			.params(from, to)
			.query((rs, n) -> {
				double remaining = rs.getDouble(4);
				Double remainingPercent = rs.wasNull() ? null : remaining;
				return new BudgetSnapshot(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
						remainingPercent, rs.getDouble(5), rs.getDouble(6), rs.getString(7));
			})
			.list();
	}

}
