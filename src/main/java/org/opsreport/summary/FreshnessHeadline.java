package org.opsreport.summary;

import java.util.List;

import org.opsreport.freshness.Freshness;
import org.opsreport.health.HealthRules;
import org.opsreport.slo.ObjectiveResult;
import org.opsreport.summary.Summary.Headline;
import org.opsreport.summary.Summary.ServiceLine;

/**
 * What the freshness gate does to the headline (report section {@code freshness}, see
 * {@code freshness.FreshnessGate}):
 * <ul>
 * <li>{@code STALE} (no series has fresh data): the day is not judged: status {@link HealthRules#stale()}
 * whatever the SLOs and incidents say, and the text starts with "STALE data: no metrics since ... for N of N
 * series";</li>
 * <li>{@code PARTIAL}: the status stays (the stale SLOs are already UNKNOWN), and the text names the
 * services with stale series and since when;</li>
 * <li>{@code FRESH} or no freshness section (reports stored before the gate existed): unchanged.</li>
 * </ul>
 */
final class FreshnessHeadline {

	private FreshnessHeadline() {
	}

	static Headline apply(Headline headline, Freshness freshness) {
		if (freshness == null || freshness.state() == null || freshness.message() == null) {
			return headline;
		}
		return switch (freshness.state()) {
			case STALE -> new Headline(HealthRules.stale(), "STALE data: " + freshness.message() + "; the day is not judged",
					List.of(), null, null);
			case PARTIAL -> new Headline(headline.status(), headline.text() + "; " + freshness.message(), headline.services(),
					headline.owner(), headline.action());
			case FRESH -> headline;
		};
	}

	/**
	 * A service line on a day without fresh data: not judged either ({@link HealthRules#stale()}), whatever its
	 * objectives' frozen budgets or its open incidents say (the incident export may be as old as the metrics); the
	 * reason names the open incidents, so nothing is hidden. Unchanged on a fresh or partly stale day (its stale objectives are already
	 * UNKNOWN and its open incidents still count).
	 */
	static ServiceLine apply(ServiceLine line, Freshness freshness) {
		if (freshness == null || freshness.state() != Freshness.State.STALE) {
			return line;
		}
		String reason = "not judged: data stale";
		if (line.openIncidents() != null && line.openIncidents() > 0) {
			reason += "; " + line.openIncidents() + (line.openIncidents() == 1 ? " incident" : " incidents")
					+ " open";
		}
		return new ServiceLine(line.service(), HealthRules.stale(), line.worstObjective(), line.budgetRemainingPercent(),
				line.openIncidents(), line.incidentsInWindow(), line.capacityAction(), line.capacityDetail(), line.owner(),
				reason);
	}

	/** True when an objective was not judged for stale data (its finding {@code stale_data}). */
	static boolean stale(ObjectiveResult objective) {
		return objective.findings().stream().anyMatch((f) -> "stale_data".equals(f.code()));
	}

}
