package org.opsreport.slo;

import java.time.Instant;
import java.util.List;

import org.opsreport.health.Health;

/** Small {@link ObjectiveResult}s for tests of the sections that read the SLO section. */
public final class ObjectiveResults {

	private ObjectiveResults() {
	}

	/** An Occurrences objective over 28 days with the given numbers, no alerts, incidents or findings. */
	public static ObjectiveResult of(String name, String service, String objective, double target, Double sli,
			Double budgetRemainingPercent, Double burnRate1d, Health status) {
		return new ObjectiveResult(name, service, objective, target, "Occurrences", "28d",
				Instant.parse("2026-10-28T00:00:00Z"), Instant.parse("2026-11-25T00:00:00Z"), sli, "events", 100, 0, 100, 0.0,
				budgetRemainingPercent, new BurnRates(null, null, burnRate1d, null, null), null, false, 10_000,
				List.of(), List.of(), List.of(), status, List.of(), null, null);
	}

	/** The same with an alert list and findings. */
	public static ObjectiveResult withAlerts(ObjectiveResult o, List<AlertResult> alerts, List<Finding> findings) {
		return new ObjectiveResult(o.name(), o.service(), o.objective(), o.target(), o.budgetingMethod(), o.window(),
				o.windowStart(), o.windowEnd(), o.sli(), o.budgetUnit(), o.budgetTotal(), o.budgetConsumed(),
				o.budgetRemaining(), o.budgetConsumedPercent(), o.budgetRemainingPercent(), o.burnRates(),
				o.timeToExhaustionHours(), o.lowTraffic(), o.eventsInWindow(), alerts, o.topIncidents(), o.burndown(),
				o.status(), findings, o.budgetAttribution(), o.statusReason());
	}

	/** The same with a time to exhaustion and a burndown. */
	public static ObjectiveResult withBurndown(ObjectiveResult o, Double timeToExhaustionHours, List<BurndownPoint> burndown) {
		return new ObjectiveResult(o.name(), o.service(), o.objective(), o.target(), o.budgetingMethod(), o.window(),
				o.windowStart(), o.windowEnd(), o.sli(), o.budgetUnit(), o.budgetTotal(), o.budgetConsumed(),
				o.budgetRemaining(), o.budgetConsumedPercent(), o.budgetRemainingPercent(), o.burnRates(),
				timeToExhaustionHours, o.lowTraffic(), o.eventsInWindow(), o.alerts(), o.topIncidents(), burndown,
				o.status(), o.findings(), o.budgetAttribution(), o.statusReason());
	}

	/** The same with a status reason. */
	public static ObjectiveResult withReason(ObjectiveResult o, String statusReason) {
		return new ObjectiveResult(o.name(), o.service(), o.objective(), o.target(), o.budgetingMethod(), o.window(),
				o.windowStart(), o.windowEnd(), o.sli(), o.budgetUnit(), o.budgetTotal(), o.budgetConsumed(),
				o.budgetRemaining(), o.budgetConsumedPercent(), o.budgetRemainingPercent(), o.burnRates(),
				o.timeToExhaustionHours(), o.lowTraffic(), o.eventsInWindow(), o.alerts(), o.topIncidents(), o.burndown(),
				o.status(), o.findings(), o.budgetAttribution(), statusReason);
	}

}
