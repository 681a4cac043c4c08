package org.opsreport.store;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Brings a stored section body written by an older opsreport up to {@link ReportSections#SCHEMA_VERSION},
 * so an older day still renders with today's records. One method per version step; each edits the JSON
 * tree in place and says what changed.
 */
final class SectionUpgrades {

	private SectionUpgrades() {
	}

	private static void putIfAbsent(ObjectNode node, String field, Object value) {
		if (!node.has(field) || node.get(field).isNull()) {
			if (value instanceof Boolean b) {
				node.put(field, b);
			}
			else if (value instanceof Integer i) {
				node.put(field, i);
			}
			else {
				node.put(field, String.valueOf(value));
			}
		}
	}

	static JsonNode upgrade(String section, int version, JsonNode body) {
		if (version > ReportSections.SCHEMA_VERSION) {
			throw new IllegalStateException("section " + section + " was stored by a newer opsreport (schema version "
					+ version + ", this one reads up to " + ReportSections.SCHEMA_VERSION + ")");
		}
		if (version < 2) {
			toVersion2(section, body);
		}
		return body;
	}

	/**
	 * 1 to 2, the report-trust release: fields that did not exist get the value that says "not known then":
	 * burndown points are {@code recomputed} without late data; the scaling replay has no flapping runs list, and
	 * its per-service and per-policy figures that were added (runs, recorded changes, reversals,
	 * under-provisioned minutes, score, rank) stay absent, read as {@code null}: "not recorded", never 0.
	 * <p>
	 * And the one status vocabulary. The summary's service without SLO was {@code "none"}, now
	 * {@code "unknown"}; the dashboard's per-service seed label ({@code healthy}, {@code degraded},
	 * {@code partial_outage}, {@code major_outage}) is gone: the dashboard shows the service's status from
	 * the summary; so is the incident section's {@code serviceStatus} (the same seed labels).
	 */
	private static void toVersion2(String section, JsonNode body) {
		if ("slos".equals(section)) {
			for (JsonNode objective : body.values()) {
				for (JsonNode point : objective.path("burndown").values()) {
					if (point instanceof ObjectNode p) {
						putIfAbsent(p, "source", "recomputed");
						putIfAbsent(p, "lateData", false);
					}
				}
			}
		}
		if ("scaling".equals(section) && body instanceof ObjectNode scaling) {
			if (!scaling.has("flappingRuns")) {
				scaling.putArray("flappingRuns");
			}
		}
		if ("summary".equals(section) && body.get("services") != null) {
			for (JsonNode line : body.get("services").values()) {
				if (line instanceof ObjectNode object && "none".equals(object.path("status").asString(""))) {
					object.put("status", "unknown");
				}
			}
		}
		if ("incidents".equals(section) && body instanceof ObjectNode incidents) {
			incidents.remove("serviceStatus");
		}
		if ("dashboard".equals(section) && body.get("services") != null) {
			for (JsonNode row : body.get("services").values()) {
				if (row instanceof ObjectNode object) {
					object.remove("status");
				}
			}
		}
	}

}
