package org.opsreport.incident;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

import org.opsreport.incident.IncidentReport.ActionItem;
import org.opsreport.incident.IncidentReport.ClassificationDisagreement;
import org.opsreport.incident.IncidentReport.GroupMetrics;
import org.opsreport.incident.IncidentReport.MissingPostmortem;
import org.opsreport.incident.IncidentReport.MttrComparison;
import org.opsreport.incident.IncidentReport.OpenIncident;
import org.opsreport.incident.IncidentReport.PeriodMetrics;
import org.opsreport.incident.IncidentReport.PostmortemStats;
import org.opsreport.incident.IncidentReport.RecurringCause;
import org.opsreport.incident.IncidentReport.SeverityBreakdown;
import org.opsreport.incident.IncidentReport.Window;

/**
 * Incident metrics for a report date: the pure function behind the incident step.
 *
 * <p>Everything is judged "as of" the end of the report date (UTC): an incident detected later is
 * unknown; one resolved, acknowledged or postmortem'd later is still open, unacknowledged, without
 * postmortem. This makes re-rendering a past day give the same numbers.
 */
public final class IncidentAnalyzer {

	/** Service key for incidents that name no service. */
	public static final String NO_SERVICE = "(none)";

	/** Weeks in {@link IncidentReport#weeklyCounts()}: eight, about two report windows. */
	public static final int WEEKS = 8;

	private static final double MINUTES_PER_DAY = 1440.0;

	private static final java.util.regex.Pattern NOT_LETTER_OR_DIGIT = java.util.regex.Pattern.compile("[^\\p{L}\\p{Nd}]+");

	private final IncidentSettings settings;

	public IncidentAnalyzer(IncidentSettings settings) {
		this.settings = settings;
	}

	public IncidentAnalyzer() {
		this(IncidentSettings.defaults());
	}

	/**
	 * Analyzes all known incidents for a report date.
	 * @param incidents all stored incidents (any date; those outside both windows are ignored)
	 * @param reportDate the report date; the window is the {@code windowDays} days ending with it
	 */
	public IncidentReport analyze(List<Incident> incidents, LocalDate reportDate) {
		Window current = new Window(reportDate.minusDays(settings.windowDays() - 1L), reportDate);
		Window previous = new Window(current.from().minusDays(settings.windowDays()), current.from().minusDays(1));
		Instant end = current.end();

		List<Incident> known = incidents.stream().filter((i) -> i.detectedAt().isBefore(end)).toList();
		Instant start = current.start();
		Instant previousStart = previous.start();
		List<Incident> inCurrent = known.stream()
			.filter((i) -> isOpenAt(i, end) || !i.resolvedAt().isBefore(start))
			.toList();
		List<Incident> inPrevious = known.stream()
			.filter((i) -> !isOpenAt(i, end) && !i.resolvedAt().isBefore(previousStart) && i.resolvedAt().isBefore(start))
			.toList();

		// classify once: the rules build reason strings, and every section needs the severity
		Map<Incident, Severity> sev = new IdentityHashMap<>();
		for (Incident incident : known) {
			sev.put(incident, SeverityClassifier.effective(incident));
		}
		PeriodMetrics now = period(current, inCurrent, end, sev);
		PeriodMetrics before = period(previous, inPrevious, previous.end(), sev);

		List<Incident> resolvedInCurrent = inCurrent.stream().filter((i) -> !isOpenAt(i, end)).toList();
		List<Incident> openNow = inCurrent.stream().filter((i) -> isOpenAt(i, end)).toList();

		Instant recentStart = end.minus(Duration.ofDays(settings.recentDays()));
		int recent = (int) known.stream().filter((i) -> !i.detectedAt().isBefore(recentStart)).count();

		List<Incident> causeScope = new ArrayList<>(inCurrent);
		causeScope.addAll(inPrevious);

		return new IncidentReport(current, now.total(), now.overall(), now.bySeverity(), now.byService(),
				openIncidents(openNow, end, sev), mttrComparison(now),
				missingPostmortems(resolvedInCurrent, end, sev), postmortemStats(resolvedInCurrent, end, sev),
				actionItems(inCurrent, sev), recurringCauses(causeScope), disagreements(inCurrent), recent, before,
				weeklyCounts(known, reportDate, sev));
	}

	/**
	 * Incidents detected per ISO week (Monday 00:00 UTC to the next Monday) by severity, for the
	 * {@link #WEEKS} weeks ending with the week that contains the report date. Unlike the window
	 * metrics this counts by detection time: the chart answers "how often do incidents start".
	 * Only incidents detected before the end of the report date are known, so the last week is partial.
	 */
	static List<IncidentReport.WeekCount> weeklyCounts(List<Incident> known, LocalDate reportDate,
			Map<Incident, Severity> sev) {
		LocalDate lastMonday = reportDate.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
		LocalDate firstMonday = lastMonday.minusWeeks(WEEKS - 1L);
		int[][] counts = new int[WEEKS][Severity.values().length];
		for (Incident incident : known) {
			LocalDate day = incident.detectedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate();
			if (day.isBefore(firstMonday) || day.isAfter(reportDate)) {
				continue;
			}
			int week = (int) java.time.temporal.ChronoUnit.WEEKS.between(firstMonday, day);
			counts[week][sev.get(incident).ordinal()]++;
		}
		List<IncidentReport.WeekCount> result = new ArrayList<>();
		for (int w = 0; w < WEEKS; w++) {
			result.add(new IncidentReport.WeekCount(firstMonday.plusWeeks(w), counts[w][0], counts[w][1], counts[w][2],
					counts[w][3]));
		}
		return result;
	}

	/** Open at {@code t}: not resolved, or resolved at or after {@code t}. */
	static boolean isOpenAt(Incident incident, Instant t) {
		return incident.resolvedAt() == null || !incident.resolvedAt().isBefore(t);
	}

	private PeriodMetrics period(Window window, List<Incident> members, Instant asOf, Map<Incident, Severity> sev) {
		Map<Severity, List<Incident>> bySeverity = new EnumMap<>(Severity.class);
		for (Severity s : Severity.values()) {
			bySeverity.put(s, new ArrayList<>());
		}
		Map<String, List<Incident>> byService = new TreeMap<>();
		for (Incident incident : members) {
			bySeverity.get(sev.get(incident)).add(incident);
			List<String> services = incident.services().isEmpty() ? List.of(NO_SERVICE) : incident.services();
			for (String service : services) {
				byService.computeIfAbsent(service, (k) -> new ArrayList<>()).add(incident);
			}
		}
		Map<String, GroupMetrics> serviceMetrics = new LinkedHashMap<>();
		byService.forEach((service, list) -> serviceMetrics.put(service, metrics(list, asOf)));
		SeverityBreakdown breakdown = new SeverityBreakdown(metrics(bySeverity.get(Severity.SEV1), asOf),
				metrics(bySeverity.get(Severity.SEV2), asOf), metrics(bySeverity.get(Severity.SEV3), asOf),
				metrics(bySeverity.get(Severity.SEV4), asOf));
		return new PeriodMetrics(window, members.size(), metrics(members, asOf), breakdown, serviceMetrics);
	}

	/**
	 * Counts, MTTA and MTTR of a group, as of {@code asOf}. Acknowledgements at or after {@code asOf}
	 * count as not acknowledged.
	 */
	static GroupMetrics metrics(List<Incident> group, Instant asOf) {
		DescriptiveStatistics tta = new DescriptiveStatistics();
		DescriptiveStatistics ttr = new DescriptiveStatistics();
		int open = 0;
		int unacknowledged = 0;
		for (Incident incident : group) {
			Instant ack = incident.acknowledgedAt();
			if (ack != null && ack.isBefore(asOf)) {
				tta.addValue(minutes(incident.detectedAt(), ack));
			}
			else {
				unacknowledged++;
			}
			if (isOpenAt(incident, asOf)) {
				open++;
			}
			else {
				ttr.addValue(minutes(incident.detectedAt(), incident.resolvedAt()));
			}
		}
		return new GroupMetrics(group.size(), group.size() - open, open, unacknowledged, mean(tta),
				percentile(tta, 50), percentile(tta, 90), mean(ttr), percentile(ttr, 50), percentile(ttr, 90));
	}

	static double minutes(Instant from, Instant to) {
		return Duration.between(from, to).toMillis() / 60_000.0;
	}

	private static Double mean(DescriptiveStatistics stats) {
		return (stats.getN() == 0) ? null : stats.getMean();
	}

	private static Double percentile(DescriptiveStatistics stats, double p) {
		return (stats.getN() == 0) ? null : stats.getPercentile(p);
	}

	private List<OpenIncident> openIncidents(List<Incident> open, Instant end, Map<Incident, Severity> sev) {
		List<OpenIncident> result = new ArrayList<>();
		for (Incident incident : open) {
			Severity severity = sev.get(incident);
			ResponsePlan plan = ResponsePlan.forSeverity(severity);
			long openMinutes = Duration.between(incident.detectedAt(), end).toMinutes();
			ResponsePlan.EscalationStep currentStep = plan.escalationTimeline().get(0);
			ResponsePlan.EscalationStep nextStep = null;
			for (ResponsePlan.EscalationStep step : plan.escalationTimeline()) {
				if (step.afterMinutes() <= openMinutes) {
					currentStep = step;
				}
				else {
					nextStep = step;
					break;
				}
			}
			boolean acknowledged = incident.acknowledgedAt() != null && incident.acknowledgedAt().isBefore(end);
			result.add(new OpenIncident(incident.id(), incident.title(), severity, incident.services(),
					incident.detectedAt(), openMinutes, acknowledged, plan, currentStep,
					openMinutes - currentStep.afterMinutes(), nextStep,
					(nextStep != null) ? nextStep.afterMinutes() - openMinutes : null, nextStep == null));
		}
		result.sort(Comparator.comparing(OpenIncident::severity).thenComparing(OpenIncident::detectedAt));
		return result;
	}

	private List<MttrComparison> mttrComparison(PeriodMetrics now) {
		List<MttrComparison> result = new ArrayList<>();
		for (Severity severity : Severity.values()) {
			GroupMetrics m = now.bySeverity().of(severity);
			double estimated = settings.estimatedMttrMinutes().getOrDefault(severity, Double.NaN);
			Double ratio = (m.mttrMinutes() != null && estimated > 0) ? m.mttrMinutes() / estimated : null;
			result.add(new MttrComparison(severity, estimated, m.mttrMinutes(), m.mttrMedianMinutes(), m.resolved(),
					ratio));
		}
		return result;
	}

	private static boolean hasPostmortemBy(Incident incident, Instant end) {
		return incident.postmortemCompletedAt() != null && incident.postmortemCompletedAt().isBefore(end);
	}

	private List<MissingPostmortem> missingPostmortems(List<Incident> resolved, Instant end, Map<Incident, Severity> sev) {
		return resolved.stream()
			.filter((i) -> sev.get(i).isHigh() && !hasPostmortemBy(i, end))
			.sorted(Comparator.comparing(Incident::resolvedAt))
			.map((i) -> new MissingPostmortem(i.id(), i.title(), sev.get(i), i.resolvedAt(), i.services()))
			.toList();
	}

	private PostmortemStats postmortemStats(List<Incident> resolved, Instant end, Map<Incident, Severity> sev) {
		int required = 0;
		int completed = 0;
		DescriptiveStatistics days = new DescriptiveStatistics();
		for (Incident incident : resolved) {
			boolean done = hasPostmortemBy(incident, end);
			if (sev.get(incident).isHigh()) {
				required++;
				if (done) {
					completed++;
				}
			}
			if (done) {
				days.addValue(minutes(incident.resolvedAt(), incident.postmortemCompletedAt()) / MINUTES_PER_DAY);
			}
		}
		return new PostmortemStats(required, completed, (required == 0) ? null : (double) completed / required,
				(int) days.getN(), percentile(days, 50));
	}

	private List<ActionItem> actionItems(List<Incident> inCurrent, Map<Incident, Severity> sev) {
		List<ActionItem> items = new ArrayList<>();
		for (Incident incident : inCurrent) {
			for (String item : incident.actionItems()) {
				items.add(new ActionItem(incident.id(), incident.title(), sev.get(incident), item));
			}
		}
		return items;
	}

	/** Lower case, every run of characters other than letters and digits replaced by one space, trimmed. */
	static String normalizeCause(String cause) {
		return NOT_LETTER_OR_DIGIT.matcher(cause.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
	}

	private List<RecurringCause> recurringCauses(List<Incident> scope) {
		Map<String, List<Incident>> byCause = new TreeMap<>();
		for (Incident incident : scope) {
			if (incident.primaryCause() == null) {
				continue;
			}
			String cause = normalizeCause(incident.primaryCause());
			if (!cause.isEmpty()) {
				byCause.computeIfAbsent(cause, (k) -> new ArrayList<>()).add(incident);
			}
		}
		List<RecurringCause> result = new ArrayList<>();
		byCause.forEach((cause, list) -> {
			if (list.size() >= settings.recurrenceMinimum()) {
				List<Incident> sorted = list.stream().sorted(Comparator.comparing(Incident::detectedAt)).toList();
				result.add(new RecurringCause(cause, sorted.get(0).primaryCause().trim(), sorted.size(),
						sorted.stream().map(Incident::id).toList()));
			}
		});
		result.sort(Comparator.comparingInt(RecurringCause::count).reversed().thenComparing(RecurringCause::cause));
		return result;
	}

	/**
	 * Given severities the rules disagree with. Only incidents with at least one known impact field are
	 * judged: an export without impact columns would otherwise "disagree" with every SEV1..SEV3.
	 */
	private List<ClassificationDisagreement> disagreements(List<Incident> inCurrent) {
		List<ClassificationDisagreement> result = new ArrayList<>();
		for (Incident incident : inCurrent) {
			if (incident.severity() == null || !incident.hasImpactData()) {
				continue;
			}
			SeverityClassifier.Classification computed = SeverityClassifier.classify(incident);
			if (computed.severity() != incident.severity()) {
				result.add(new ClassificationDisagreement(incident.id(), incident.severity(), computed.severity(),
						computed.reason()));
			}
		}
		return result;
	}

}
