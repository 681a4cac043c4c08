package org.opsreport.summary;

import java.util.List;

import org.opsreport.report.Json;
import org.opsreport.summary.Summary.ServiceLine;

import tools.jackson.databind.JsonNode;

/**
 * What the summary takes from report section {@code findings} ({@code findings.FindingsBuilder}): re-classification
 * and saturation recommendations, the saturated services' capacity line, and the owning team of a recommendation's
 * service. Without the section (days stored before it existed) nothing changes.
 */
final class FindingsInput {

	private FindingsInput() {
	}

	static void candidates(JsonNode findings, List<SummaryBuilder.Candidate> all) {
		if (findings == null) {
			return;
		}
		for (JsonNode r : Json.array(findings.get("reclassifications"))) {
			List<JsonNode> services = Json.array(r.get("services"));
			Double spent = Json.number(r, "budgetSpentPercent");
			all.add(new SummaryBuilder.Candidate(Impact.RECLASSIFY, spent == null ? 0 : spent,
					services.isEmpty() ? null : Json.text(services.get(0)), Json.text(r, "message")));
		}
		for (JsonNode s : Json.array(findings.get("saturation"))) {
			Double minutes = Json.number(s, "minutesAtMax");
			all.add(new SummaryBuilder.Candidate(Impact.SATURATED, minutes == null ? 0 : minutes, Json.text(s, "service"),
					Json.text(s, "message")));
		}
	}

	/** The line of a saturated service says so instead of its capacity plan's action. */
	static ServiceLine saturated(ServiceLine line, JsonNode findings) {
		for (JsonNode s : Json.array(findings == null ? null : findings.get("saturation"))) {
			if (line.service().equals(Json.text(s, "service"))) {
				return new ServiceLine(line.service(), line.status(), line.worstObjective(), line.budgetRemainingPercent(),
						line.openIncidents(), line.incidentsInWindow(), "at_max_and_hot", Json.text(s, "message"));
			}
		}
		return line;
	}

	static String owner(JsonNode findings, String service) {
		if (service == null || findings == null) {
			return null;
		}
		for (JsonNode o : Json.array(findings.get("owners"))) {
			if (service.equals(Json.text(o, "service"))) {
				String team = Json.text(o, "team");
				return team == null || team.isBlank() ? null : team;
			}
		}
		return null;
	}

}
