package org.opsreport.summary;

import org.opsreport.report.Json;
import org.opsreport.summary.Summary.Headline;

import tools.jackson.databind.JsonNode;

/**
 * What the freshness gate does to the headline (report section {@code freshness}, see
 * {@code freshness.FreshnessGate}):
 * <ul>
 * <li>{@code STALE} (no series has fresh data): the day is not judged: status {@code unknown} whatever the SLOs
 * and incidents say, and the text starts with "STALE data: no metrics since ... for N of N series";</li>
 * <li>{@code PARTIAL}: the status stays (the stale SLOs are already {@code unknown}), and the text names the
 * services with stale series and since when;</li>
 * <li>{@code FRESH} or no freshness section (reports stored before the gate existed): unchanged.</li>
 * </ul>
 */
final class FreshnessHeadline {

	private FreshnessHeadline() {
	}

	static Headline apply(Headline headline, JsonNode freshness) {
		String state = Json.text(freshness, "state");
		String message = Json.text(freshness, "message");
		if (state == null || message == null) {
			return headline;
		}
		return switch (state) {
			case "STALE" -> new Headline("unknown", "STALE data: " + message + "; the day is not judged");
			case "PARTIAL" -> new Headline(headline.status(), headline.text() + "; " + message);
			default -> headline;
		};
	}

	/** True when an objective was not judged for stale data (its finding {@code stale_data}). */
	static boolean stale(JsonNode objective) {
		return Json.array(objective.get("findings")).stream().anyMatch((f) -> "stale_data".equals(Json.text(f, "code")));
	}

}
