package org.opsreport.summary;

import java.util.function.Consumer;

import org.opsreport.findings.Findings;
import org.opsreport.findings.FindingsBuilder;
import org.opsreport.incident.IncidentReport;
import org.opsreport.incident.IncidentReport.OpenIncident;
import org.opsreport.summary.Summary.ServiceLine;

/**
 * What the summary takes from report section {@code findings} ({@code findings.FindingsBuilder}): re-classification
 * and saturation recommendations and the capacity action of the services whose plan the recorded day contradicts.
 * The findings decide; the summary only shows. Without the section (days stored before it existed) nothing changes.
 */
final class FindingsInput {

	private FindingsInput() {
	}

	/**
	 * The findings as recommendation candidates: a re-classification is about its incident (key
	 * {@code incident:ID}, due by its escalation timeline), a saturation about the service's capacity (key
	 * {@code capacity:SERVICE}, so tomorrow's capacity advice for the same service is folded into it).
	 *
	 * @param incidents the incident section, for the open incidents' escalation timelines; {@code null} without it
	 */
	static void candidates(Findings findings, IncidentReport incidents, Consumer<SummaryBuilder.Candidate> add) {
		if (findings == null) {
			return;
		}
		for (Findings.Reclassification r : findings.reclassifications()) {
			OpenIncident open = incidents == null || incidents.open() == null ? null
					: incidents.open().stream().filter((i) -> i.id().equals(r.incidentId())).findFirst().orElse(null);
			add.accept(new SummaryBuilder.Candidate(Impact.RECLASSIFY, r.budgetSpentPercent(),
					r.services().isEmpty() ? null : r.services().get(0), r.message(), "incident:" + r.incidentId(),
					DueDates.escalation(open), r.services().isEmpty() ? r.incidentId() + " names no service" : null));
		}
		for (Findings.Saturation s : findings.saturation()) {
			add.accept(new SummaryBuilder.Candidate(Impact.SATURATED, s.minutesAtMax(), s.service(), s.message(),
					"capacity:" + s.service()));
		}
	}

	/**
	 * The line of a service whose plan the findings override shows the findings' action and detail. A findings
	 * section stored before the capacity rule was recorded still names its saturated services.
	 */
	static ServiceLine capacity(ServiceLine line, Findings findings) {
		if (findings == null) {
			return line;
		}
		Findings.CapacityOverride override = findings.capacityOf(line.service());
		if (override == null) {
			override = findings.saturation()
				.stream()
				.filter((s) -> s.service().equals(line.service()))
				.findFirst()
				.map((s) -> new Findings.CapacityOverride(s.service(), FindingsBuilder.AT_MAX_AND_HOT, s.capacityAction(),
						s.message()))
				.orElse(null);
		}
		if (override == null) {
			return line;
		}
		return new ServiceLine(line.service(), line.status(), line.worstObjective(), line.budgetRemainingPercent(),
				line.openIncidents(), line.incidentsInWindow(), override.action(), override.detail(), line.owner(),
				line.statusReason());
	}

}
