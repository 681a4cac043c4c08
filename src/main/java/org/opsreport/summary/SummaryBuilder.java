package org.opsreport.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.opsreport.findings.Findings;
import org.opsreport.freshness.Freshness;
import org.opsreport.health.Health;
import org.opsreport.health.HealthRules;
import org.opsreport.incident.IncidentReport;
import org.opsreport.incident.IncidentReport.MissingPostmortem;
import org.opsreport.incident.IncidentReport.OpenIncident;
import org.opsreport.incident.Severity;
import org.opsreport.dashboard.SreDashboard;
import org.opsreport.scaling.Bottleneck;
import org.opsreport.scaling.CapacityPlanEntry;
import org.opsreport.scaling.PerformanceReport;
import org.opsreport.scaling.ScalingReport;
import org.opsreport.scaling.ServiceComparison;
import org.opsreport.scaling.ServicePerformance;
import org.opsreport.scaling.VariantOutcome;
import org.opsreport.slo.AlertResult;
import org.opsreport.slo.Finding;
import org.opsreport.slo.ObjectiveResult;
import org.opsreport.summary.Summary.Headline;
import org.opsreport.summary.Summary.Recommendation;
import org.opsreport.summary.Summary.ServiceLine;
import org.opsreport.summary.Summary.SloCounts;
import org.opsreport.units.Durations;

/**
 * Builds the executive summary from the typed sections of a report date. Pure: no store, no clock. A
 * section that was not produced is passed as {@code null}: the summary then says less.
 * <p>
 * Statuses come from {@link HealthRules}: per objective as the SLO analysis stored it, per service and
 * for the headline from the objectives and the open incidents. Recommendations are ranked by
 * {@link Impact}; two candidates about the same thing (the same incident's postmortem, the same text)
 * share a key and only the stronger is kept.
 */
public final class SummaryBuilder {

	/** Recommendations shown in the summary. */
	public static final int TOP = 3;

	/** Services the headline names. */
	public static final int HEADLINE_SERVICES = 3;

	private SummaryBuilder() {
	}

	/**
	 * The summary of one day.
	 *
	 * @param slos the SLO section, {@code null} without it
	 * @param incidents the incident section, {@code null} without it
	 * @param scaling the scaling section, {@code null} without it
	 * @param performance the performance section, {@code null} without it
	 * @param dashboard the dashboard section, {@code null} without it
	 */
	public static Summary build(List<ObjectiveResult> slos, IncidentReport incidents, ScalingReport scaling,
			PerformanceReport performance, SreDashboard dashboard) {
		return build(slos, incidents, scaling, performance, dashboard, service -> null);
	}

	/**
	 * The summary of one day, naming each service's owning team.
	 *
	 * @param owners service to its owning team (services.yaml {@code team}); {@code null} or blank when unknown
	 */
	public static Summary build(List<ObjectiveResult> slos, IncidentReport incidents, ScalingReport scaling,
			PerformanceReport performance, SreDashboard dashboard, Function<String, String> owners) {
		return build(slos, incidents, scaling, performance, dashboard, null, null, owners);
	}

	/**
	 * The summary of one day with the findings (re-classification, saturation) and the freshness gate.
	 *
	 * @param findings the findings section, {@code null} without it
	 * @param freshness the freshness section, {@code null} without it (then the data counts as fresh)
	 * @param owners service to its owning team (services.yaml {@code team}); {@code null} or blank when unknown
	 */
	public static Summary build(List<ObjectiveResult> slos, IncidentReport incidents, ScalingReport scaling,
			PerformanceReport performance, SreDashboard dashboard, Findings findings, Freshness freshness,
			Function<String, String> teams) {
		return build(incidents == null || incidents.window() == null ? null : incidents.window().to(), slos, incidents,
				scaling, performance, dashboard, findings, freshness, teams);
	}

	/**
	 * The summary of report date {@code date}: recommendations due before the end of that day are overdue.
	 *
	 * @param date the report date, {@code null} when unknown (then nothing is called overdue)
	 */
	public static Summary build(LocalDate date, List<ObjectiveResult> slos, IncidentReport incidents,
			ScalingReport scaling, PerformanceReport performance, SreDashboard dashboard, Findings findings,
			Freshness freshness, Function<String, String> teams) {
		Instant asOf = date == null ? null : date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		// the catalog's team, else the one the findings section recorded
		Function<String, String> owners = service -> {
			String team = teams.apply(service);
			return (team == null || team.isBlank()) && findings != null ? findings.ownerOf(service) : team;
		};
		List<ObjectiveResult> objectives = slos == null ? List.of() : slos;
		List<OpenIncident> knownOpen = incidents == null || incidents.open() == null ? null : incidents.open();
		List<OpenIncident> open = knownOpen == null ? List.of() : knownOpen;
		List<CapacityPlanEntry> plan = scaling == null ? List.of() : scaling.capacityPlan();

		Set<String> services = new TreeSet<>();
		objectives.forEach(o -> addText(services, o.service()));
		open.forEach(i -> i.services().forEach(s -> addText(services, s)));
		if (incidents != null && incidents.byService() != null) {
			services.addAll(incidents.byService().keySet());
		}
		plan.forEach(p -> addText(services, p.service()));

		List<ServiceLine> lines = new ArrayList<>();
		for (String service : services) {
			lines.add(FreshnessHeadline.apply(FindingsInput.capacity(
					line(service, objectives, knownOpen, incidents, plan, owner(owners, service)), findings), freshness));
		}
		lines.sort(Comparator.comparing(ServiceLine::status, Health.WORST_FIRST).thenComparing(ServiceLine::service));

		int red = 0, amber = 0, green = 0, unknown = 0;
		for (ObjectiveResult o : objectives) {
			switch (o.status()) {
				case RED -> red++;
				case AMBER -> amber++;
				case GREEN -> green++;
				case UNKNOWN -> unknown++;
			}
		}
		SloCounts counts = new SloCounts(red, amber, green, unknown);

		List<Candidate> candidates = candidates(objectives, incidents, scaling, performance, dashboard, findings);
		List<Recommendation> top = new ArrayList<>();
		for (Candidate c : candidates) {
			if (top.size() == TOP) {
				break;
			}
			String team = c.service() == null ? null : owner(owners, c.service());
			String ownerNote = team != null ? null
					: "owner unknown (" + (c.service() != null ? "no team for service " + c.service() + " in services.yaml"
							: c.unowned() != null ? c.unowned() : "concerns several services") + ")";
			DueDates.Due due = c.due();
			top.add(new Recommendation(top.size() + 1, c.impact().label(), c.service(), c.message(), team, ownerNote,
					due == null ? null : due.at(), due == null ? null : asOf != null && !due.at().isAfter(asOf),
					due == null ? null : due.reason()));
		}
		Health status = HealthRules.report(objectives.stream().map(ObjectiveResult::status).toList(),
				knownOpen == null ? null : knownOpen.size(), open.stream().anyMatch(i -> i.severity() == Severity.SEV1));
		List<String> worst = (status == Health.RED || status == Health.AMBER) ? lines.stream()
			.filter(l -> l.status() == status)
			.map(ServiceLine::service)
			.limit(HEADLINE_SERVICES)
			.toList() : List.of();
		String owner = worst.stream()
			.map(s -> owner(owners, s))
			.filter(o -> o != null)
			.distinct()
			.reduce((a, b) -> a + ", " + b)
			.orElse(null);
		String text = (worst.isEmpty() ? "" : String.join(", ", worst) + " " + status.label() + "; ")
				+ headlineText(counts, knownOpen);
		Headline headline = FreshnessHeadline.apply(
				new Headline(status, text, worst, owner, top.isEmpty() ? null : top.get(0).message()), freshness);
		return new Summary(headline, counts,
				knownOpen == null ? null : knownOpen.size(), windowDays(incidents), lines, top, candidates.size());
	}

	private static void addText(Set<String> set, String value) {
		if (value != null && !value.isBlank()) {
			set.add(value);
		}
	}

	/** One sentence: how many objectives are in which state, how many incidents are open. */
	static String headlineText(SloCounts counts, List<OpenIncident> knownOpen) {
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
		else if (knownOpen.isEmpty()) {
			parts.add("no open incident");
		}
		else {
			Set<String> severities = new TreeSet<>();
			knownOpen.forEach(i -> severities.add(i.severity().name()));
			parts.add(knownOpen.size() + " open incident" + (knownOpen.size() == 1 ? "" : "s")
					+ (severities.isEmpty() ? "" : " (" + String.join(", ", severities) + ")"));
		}
		return String.join("; ", parts);
	}

	private static Integer windowDays(IncidentReport incidents) {
		if (incidents == null || incidents.window() == null) {
			return null;
		}
		return (int) ChronoUnit.DAYS.between(incidents.window().from(), incidents.window().to()) + 1;
	}

	private static String owner(Function<String, String> owners, String service) {
		String team = owners.apply(service);
		return team == null || team.isBlank() ? null : team;
	}

	private static ServiceLine line(String service, List<ObjectiveResult> objectives, List<OpenIncident> knownOpen,
			IncidentReport incidents, List<CapacityPlanEntry> plan, String owner) {
		List<Health> healths = new ArrayList<>();
		Map<Health, List<String>> reasons = new java.util.EnumMap<>(Health.class);
		String worst = null;
		Double budget = null;
		for (ObjectiveResult o : objectives) {
			if (!service.equals(o.service())) {
				continue;
			}
			healths.add(o.status());
			if (o.status() != Health.GREEN && o.statusReason() != null) {
				reasons.computeIfAbsent(o.status(), h -> new ArrayList<>()).add(o.name() + (objectives.stream().filter(x -> o.name().equals(x.name())).count() > 1
						? " (" + o.objective() + ")" : "") + ": " + o.statusReason());
			}
			Double remaining = o.budgetRemainingPercent();
			if (worst == null || (remaining != null && (budget == null || remaining < budget))) {
				worst = o.name();
				budget = remaining;
			}
		}
		List<OpenIncident> openHere = knownOpen == null ? List.of()
				: knownOpen.stream().filter(i -> i.services().contains(service)).toList();
		Integer inWindow = null;
		if (incidents != null && incidents.byService() != null) {
			IncidentReport.GroupMetrics metrics = incidents.byService().get(service);
			inWindow = metrics == null ? 0 : metrics.count();
		}
		Capacity capacity = capacity(service, plan);
		Health status = HealthRules.service(healths, openHere.size(),
				openHere.stream().anyMatch(i -> i.severity() == Severity.SEV1));
		String reason = statusReason(status, reasons.getOrDefault(status, List.of()), healths.contains(status), openHere);
		return new ServiceLine(service, status, worst, budget, knownOpen == null ? null : openHere.size(), inWindow,
				capacity == null ? null : capacity.action(), capacity == null ? null : capacity.detail(), owner, reason);
	}

	/**
	 * Why a service has its status: the reasons of the objectives that have that very status (the others did not
	 * decide it), and the open incidents when they decide it: an open SEV1 makes it red, any open incident makes it
	 * amber when no objective is amber. {@code null} for GREEN and UNKNOWN (nothing judged to explain), and when
	 * nothing recorded explains it (objectives stored before reasons were).
	 *
	 * @param objectiveHasStatus whether one of the service's objectives has {@code status} itself
	 */
	static String statusReason(Health status, List<String> objectiveReasons, boolean objectiveHasStatus,
			List<OpenIncident> open) {
		if (status != Health.RED && status != Health.AMBER) {
			return null;
		}
		List<String> reasons = new ArrayList<>(objectiveReasons);
		for (OpenIncident i : open) {
			boolean decides = status == Health.RED ? i.severity() == Severity.SEV1 : !objectiveHasStatus;
			if (decides) {
				reasons.add("open incident " + i.id() + " (" + i.severity().name() + ")");
			}
		}
		return reasons.isEmpty() ? null : String.join("; ", reasons);
	}

	record Capacity(String action, String detail, int extraInstances, String hour) {
	}

	/**
	 * Tomorrow's action for a service from its hourly capacity plan: {@code scale_up} when any hour
	 * needs more instances than the same hour today (detail: the hour with the largest shortfall),
	 * else {@code scale_down} when some hours need fewer (detail: how many hours, the peak need),
	 * else {@code keep}.
	 */
	static Capacity capacity(String service, List<CapacityPlanEntry> plan) {
		int peakNeeded = -1;
		int maxToday = 0;
		int maxExtra = Integer.MIN_VALUE;
		String extraDetail = null;
		String upHour = null;
		int downHours = 0;
		boolean up = false;
		boolean any = false;
		for (CapacityPlanEntry entry : plan) {
			if (!service.equals(entry.service())) {
				continue;
			}
			any = true;
			int needed = entry.instancesNeeded();
			int today = entry.instancesToday();
			String hourText = entry.hour() == null ? null
					: String.format(Locale.ROOT, "%02d:00 UTC", entry.hour().atOffset(ZoneOffset.UTC).getHour());
			peakNeeded = Math.max(peakNeeded, needed);
			maxToday = Math.max(maxToday, today);
			if ("scale_down".equals(entry.action())) {
				downHours++;
			}
			if ("scale_up".equals(entry.action())) {
				up = true;
				int extra = needed - today;
				if (extra > maxExtra) {
					maxExtra = extra;
					upHour = hourText;
					extraDetail = "up to " + needed + " instances" + (hourText == null ? "" : " at " + hourText) + " ("
							+ today + " in that hour today)";
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

	/**
	 * A recommendation before ranking.
	 *
	 * @param key what it is about: candidates with the same key are one recommendation (the stronger is kept)
	 * @param due when it is due, where a policy says ({@link DueDates}); {@code null} otherwise
	 * @param unowned without a service: why, e.g. "INC-1019 names no service"; {@code null} otherwise
	 */
	record Candidate(Impact impact, double magnitude, String service, String message, String key, DueDates.Due due,
			String unowned) {

		Candidate(Impact impact, double magnitude, String service, String message, String key) {
			this(impact, magnitude, service, message, key, null, null);
		}

		Candidate due(DueDates.Due due) {
			return new Candidate(impact, magnitude, service, message, key, due, unowned);
		}

	}

	/** Every recommendation of the day, one per key, most important first (see {@link Impact}). */
	static List<Candidate> candidates(List<ObjectiveResult> objectives, IncidentReport incidents, ScalingReport scaling,
			PerformanceReport performance, SreDashboard dashboard) {
		return candidates(objectives, incidents, scaling, performance, dashboard, null);
	}

	static List<Candidate> candidates(List<ObjectiveResult> objectives, IncidentReport incidents, ScalingReport scaling,
			PerformanceReport performance, SreDashboard dashboard, Findings findings) {
		Map<String, Candidate> byKey = new LinkedHashMap<>();
		for (ObjectiveResult o : objectives) {
			if (FreshnessHeadline.stale(o)) {
				continue; // not judged: its figures are as of its last data
			}
			String name = o.name();
			String service = o.service();
			Double burn1h = o.burnRates() == null ? null : o.burnRates().oneHour();
			Double burn1d = o.burnRates() == null ? null : o.burnRates().oneDay();
			String page = firing(o, "page");
			DueDates.Due budgetDue = DueDates.budget(o);
			if (page != null) {
				add(byKey, new Candidate(Impact.PAGE_BURN, burn1h == null ? 0 : burn1h, service, name + " is burning its error budget"
						+ (burn1h == null ? "" : " at " + fmt(burn1h) + "x") + " (page alert " + page + " firing): act now.",
						"slo:" + name + "/" + o.objective()).due(budgetDue));
			}
			Double remaining = o.budgetRemainingPercent();
			Finding freeze = finding(o, "release_freeze_recommended");
			if ((remaining != null && remaining <= 0) || freeze != null) {
				add(byKey, new Candidate(Impact.BUDGET_EXHAUSTED, remaining == null ? 0 : -remaining, service,
						freeze != null ? freeze.message()
								: name + " has spent its error budget (" + fmt(remaining) + "% remaining): freeze releases except reliability fixes.",
						"slo:" + name + "/" + o.objective()).due(budgetDue));
			}
			else {
				String ticket = firing(o, "ticket");
				if (ticket != null && page == null) {
					add(byKey, new Candidate(Impact.TICKET_BURN, burn1d == null ? 0 : burn1d, service, name + " burns its error budget"
							+ (burn1d == null ? "" : " at " + fmt(burn1d) + "x over a day") + " (ticket alert " + ticket + " firing)"
							+ (remaining == null ? "" : ", " + fmt(remaining) + "% left") + ".", "slo:" + name + "/" + o.objective())
						.due(budgetDue));
				}
			}
			for (Finding f : o.findings()) {
				// postmortem_mandatory with a postmortem on file is information, not a recommendation
				if ("postmortem_missing".equals(f.code()) && f.incidentId() != null) {
					add(byKey, new Candidate(Impact.POSTMORTEM_MISSING, 1, service, f.message(), "postmortem:" + f.incidentId()));
				}
			}
		}
		for (MissingPostmortem missing : incidents == null || incidents.missingPostmortems() == null ? List.<MissingPostmortem>of()
				: incidents.missingPostmortems()) {
			Severity severity = missing.severity();
			String message = "Write the postmortem of " + (severity == null ? "" : severity.name() + " ") + missing.id()
					+ (missing.title() == null ? "" : " (" + missing.title() + ")")
					+ (missing.resolvedAt() == null ? "" : ", resolved " + LocalDate.ofInstant(missing.resolvedAt(), ZoneOffset.UTC))
					+ ".";
			// the incident report knows the severity: its entry replaces an SLO finding about the same incident
			List<String> affected = missing.services();
			String service = affected == null || affected.isEmpty() ? null : affected.get(0);
			String unowned = service != null ? null
					: affected == null ? missing.id() + "'s services were not recorded on this day" : missing.id() + " names no service";
			byKey.put("postmortem:" + missing.id(), new Candidate(Impact.POSTMORTEM_MISSING, severity == Severity.SEV1 ? 2 : 1,
					service, message, "postmortem:" + missing.id(), DueDates.postmortem(missing), unowned));
		}
		FindingsInput.candidates(findings, incidents, candidate -> add(byKey, candidate));
		for (OpenIncident open : incidents == null || incidents.open() == null ? List.<OpenIncident>of() : incidents.open()) {
			if (open.overdue() && open.currentStep() != null && !byKey.containsKey("incident:" + open.id())) {
				// a re-classification already says the escalation is overdue, and carries its due date
				add(byKey, new Candidate(Impact.ESCALATION_OVERDUE, open.openMinutes(),
						open.services().isEmpty() ? null : open.services().get(0),
						"Escalate " + open.id() + (open.title() == null ? "" : " (" + open.title() + ")") + ": open "
								+ Durations.minutes(open.openMinutes()) + ", past the last step of its "
								+ open.severity().name() + " escalation timeline (" + open.currentStep().contact() + " at "
								+ Durations.minutes(open.currentStep().afterMinutes()) + ").",
						"incident:" + open.id(), DueDates.escalation(open),
						open.services().isEmpty() ? open.id() + " names no service" : null));
			}
		}
		for (ServicePerformance service : performance == null ? List.<ServicePerformance>of() : performance.services()) {
			for (Bottleneck b : service.bottlenecks()) {
				boolean high = "high".equalsIgnoreCase(b.severity());
				String message = service.service() + ": " + withoutFullStop(b.description() == null ? b.type() : b.description())
						+ " for up to " + Durations.minutes(b.longestStretchMinutes()) + " in a row"
						+ (service.recommendations().isEmpty() ? "" : "; " + withoutFullStop(service.recommendations().get(0)))
						+ ".";
				add(byKey, new Candidate(high ? Impact.BOTTLENECK_HIGH : Impact.BOTTLENECK_MEDIUM, b.longestStretchMinutes(),
						service.service(), message, "bottleneck:" + service.service() + "/" + b.type()));
			}
		}
		List<CapacityPlanEntry> plan = scaling == null ? List.of() : scaling.capacityPlan();
		Set<String> planned = new TreeSet<>();
		plan.forEach(p -> addText(planned, p.service()));
		for (String service : planned) {
			Capacity capacity = capacity(service, plan);
			if (capacity != null && "scale_up".equals(capacity.action())) {
				add(byKey, new Candidate(Impact.CAPACITY_SCALE_UP, capacity.extraInstances(), service,
						service + " needs " + capacity.detail() + " tomorrow: make sure it can scale up in time.",
						"capacity:" + service));
			}
		}
		for (ServiceComparison comparison : scaling == null ? List.<ServiceComparison>of() : scaling.comparison()) {
			Candidate savings = savings(comparison);
			if (savings != null) {
				add(byKey, savings);
			}
		}
		for (String advice : scaling == null ? List.<String>of() : scaling.recommendations()) {
			addAdvice(byKey, Impact.SCALING_ADVICE, advice);
		}
		for (String advice : dashboard == null ? List.<String>of() : dashboard.recommendations()) {
			addAdvice(byKey, Impact.DASHBOARD_ADVICE, advice);
		}
		List<Candidate> all = new ArrayList<>(byKey.values());
		all.sort(Comparator.comparing(Candidate::impact)
			.thenComparing(Comparator.comparingDouble(Candidate::magnitude).reversed())
			.thenComparing(c -> c.service() == null ? "" : c.service())
			.thenComparing(Candidate::message));
		return all;
	}

	/**
	 * One recommendation per cause: of two candidates with the same key the stronger leads (the earlier on
	 * a tie) and, when their texts differ, the other is folded into it ("Also: ...").
	 */
	private static void add(Map<String, Candidate> byKey, Candidate candidate) {
		if (candidate.message() == null || candidate.message().isBlank()) {
			return;
		}
		byKey.merge(candidate.key(), candidate, (a, b) -> stronger(b, a) ? fold(b, a) : fold(a, b));
	}

	private static Candidate fold(Candidate lead, Candidate other) {
		DueDates.Due due = lead.due() != null ? lead.due() : other.due();
		String unowned = lead.unowned() != null ? lead.unowned() : other.unowned();
		if (lead.message().equals(other.message())) {
			return new Candidate(lead.impact(), lead.magnitude(), lead.service(), lead.message(), lead.key(), due, unowned);
		}
		return new Candidate(lead.impact(), lead.magnitude(), lead.service(), lead.message() + " Also: " + other.message(),
				lead.key(), due, unowned);
	}

	private static boolean stronger(Candidate a, Candidate b) {
		int byImpact = a.impact().compareTo(b.impact());
		return byImpact < 0 || (byImpact == 0 && a.magnitude() > b.magnitude());
	}

	private static void addAdvice(Map<String, Candidate> byKey, Impact impact, String text) {
		if (text != null && !text.isBlank()) {
			add(byKey, new Candidate(impact, 0, null, text, "advice:" + text));
		}
	}

	/** A clause for the middle of a sentence: the producer's text without its own full stop. */
	private static String withoutFullStop(String text) {
		String trimmed = text.strip();
		return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

	/** The recommended variant's saving against what actually ran, when it is a different, cheaper one. */
	private static Candidate savings(ServiceComparison comparison) {
		String service = comparison.service();
		String recommended = comparison.recommendedVariant();
		if (recommended == null || recommended.equals("actual")) {
			return null;
		}
		Double actualCost = null;
		Double recommendedCost = null;
		for (VariantOutcome v : comparison.variants()) {
			if ("actual".equals(v.variant())) {
				actualCost = v.cost();
			}
			if (recommended.equals(v.variant())) {
				recommendedCost = v.cost();
			}
		}
		if (actualCost == null || recommendedCost == null || recommendedCost >= actualCost) {
			return null;
		}
		double saving = actualCost - recommendedCost;
		return new Candidate(Impact.SCALING_SAVINGS, saving, service, service + ": the " + recommended.replace('_', ' ')
				+ " policy would have cost " + money(saving) + " less on the report date (" + money(recommendedCost) + " instead of "
				+ money(actualCost) + ") without more under-provisioned minutes.", "savings:" + service);
	}

	/** The name of a firing alert of the given severity, else {@code null}. */
	private static String firing(ObjectiveResult objective, String severity) {
		for (AlertResult alert : objective.alerts()) {
			if (alert.firing() && severity.equalsIgnoreCase(alert.severity())) {
				return alert.name();
			}
		}
		return null;
	}

	private static Finding finding(ObjectiveResult objective, String code) {
		return objective.findings().stream().filter(f -> code.equals(f.code())).findFirst().orElse(null);
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
