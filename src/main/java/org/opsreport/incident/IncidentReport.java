package org.opsreport.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The incident section of the report (report.json {@code incidents}), for the window ending with the
 * report date, with the previous window of the same length for trends.
 *
 * <p>Window membership: an incident belongs to the window in which it was resolved; an incident still
 * open at the end of the report date belongs to the current window. Incidents detected after the end
 * of the report date are not known on that date and ignored. Durations are in minutes.
 *
 * @param window the report window (both dates inclusive, UTC days)
 * @param total incidents in the window
 * @param overall metrics over all incidents of the window
 * @param bySeverity metrics per severity (given severity, else classified)
 * @param byService metrics per affected service (an incident counts for each of its services)
 * @param open incidents open at the end of the report date, with response plan and escalation state
 * @param estimatedVsActualMttr estimated MTTR per severity against the actual one
 * @param missingPostmortems SEV1/SEV2 incidents resolved in the window without a postmortem
 * @param postmortems postmortem completion statistics
 * @param actionItems action items of the window's incidents
 * @param recurringCauses primary causes shared by several incidents of this and the previous window
 * @param classificationDisagreements given severities the seed's rules disagree with
 * @param incidentsLastDays incidents detected in the recent window (settings.recentDays, default 7) ending with the report date
 * @param previous the same metrics for the previous window
 * @param weeklyCounts incidents detected per ISO week (Monday to Sunday, UTC) by severity, the
 * {@link IncidentAnalyzer#WEEKS} weeks ending with the week of the report date, oldest first; the last
 * week counts only up to the end of the report date
 */
public record IncidentReport(Window window, int total, GroupMetrics overall, SeverityBreakdown bySeverity,
		Map<String, GroupMetrics> byService, List<OpenIncident> open,
		List<MttrComparison> estimatedVsActualMttr, List<MissingPostmortem> missingPostmortems,
		PostmortemStats postmortems, List<ActionItem> actionItems, List<RecurringCause> recurringCauses,
		List<ClassificationDisagreement> classificationDisagreements, int incidentsLastDays, PeriodMetrics previous,
		List<WeekCount> weeklyCounts) {

	public IncidentReport {
		weeklyCounts = (weeklyCounts != null) ? List.copyOf(weeklyCounts) : List.of();
	}

	/**
	 * A window of whole UTC days, both ends inclusive.
	 */
	public record Window(LocalDate from, LocalDate to) {

		/** Start of {@code from}, inclusive. */
		public Instant start() {
			return from.atStartOfDay(ZoneOffset.UTC).toInstant();
		}

		/** Start of the day after {@code to}: the exclusive end. */
		public Instant end() {
			return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		}

		public boolean contains(Instant t) {
			return !t.isBefore(start()) && t.isBefore(end());
		}

	}

	/**
	 * Counts and duration statistics of a group of incidents. Duration statistics are {@code null} when
	 * the group has no value to summarize. MTTA = acknowledged &minus; detected over acknowledged
	 * incidents (never-acknowledged ones are excluded and counted in {@code unacknowledged}); MTTR =
	 * resolved &minus; detected over resolved incidents. Median and p90 use commons-math3
	 * {@code Percentile} (default estimation: position p(n+1)/100, linear interpolation, clamped to
	 * the smallest/largest value).
	 */
	public record GroupMetrics(int count, int resolved, int open, int unacknowledged, Double mttaMinutes,
			Double mttaMedianMinutes, Double mttaP90Minutes, Double mttrMinutes, Double mttrMedianMinutes,
			Double mttrP90Minutes) {
	}

	/** Metrics per severity, named as report.json's {@code bySeverity.sev1 .. sev4}. */
	public record SeverityBreakdown(GroupMetrics sev1, GroupMetrics sev2, GroupMetrics sev3, GroupMetrics sev4) {

		public GroupMetrics of(Severity severity) {
			return switch (severity) {
				case SEV1 -> sev1;
				case SEV2 -> sev2;
				case SEV3 -> sev3;
				case SEV4 -> sev4;
			};
		}

	}

	/** The counts and statistics of one window, used for the previous-period comparison. */
	public record PeriodMetrics(Window window, int total, GroupMetrics overall, SeverityBreakdown bySeverity,
			Map<String, GroupMetrics> byService) {
	}

	/**
	 * An incident open at the end of the report date and where it stands on its escalation timeline.
	 *
	 * @param openMinutes minutes from detection to the end of the report date
	 * @param acknowledged acknowledged before the end of the report date
	 * @param plan the seed's response plan for its severity
	 * @param currentStep the latest escalation step whose time has come (always at least the 0-minute step)
	 * @param minutesPastCurrentStep how long ago {@code currentStep} became due
	 * @param nextStep the next escalation step, {@code null} when the timeline is exhausted
	 * @param minutesUntilNextStep minutes until {@code nextStep} is due, {@code null} with it
	 * @param overdue true when the whole timeline has been passed (the last contact is engaged and the
	 * incident is still open)
	 */
	public record OpenIncident(String id, String title, Severity severity, List<String> services, Instant detectedAt,
			long openMinutes, boolean acknowledged, ResponsePlan plan, ResponsePlan.EscalationStep currentStep,
			long minutesPastCurrentStep, ResponsePlan.EscalationStep nextStep, Long minutesUntilNextStep,
			boolean overdue) {
	}

	/**
	 * Estimated against actual MTTR for one severity; {@code ratio} = actual mean / estimated, {@code null}
	 * without resolved incidents.
	 */
	public record MttrComparison(Severity severity, double estimatedMinutes, Double actualMinutes,
			Double actualMedianMinutes, int resolved, Double ratio) {
	}

	/**
	 * A SEV1/SEV2 incident resolved in the window with no postmortem completed by the end of the report date.
	 *
	 * @param services the incident's services; empty when it names none, {@code null} on days stored before they
	 * were recorded
	 */
	public record MissingPostmortem(String id, String title, Severity severity, Instant resolvedAt,
			List<String> services) {

		public MissingPostmortem {
			services = (services != null) ? List.copyOf(services) : null;
		}

	}

	/**
	 * Postmortem statistics over the incidents resolved in the window.
	 *
	 * @param required SEV1/SEV2 incidents resolved in the window (the seed expects a postmortem for these)
	 * @param completed of those, how many have a postmortem completed by the end of the report date
	 * @param completionRate completed / required, {@code null} when none is required
	 * @param resolvedWithPostmortem resolved incidents of any severity with a postmortem
	 * @param medianDaysToPostmortem median of (postmortem completed &minus; resolved) in days over those,
	 * {@code null} when there is none
	 */
	public record PostmortemStats(int required, int completed, Double completionRate, int resolvedWithPostmortem,
			Double medianDaysToPostmortem) {
	}

	/** One postmortem action item with its incident. */
	public record ActionItem(String incidentId, String incidentTitle, Severity severity, String item) {
	}

	/**
	 * A primary cause shared by several incidents. Causes are compared after normalization: lower case,
	 * every run of non-letters/digits replaced by one space, trimmed.
	 *
	 * @param cause the normalized cause
	 * @param example the cause as first written
	 */
	public record RecurringCause(String cause, String example, int count, List<String> incidentIds) {
	}

	/** A given severity that the seed's classification rules disagree with; the given one is kept. */
	public record ClassificationDisagreement(String id, Severity given, Severity computed, String reason) {
	}

	/**
	 * Incidents detected in one ISO week, by severity (given, else classified).
	 *
	 * @param weekStart the Monday the week starts on (UTC)
	 */
	public record WeekCount(LocalDate weekStart, int sev1, int sev2, int sev3, int sev4) {
	}

}
