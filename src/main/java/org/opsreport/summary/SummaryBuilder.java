package org.opsreport.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.opsreport.report.Json;
import org.opsreport.summary.Summary.Headline;
import org.opsreport.summary.Summary.Recommendation;
import org.opsreport.summary.Summary.ServiceLine;
import org.opsreport.summary.Summary.SloCounts;

import tools.jackson.databind.JsonNode;

/**
 * Builds the executive summary from the other sections of a report date (as stored: JSON). Pure: no
 * store, no clock. Tolerates missing sections and fields: the summary then says less.
 * <p>
 * Headline status: {@code red} when an SLO is red or a SEV1 is open; {@code amber} when an SLO is
 * amber or unknown, or any incident is open; {@code green} when there are SLOs and neither holds;
 * {@code unknown} without SLOs and incidents. Recommendations are ranked by {@link Impact}.
 */
public final class SummaryBuilder {

	/** Recommendations shown in the summary. */
	public static final int TOP = 3;

	private static final List<String> STATUS_ORDER = List.of("red", "amber", "unknown", "green", "none");

	private SummaryBuilder() {
	}

	public static Summary build(Map<String, JsonNode> sections) {
		JsonNode slos = sections.get("slos");
		JsonNode incidents = sections.get("incidents");
		JsonNode scaling = sections.get("scaling");
		List<JsonNode> objectives = Json.array(slos);
		List<JsonNode> knownOpen = openIncidents(incidents);
		List<JsonNode> open = knownOpen == null ? List.of() : knownOpen;
		List<JsonNode> plan = Json.array(scaling == null ? null : scaling.get("capacityPlan"));

		Set<String> services = new TreeSet<>();
		objectives.forEach(o -> addText(services, Json.text(o, "service")));
		open.forEach(i -> Json.array(i.get("services")).forEach(s -> addText(services, Json.text(s))));
		JsonNode byService = incidents == null ? null : incidents.get("byService");
		if (byService != null && byService.isObject()) {
			services.addAll(byService.propertyNames());
		}
		plan.forEach(p -> addText(services, Json.text(p, "service")));

		List<ServiceLine> lines = new ArrayList<>();
		for (String service : services) {
			lines.add(FindingsInput.saturated(line(service, objectives, knownOpen, byService, plan), sections.get("findings")));
		}
		lines.sort(Comparator.comparingInt((ServiceLine l) -> rank(l.status())).thenComparing(ServiceLine::service));

		int red = 0, amber = 0, green = 0, unknown = 0;
		for (JsonNode o : objectives) {
			switch (status(o)) {
				case "red" -> red++;
				case "amber" -> amber++;
				case "green" -> green++;
				default -> unknown++;
			}
		}
		SloCounts counts = new SloCounts(red, amber, green, unknown);

		List<Candidate> candidates = candidates(sections, objectives, plan);
		List<Recommendation> top = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Candidate c : candidates) {
			if (top.size() < TOP && seen.add(c.message())) {
				top.add(new Recommendation(top.size() + 1, c.impact().label(), c.service(), c.message(),
						FindingsInput.owner(sections.get("findings"), c.service())));
			}
		}
		Headline headline = FreshnessHeadline.apply(
				headline(counts, knownOpen, sections.containsKey("slos") || sections.containsKey("incidents")),
				sections.get("freshness"));
		return new Summary(headline, counts,
				knownOpen == null ? null : knownOpen.size(), windowDays(incidents), lines, top, candidates.size());
	}

	private static void addText(Set<String> set, String value) {
		if (value != null && !value.isBlank()) {
			set.add(value);
		}
	}

	private static int rank(String status) {
		int i = STATUS_ORDER.indexOf(status);
		return i < 0 ? STATUS_ORDER.indexOf("unknown") : i;
	}

	private static String status(JsonNode objective) {
		String status = Json.text(objective, "status");
		status = status == null ? "unknown" : status.toLowerCase(Locale.ROOT);
		return STATUS_ORDER.contains(status) && !status.equals("none") ? status : "unknown";
	}

	static Headline headline(SloCounts counts, List<JsonNode> knownOpen, boolean anyData) {
		List<JsonNode> open = knownOpen == null ? List.of() : knownOpen;
		boolean sev1Open = open.stream().anyMatch(i -> "SEV1".equalsIgnoreCase(Json.text(i, "severity")));
		String status;
		if (counts.red() > 0 || sev1Open) {
			status = "red";
		}
		else if (counts.amber() > 0 || counts.unknown() > 0 || !open.isEmpty()) {
			status = "amber";
		}
		else if (counts.total() > 0 || anyData) {
			status = "green";
		}
		else {
			status = "unknown";
		}
		List<String> parts = new ArrayList<>();
		if (counts.total() == 0) {
			parts.add("no SLO results");
		}
		else if (counts.green() == counts.total()) {
			parts.add("all " + counts.total() + " SLOs green");
		}
		else {
			List<String> bad = new ArrayList<>();
			if (counts.red() > 0) {
				bad.add(counts.red() + " red");
			}
			if (counts.amber() > 0) {
				bad.add(counts.amber() + " amber");
			}
			if (counts.unknown() > 0) {
				bad.add(counts.unknown() + " without data");
			}
			parts.add(counts.total() + " SLOs: " + String.join(", ", bad));
		}
		if (knownOpen == null) {
			parts.add("no incident results");
		}
		else if (open.isEmpty()) {
			parts.add("no open incident");
		}
		else {
			Set<String> severities = new TreeSet<>();
			open.forEach(i -> addText(severities, Json.text(i, "severity")));
			parts.add(open.size() + " open incident" + (open.size() == 1 ? "" : "s")
					+ (severities.isEmpty() ? "" : " (" + String.join(", ", severities) + ")"));
		}
		if (counts.total() == 0 && !anyData) {
			status = "unknown";
		}
		return new Headline(status, String.join("; ", parts));
	}

	/**
	 * Open incidents: the incidents section's {@code open}; {@code null} without it. (Not the overview's
	 * {@code today}: it is stored after this step, so it would be missing on a first run and stale on a
	 * re-run.)
	 */
	private static List<JsonNode> openIncidents(JsonNode incidents) {
		return incidents != null && incidents.has("open") ? Json.array(incidents.get("open")) : null;
	}

	private static Integer windowDays(JsonNode incidents) {
		JsonNode window = incidents == null ? null : incidents.get("window");
		Instant from = Json.instant(window, "from");
		Instant to = Json.instant(window, "to");
		if (from == null || to == null) {
			return null;
		}
		return (int) ChronoUnit.DAYS.between(from, to) + 1;
	}

	private static ServiceLine line(String service, List<JsonNode> objectives, List<JsonNode> knownOpen, JsonNode byService,
			List<JsonNode> plan) {
		List<JsonNode> open = knownOpen == null ? List.of() : knownOpen;
		String status = "none";
		String worst = null;
		Double budget = null;
		for (JsonNode o : objectives) {
			if (!service.equals(Json.text(o, "service"))) {
				continue;
			}
			String s = status(o);
			if (status.equals("none") || rank(s) < rank(status)) {
				status = s;
			}
			Double remaining = Json.number(o, "budgetRemainingPercent");
			if (worst == null || (remaining != null && (budget == null || remaining < budget))) {
				worst = Json.text(o, "name");
				budget = remaining;
			}
		}
		Integer openCount = knownOpen == null ? null : 0;
		for (JsonNode i : open) {
			if (Json.array(i.get("services")).stream().anyMatch(s -> service.equals(Json.text(s)))) {
				openCount++;
			}
		}
		Integer inWindow = null;
		if (byService != null && byService.isObject()) {
			Double count = Json.number(byService.get(service), "count");
			inWindow = count == null ? 0 : count.intValue();
		}
		Capacity capacity = capacity(service, plan);
		return new ServiceLine(service, status, worst, budget, openCount, inWindow, capacity == null ? null : capacity.action(),
				capacity == null ? null : capacity.detail());
	}

	record Capacity(String action, String detail, int extraInstances, String hour) {
	}

	/**
	 * Tomorrow's action for a service from its hourly capacity plan: {@code scale_up} when any hour
	 * needs more instances than the same hour today (detail: the hour with the largest shortfall),
	 * else {@code scale_down} when some hours need fewer (detail: how many hours, the peak need),
	 * else {@code keep}.
	 */
	static Capacity capacity(String service, List<JsonNode> plan) {
		int peakNeeded = -1;
		int maxToday = 0;
		int maxExtra = Integer.MIN_VALUE;
		String extraDetail = null;
		String upHour = null;
		int downHours = 0;
		boolean up = false;
		boolean any = false;
		for (JsonNode entry : plan) {
			if (!service.equals(Json.text(entry, "service"))) {
				continue;
			}
			Double needed = Json.number(entry, "instancesNeeded");
			Double today = Json.number(entry, "instancesToday");
			if (needed == null) {
				continue;
			}
			any = true;
			String action = Json.text(entry, "action");
			Instant hour = Json.instant(entry, "hour");
			String hourText = hour == null ? null : String.format(Locale.ROOT, "%02d:00 UTC", hour.atOffset(ZoneOffset.UTC).getHour());
			peakNeeded = Math.max(peakNeeded, needed.intValue());
			if (today != null) {
				maxToday = Math.max(maxToday, today.intValue());
			}
			if ("scale_down".equals(action)) {
				downHours++;
			}
			if ("scale_up".equals(action)) {
				up = true;
				int extra = needed.intValue() - (today == null ? 0 : today.intValue());
				if (extra > maxExtra) {
					maxExtra = extra;
					upHour = hourText;
					extraDetail = "up to " + needed.intValue() + " instances" + (hourText == null ? "" : " at " + hourText)
							+ (today == null ? "" : " (" + today.intValue() + " in that hour today)");
				}
			}
		}
		if (!any) {
			return null;
		}
		if (up) {
			return new Capacity("scale_up", extraDetail, Math.max(0, maxExtra), upHour);
		}
		if (downHours > 0) {
			return new Capacity("scale_down", downHours + (downHours == 1 ? " hour needs" : " hours need")
					+ " fewer instances; peak need " + peakNeeded + " (today's peak " + maxToday + ")", 0, null);
		}
		return new Capacity("keep", "peak need " + peakNeeded + " (today's peak " + maxToday + ")", 0, null);
	}

	record Candidate(Impact impact, double magnitude, String service, String message) {
	}

	/** Every recommendation of the day, most important first (see {@link Impact}). */
	static List<Candidate> candidates(Map<String, JsonNode> sections, List<JsonNode> objectives, List<JsonNode> plan) {
		List<Candidate> all = new ArrayList<>();
		Set<String> postmortemIncidents = new LinkedHashSet<>();
		for (JsonNode o : objectives) {
			if (FreshnessHeadline.stale(o)) {
				continue; // not judged: its figures are as of its last data
			}
			String name = Json.text(o, "name");
			String service = Json.text(o, "service");
			JsonNode burn = o.get("burnRates");
			Double burn1h = Json.number(burn, "1h");
			Double burn1d = Json.number(burn, "1d");
			String page = firing(o, "page");
			if (page != null) {
				all.add(new Candidate(Impact.PAGE_BURN, burn1h == null ? 0 : burn1h, service, name + " is burning its error budget"
						+ (burn1h == null ? "" : " at " + fmt(burn1h) + "x") + " (page alert " + page + " firing): act now."));
			}
			Double remaining = Json.number(o, "budgetRemainingPercent");
			boolean freeze = Json.array(o.get("findings")).stream().anyMatch(f -> "release_freeze_recommended".equals(Json.text(f, "code")));
			if ((remaining != null && remaining <= 0) || freeze) {
				String finding = findingMessage(o, "release_freeze_recommended");
				all.add(new Candidate(Impact.BUDGET_EXHAUSTED, remaining == null ? 0 : -remaining, service,
						finding != null ? finding
								: name + " has spent its error budget (" + fmt(remaining) + "% remaining): freeze releases except reliability fixes."));
			}
			else {
				String ticket = firing(o, "ticket");
				if (ticket != null && page == null) {
					all.add(new Candidate(Impact.TICKET_BURN, burn1d == null ? 0 : burn1d, service, name + " burns its error budget"
							+ (burn1d == null ? "" : " at " + fmt(burn1d) + "x over a day") + " (ticket alert " + ticket + " firing)"
							+ (remaining == null ? "" : ", " + fmt(remaining) + "% left") + "."));
				}
			}
			for (JsonNode f : Json.array(o.get("findings"))) {
				String code = Json.text(f, "code");
				String incident = Json.text(f, "incidentId");
				// postmortem_mandatory with a postmortem on file is information, not a recommendation
				if ("postmortem_missing".equals(code) && incident != null
						&& postmortemIncidents.add(incident)) {
					all.add(new Candidate(Impact.POSTMORTEM_MISSING, 1, service, Json.text(f, "message")));
				}
			}
		}
		JsonNode incidents = sections.get("incidents");
		for (JsonNode missing : Json.array(incidents == null ? null : incidents.get("missingPostmortems"))) {
			String id = Json.text(missing, "id");
			String severity = Json.text(missing, "severity");
			double magnitude = "SEV1".equalsIgnoreCase(severity) ? 2 : 1;
			Instant resolved = Json.instant(missing, "resolvedAt");
			String message = "Write the postmortem of " + (severity == null ? "" : severity + " ") + id
					+ (Json.text(missing, "title") == null ? "" : " (" + Json.text(missing, "title") + ")")
					+ (resolved == null ? "" : ", resolved " + LocalDate.ofInstant(resolved, ZoneOffset.UTC)) + ".";
			if (id != null && !postmortemIncidents.add(id)) {
				// an SLO finding named it already: keep one entry, with the incident's severity
				all.removeIf(c -> c.impact() == Impact.POSTMORTEM_MISSING && c.message() != null && c.message().contains(id));
			}
			all.add(new Candidate(Impact.POSTMORTEM_MISSING, magnitude, null, message));
		}
		FindingsInput.candidates(sections.get("findings"), all);
		JsonNode performance = sections.get("performance");
		for (JsonNode service : Json.array(performance == null ? null : performance.get("services"))) {
			String name = Json.text(service, "service");
			List<JsonNode> advice = Json.array(service.get("recommendations"));
			for (JsonNode b : Json.array(service.get("bottlenecks"))) {
				boolean high = "high".equalsIgnoreCase(Json.text(b, "severity"));
				Double minutes = Json.number(b, "longestStretchMinutes");
				String description = Json.text(b, "description");
				String message = name + ": " + (description == null ? Json.text(b, "type") : description)
						+ (minutes == null ? "" : " for up to " + fmt(minutes) + " min in a row")
						+ (advice.isEmpty() ? "." : "; " + Json.text(advice.get(0)) + ".");
				all.add(new Candidate(high ? Impact.BOTTLENECK_HIGH : Impact.BOTTLENECK_MEDIUM, minutes == null ? 0 : minutes, name,
						message.replace("..", ".")));
			}
		}
		Set<String> planned = new TreeSet<>();
		plan.forEach(p -> addText(planned, Json.text(p, "service")));
		for (String service : planned) {
			Capacity capacity = capacity(service, plan);
			if (capacity != null && "scale_up".equals(capacity.action())) {
				all.add(new Candidate(Impact.CAPACITY_SCALE_UP, capacity.extraInstances(), service,
						service + " needs " + capacity.detail() + " tomorrow: make sure it can scale up in time."));
			}
		}
		JsonNode scaling = sections.get("scaling");
		for (JsonNode comparison : Json.array(scaling == null ? null : scaling.get("comparison"))) {
			Candidate savings = savings(comparison);
			if (savings != null) {
				all.add(savings);
			}
		}
		for (JsonNode advice : Json.array(scaling == null ? null : scaling.get("recommendations"))) {
			addAdvice(all, Impact.SCALING_ADVICE, Json.text(advice));
		}
		JsonNode dashboard = sections.get("dashboard");
		for (JsonNode advice : Json.array(dashboard == null ? null : dashboard.get("recommendations"))) {
			addAdvice(all, Impact.DASHBOARD_ADVICE, Json.text(advice));
		}
		all.sort(Comparator.comparing(Candidate::impact)
			.thenComparing(Comparator.comparingDouble(Candidate::magnitude).reversed())
			.thenComparing(c -> c.service() == null ? "" : c.service())
			.thenComparing(c -> c.message() == null ? "" : c.message()));
		all.removeIf(c -> c.message() == null || c.message().isBlank());
		return all;
	}

	private static void addAdvice(List<Candidate> all, Impact impact, String text) {
		if (text != null && !text.isBlank()) {
			all.add(new Candidate(impact, 0, null, text));
		}
	}

	/** The recommended variant's saving against what actually ran, when it is a different, cheaper one. */
	private static Candidate savings(JsonNode comparison) {
		String service = Json.text(comparison, "service");
		String recommended = Json.text(comparison, "recommendedVariant");
		if (recommended == null || recommended.equals("actual")) {
			return null;
		}
		Double actualCost = null;
		Double recommendedCost = null;
		for (JsonNode v : Json.array(comparison.get("variants"))) {
			if ("actual".equals(Json.text(v, "variant"))) {
				actualCost = Json.number(v, "cost");
			}
			if (recommended.equals(Json.text(v, "variant"))) {
				recommendedCost = Json.number(v, "cost");
			}
		}
		if (actualCost == null || recommendedCost == null || recommendedCost >= actualCost) {
			return null;
		}
		double saving = actualCost - recommendedCost;
		return new Candidate(Impact.SCALING_SAVINGS, saving, service, service + ": the " + recommended.replace('_', ' ')
				+ " policy would have cost " + money(saving) + " less on the report date (" + money(recommendedCost) + " instead of "
				+ money(actualCost) + ") without more under-provisioned minutes.");
	}

	/** The name of a firing alert of the given severity, else {@code null}. */
	private static String firing(JsonNode objective, String severity) {
		for (JsonNode alert : Json.array(objective.get("alerts"))) {
			if (Json.bool(alert, "firing") && severity.equalsIgnoreCase(Json.text(alert, "severity"))) {
				return Json.text(alert, "name");
			}
		}
		return null;
	}

	private static String findingMessage(JsonNode objective, String code) {
		for (JsonNode f : Json.array(objective.get("findings"))) {
			if (code.equals(Json.text(f, "code"))) {
				return Json.text(f, "message");
			}
		}
		return null;
	}

	private static String money(double value) {
		return new java.math.BigDecimal(value).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
	}

	private static String fmt(Double value) {
		if (value == null) {
			return "?";
		}
		return new java.math.BigDecimal(value).setScale(value == Math.rint(value) ? 0 : 1, java.math.RoundingMode.HALF_UP).toPlainString();
	}

}
