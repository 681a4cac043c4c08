package org.opsreport.summary;

import org.opsreport.findings.Findings;
import org.opsreport.summary.Summary.ServiceLine;

/**
 * What the summary takes from report section {@code findings} ({@code findings.FindingsBuilder}): re-classification
 * and saturation recommendations and the saturated services' capacity line. Without the section (days stored before
 * it existed) nothing changes.
 */
final class FindingsInput {

	private FindingsInput() {
	}

	/**
	 * The findings as recommendation candidates: a re-classification is about its incident (key
	 * {@code incident:ID}), a saturation about the service's capacity (key {@code capacity:SERVICE}, so tomorrow's
	 * capacity advice for the same service is folded into it).
	 */
	static void candidates(Findings findings, java.util.function.Consumer<SummaryBuilder.Candidate> add) {
		if (findings == null) {
			return;
		}
		for (Findings.Reclassification r : findings.reclassifications()) {
			add.accept(new SummaryBuilder.Candidate(Impact.RECLASSIFY, r.budgetSpentPercent(),
					r.services().isEmpty() ? null : r.services().get(0), r.message(), "incident:" + r.incidentId()));
		}
		for (Findings.Saturation s : findings.saturation()) {
			add.accept(new SummaryBuilder.Candidate(Impact.SATURATED, s.minutesAtMax(), s.service(), s.message(),
					"capacity:" + s.service()));
		}
	}

	/** The line of a saturated service says so instead of its capacity plan's action. */
	static ServiceLine saturated(ServiceLine line, Findings findings) {
		if (findings == null) {
			return line;
		}
		for (Findings.Saturation s : findings.saturation()) {
			if (line.service().equals(s.service())) {
				return new ServiceLine(line.service(), line.status(), line.worstObjective(), line.budgetRemainingPercent(),
						line.openIncidents(), line.incidentsInWindow(), "at_max_and_hot", s.message(), line.owner());
			}
		}
		return line;
	}

}
