package org.opsreport.slo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opsreport.analysis.AnalysisParts;

import org.springframework.stereotype.Component;

/**
 * The SLO section of a report date from the parts the {@code slos} workers stored: every SLO's objectives in
 * definition order, each burndown completed with the past days as those days' reports said them
 * ({@link BurndownHistory}); today's budgets are stored as snapshots for the nights to come and the parts deleted.
 */
@Component
class SloMerge {

	/** How far back the burndowns look for stored snapshots (the longest window the report draws). */
	static final int HISTORY_DAYS = 400;

	private final SloResults slos;

	private final AnalysisParts parts;

	private final BudgetSnapshotStore snapshots;

	SloMerge(SloResults slos, AnalysisParts parts, BudgetSnapshotStore snapshots) {
		this.slos = slos;
		this.parts = parts;
		this.snapshots = snapshots;
	}

	/** The objectives of {@code date}, in definition order; stores their snapshots and deletes the parts. */
	List<ObjectiveResult> merge(LocalDate date) {
		Map<List<String>, Map<LocalDate, BudgetSnapshot>> history = new HashMap<>();
		for (BudgetSnapshot snapshot : this.snapshots.between(date.minusDays(HISTORY_DAYS), date)) {
			history.computeIfAbsent(List.of(snapshot.slo(), snapshot.objective()), (k) -> new HashMap<>())
				.put(snapshot.reportDate(), snapshot);
		}
		List<ObjectiveResult> results = new ArrayList<>();
		List<BudgetSnapshot> today = new ArrayList<>();
		for (SloDefinition slo : this.slos.definitions()) {
			for (ObjectiveResult part : this.parts.require(date, SloSteps.SECTION, slo.name(), ObjectiveResult[].class)) {
				ObjectiveResult result = BurndownHistory.apply(part, date,
						history.getOrDefault(List.of(part.name(), part.objective()), Map.of()));
				results.add(result);
				today.add(BudgetSnapshot.of(date, result));
			}
		}
		this.snapshots.replace(date, today);
		this.parts.clear(date, SloSteps.SECTION);
		return results;
	}

}
