package org.opsreport.delivery;

import java.util.List;
import java.util.Locale;

import org.opsreport.report.DeliveryFixture;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A report of a large organisation, built from {@link DeliveryFixture} by adding {@value #SERVICES}
 * services shaped like its entries: per service 3 SLOs, 8 forecast series, 8 coverage series, a
 * scaling summary and 24 capacity-plan hours; plus 25 incidents of the day, 12 open incidents and
 * 600 replayed scaling events. Its report.html is several times Gmail's 102 KB clipping limit (the
 * sample data's is about 400 KB with 8 services). The added entries carry no chart data, so only the
 * fixture's five charts are drawn and the test stays fast.
 */
final class LargeReportFixture {

	static final int SERVICES = 40;

	static final List<String> METRICS = List.of("request_rate", "requests_total", "requests_failed", "cpu_utilization",
			"memory_utilization", "avg_response_time_ms", "queue_depth", "instance_count");

	private LargeReportFixture() {
	}

	static String service(int i) {
		return String.format(Locale.ROOT, "svc-%02d", i);
	}

	/** The fixture's sections with the added services (no summary: the test builds it). */
	static ObjectNode document() {
		ObjectNode document = (ObjectNode) DeliveryFixture.document();
		addSlos((ArrayNode) document.get("slos"));
		addForecasts((ArrayNode) document.get("forecasts"));
		addToday((ArrayNode) document.get("today").get("incidents"));
		addOpenIncidents((ArrayNode) document.get("incidents").get("open"));
		addScaling((ObjectNode) document.get("scaling"));
		document.set("coverage", coverage(document));
		return document;
	}

	private static void addSlos(ArrayNode slos) {
		JsonNode template = slos.get(0);
		String[] statuses = { "green", "green", "amber", "green", "red", "green", "unknown" };
		for (int i = 0; i < SERVICES; i++) {
			for (int k = 0; k < 3; k++) {
				ObjectNode slo = (ObjectNode) template.deepCopy();
				String status = statuses[(i * 3 + k) % statuses.length];
				slo.put("name", service(i) + "-objective-" + k);
				slo.put("service", service(i));
				slo.put("status", status);
				slo.put("budgetRemainingPercent", status.equals("red") ? -5.0 - i : 20.0 + (i * 3 + k) % 80);
				slo.putArray("burndown");
				slos.add(slo);
			}
		}
	}

	private static void addForecasts(ArrayNode forecasts) {
		JsonNode template = forecasts.get(1);
		for (int i = 0; i < SERVICES; i++) {
			for (int m = 0; m < METRICS.size(); m++) {
				ObjectNode series = (ObjectNode) template.deepCopy();
				series.put("service", service(i));
				series.put("metric", METRICS.get(m));
				// skills from -0.5 up: the digest lists the lowest
				series.put("skill", -0.5 + ((i * METRICS.size() + m) % 97) / 50.0);
				series.remove("chart");
				forecasts.add(series);
			}
		}
	}

	private static void addToday(ArrayNode incidents) {
		JsonNode template = incidents.get(0);
		for (int i = 0; i < 25; i++) {
			ObjectNode incident = (ObjectNode) template.deepCopy();
			incident.put("id", "INC-" + (5000 + i));
			incident.put("title", "Elevated errors on " + service(i));
			incident.putArray("services").add(service(i));
			incident.put("status", i % 3 == 0 ? "open" : "resolved");
			incidents.add(incident);
		}
	}

	private static void addOpenIncidents(ArrayNode open) {
		JsonNode template = open.get(0);
		for (int i = 0; i < 12; i++) {
			ObjectNode incident = (ObjectNode) template.deepCopy();
			incident.put("id", "INC-" + (6000 + i));
			incident.put("title", "Degraded " + service(i));
			incident.putArray("services").add(service(i));
			open.add(incident);
		}
	}

	private static void addScaling(ObjectNode scaling) {
		ArrayNode services = (ArrayNode) scaling.get("services");
		ArrayNode events = (ArrayNode) scaling.get("events");
		ArrayNode plan = (ArrayNode) scaling.get("capacityPlan");
		ArrayNode planned = (ArrayNode) scaling.get("forecasts").get("capacityPlan");
		JsonNode hour = plan.get(0);
		for (int i = 0; i < SERVICES; i++) {
			ObjectNode service = services.addObject();
			service.put("service", service(i));
			service.put("currentInstances", 2 + i % 5);
			service.put("scalingEvents", 15 + i);
			service.put("lastScaledAt", "2026-11-24T20:50:00Z");
			service.put("flappingEpisodes", i % 4 == 0 ? 3 : 0);
			planned.add(service(i));
			for (int h = 0; h < 24; h++) {
				ObjectNode entry = (ObjectNode) hour.deepCopy();
				entry.put("service", service(i));
				entry.put("hour", String.format(Locale.ROOT, "2026-11-25T%02d:00:00Z", h));
				entry.put("instancesNeeded", 2 + (i + h) % 4);
				entry.put("action", (i + h) % 5 == 0 ? "scale_up" : "keep");
				plan.add(entry);
			}
		}
		for (int e = 0; e < 600; e++) {
			ObjectNode event = events.addObject();
			event.put("timestamp", String.format(Locale.ROOT, "2026-11-24T%02d:%02d:00Z", (e / 12) % 24, (e * 5) % 60));
			event.put("serviceId", service(e % SERVICES));
			event.put("action", e % 2 == 0 ? "scale_out" : "scale_in");
			event.put("type", "reactive");
			event.put("policyId", "cpu-" + service(e % SERVICES));
			event.put("previousInstances", 2);
			event.put("newInstances", e % 2 == 0 ? 3 : 1);
			event.put("triggerMetric", "cpu_utilization");
			event.put("triggerValue", 81.5);
			event.put("threshold", 80.0);
		}
	}

	private static ObjectNode coverage(ObjectNode document) {
		ObjectNode coverage = document.objectNode();
		coverage.put("windowStart", "2026-10-28T00:00:00Z");
		coverage.put("windowEnd", "2026-11-25T00:00:00Z");
		ArrayNode series = coverage.putArray("series");
		for (int i = 0; i < SERVICES; i++) {
			for (int m = 0; m < METRICS.size(); m++) {
				boolean gaps = (i * METRICS.size() + m) % 9 == 0;
				ObjectNode s = series.addObject();
				s.put("service", service(i));
				s.put("metric", METRICS.get(m));
				s.put("samples", gaps ? 8052 : 8064);
				s.put("firstTimestamp", "2026-10-28T00:00:00Z");
				s.put("lastTimestamp", "2026-11-24T23:55:00Z");
				s.put("intervalSeconds", 300);
				s.putArray("gaps");
				s.put("gapCount", gaps ? 1 : 0);
				s.put("missingMinutes", gaps ? 60 : 0);
				s.put("stalenessMinutes", 5);
				s.put("status", gaps ? "gaps" : "ok");
			}
		}
		return coverage;
	}

}
