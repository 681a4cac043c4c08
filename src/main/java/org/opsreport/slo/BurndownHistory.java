package org.opsreport.slo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stable history: the past days of a burndown are what those days' own reports said.
 * <p>
 * A burndown point of a past day {@code d} (every point but the window start and the report date's own last point)
 * takes the stored snapshot of {@code d} for the same SLO and objective ({@link BudgetSnapshot}: that day's
 * {@code budgetRemainingPercent}) when there is one: {@code source = snapshot}. The value recomputed today (the
 * window ending at that midnight, with the data as stored now) is kept in {@code recomputedPercent} when it differs
 * from the snapshot by more than {@value #LATE_DATA_TOLERANCE} percentage points, and the point is flagged
 * {@code lateData}: data for that day arrived (or was corrected) after its report, or its window differs. A day
 * without a snapshot (before the store kept them, or a day never reported) stays {@code source = recomputed}.
 */
final class BurndownHistory {

	/** Differences up to this many percentage points are rounding, not late data. */
	static final double LATE_DATA_TOLERANCE = 0.05;

	private BurndownHistory() {
	}

	/**
	 * @param result the objective evaluated for {@code reportDate}
	 * @param snapshots the stored snapshots of earlier dates, by date, for this SLO and objective
	 */
	static ObjectiveResult apply(ObjectiveResult result, LocalDate reportDate, Map<LocalDate, BudgetSnapshot> snapshots) {
		List<BurndownPoint> points = new ArrayList<>();
		List<BurndownPoint> burndown = result.burndown();
		for (int i = 0; i < burndown.size(); i++) {
			BurndownPoint p = burndown.get(i);
			BudgetSnapshot snapshot = snapshots.get(p.date());
			if (i == 0 || !p.date().isBefore(reportDate) || snapshot == null) {
				points.add(new BurndownPoint(p.date(), p.at(), p.budgetRemainingPercent(), BurndownPoint.RECOMPUTED, null, false));
				continue;
			}
			Double then = snapshot.budgetRemainingPercent();
			Double now = p.budgetRemainingPercent();
			boolean late = (then == null) != (now == null)
					|| (then != null && Math.abs(then - now) > LATE_DATA_TOLERANCE);
			points.add(new BurndownPoint(p.date(), p.at(), then, BurndownPoint.SNAPSHOT, late ? now : null, late));
		}
		return new ObjectiveResult(result.name(), result.service(), result.objective(), result.target(),
				result.budgetingMethod(), result.window(), result.windowStart(), result.windowEnd(), result.sli(),
				result.budgetUnit(), result.budgetTotal(), result.budgetConsumed(), result.budgetRemaining(),
				result.budgetConsumedPercent(), result.budgetRemainingPercent(), result.burnRates(),
				result.timeToExhaustionHours(), result.lowTraffic(), result.eventsInWindow(), result.alerts(),
				result.topIncidents(), points, result.status(), result.findings(), result.budgetAttribution(),
				result.statusReason());
	}

}
