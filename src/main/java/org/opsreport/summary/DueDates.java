package org.opsreport.summary;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.opsreport.incident.IncidentReport.MissingPostmortem;
import org.opsreport.incident.IncidentReport.OpenIncident;
import org.opsreport.incident.ResponsePlan.EscalationStep;
import org.opsreport.slo.BurndownPoint;
import org.opsreport.slo.ObjectiveResult;
import org.opsreport.units.Durations;

/**
 * When a recommendation is due, where a policy gives a date. Pure functions of the stored sections.
 * <ul>
 * <li><b>Escalation</b> (an open incident): the seed's escalation timeline of its severity ({@code ResponsePlan}):
 * due when its next step comes ({@code detectedAt + afterMinutes}); once every step has passed, overdue since the
 * last step became due.</li>
 * <li><b>Postmortem</b> (a SEV1/SEV2 resolved without one): {@value #POSTMORTEM_WORKING_DAYS} working days
 * (Monday to Friday, UTC) after resolution. The seed requires the postmortem but gives no deadline; five working
 * days is the common practice of published incident processes, stated here so it can be argued with.</li>
 * <li><b>Error budget</b> (a burning SLO): when the budget runs out at the 1-day burn rate
 * ({@code windowEnd + timeToExhaustionHours}); a spent budget is overdue since the first burndown point at or below
 * 0 (the window end when no point shows it).</li>
 * </ul>
 */
final class DueDates {

	/** Working days from resolution to the postmortem's due date. */
	static final int POSTMORTEM_WORKING_DAYS = 5;

	private DueDates() {
	}

	/**
	 * A due date and the policy that gives it.
	 *
	 * @param at the instant
	 * @param reason the policy, e.g. "escalation to Team lead (SEV3 timeline, 240 min after detection)"
	 */
	record Due(Instant at, String reason) {
	}

	/** The next escalation step of an open incident, or the last one when the timeline is exhausted. */
	static Due escalation(OpenIncident incident) {
		if (incident == null || incident.detectedAt() == null) {
			return null;
		}
		EscalationStep step = incident.nextStep() != null ? incident.nextStep() : incident.currentStep();
		if (step == null) {
			return null;
		}
		boolean last = incident.nextStep() == null;
		return new Due(incident.detectedAt().plus(Duration.ofMinutes(step.afterMinutes())),
				String.format(Locale.ROOT, "escalation to %s, %s %s timeline (%s after detection)", step.contact(),
						last ? "the last step of the" : "the next step of the", incident.severity(), Durations.minutes(step.afterMinutes())));
	}

	/** The postmortem of a SEV1/SEV2 incident, {@value #POSTMORTEM_WORKING_DAYS} working days after resolution. */
	static Due postmortem(MissingPostmortem missing) {
		if (missing == null || missing.resolvedAt() == null) {
			return null;
		}
		return new Due(plusWorkingDays(missing.resolvedAt(), POSTMORTEM_WORKING_DAYS),
				String.format(Locale.ROOT, "postmortem within %d working days of resolution%s", POSTMORTEM_WORKING_DAYS,
						missing.severity() == null ? "" : " (" + missing.severity().name() + ")"));
	}

	/** When a burning objective's budget runs out, or since when it is spent; {@code null} when it is not burning. */
	static Due budget(ObjectiveResult objective) {
		Double remaining = objective.budgetRemainingPercent();
		if (remaining == null || objective.windowEnd() == null) {
			return null;
		}
		if (remaining <= 0) {
			Instant spent = objective.windowEnd();
			List<BurndownPoint> burndown = objective.burndown();
			for (BurndownPoint p : burndown) {
				if (p.budgetRemainingPercent() != null && p.budgetRemainingPercent() <= 0 && p.at() != null) {
					spent = p.at();
					break;
				}
			}
			return new Due(spent, "error budget spent");
		}
		Double hours = objective.timeToExhaustionHours();
		if (hours == null || hours.isNaN() || hours.isInfinite()) {
			return null;
		}
		return new Due(objective.windowEnd().plusSeconds(Math.round(hours * 3600)),
				"error budget runs out at the 1-day burn rate");
	}

	/** {@code t} plus {@code days} working days: Saturdays and Sundays (UTC) are skipped, the time of day kept. */
	static Instant plusWorkingDays(Instant t, int days) {
		ZonedDateTime at = t.atZone(ZoneOffset.UTC);
		int left = days;
		while (left > 0) {
			at = at.plusDays(1);
			if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return at.toInstant();
	}

}
