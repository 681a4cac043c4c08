package org.opsreport.slo;

import org.opsreport.health.Health;
import org.opsreport.health.HealthRules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Error budgets, burn rates, alerts and incident costs of SLO objectives. Pure functions of the definition,
 * the stored samples and the evaluation end (the end of the report date, exclusive).
 *
 * <h2>Model</h2>
 * A sample at {@code t} counts in a range {@code [from, to)} when {@code from <= t < to}. Ratio indicators
 * turn each sample into {@code good} and {@code total} events ({@code good = total - bad} for {@code bad}
 * metrics; a sample whose counterpart is missing or NaN is skipped; {@code bad} is clamped to
 * {@code [0, total]}). Threshold indicators make each sample one event, good when {@code value op threshold}.
 * Time slices are aligned to the epoch ({@code floor(t / slice)}); a slice with no events is neither good nor
 * bad. For Timeslices a slice is good when its good ratio is at least {@code timeSliceTarget}; for
 * RatioTimeslices a slice contributes its good ratio.
 *
 * <h2>Budget</h2>
 * <ul>
 * <li>Occurrences: {@code budgetTotal = (1 - target) x events in window}, {@code consumed = bad events}.</li>
 * <li>Timeslices / RatioTimeslices: {@code budgetTotal = (1 - target) x window length} in minutes (the
 * whole calendar period for calendar windows), {@code consumed = bad slices x slice minutes} (RatioTimeslices:
 * summed per-slice error ratios x slice minutes).</li>
 * </ul>
 * Remaining percentages are not clamped: -50% means the budget is overspent by half.
 *
 * <h2>Burn rate</h2>
 * {@code burnRate = errorRatio / (1 - target)} (Google SRE Workbook, "Alerting on SLOs"): 1 spends exactly
 * the budget in the window; the time to exhaustion at burn rate {@code b} is
 * {@code remainingFraction x window / b}, using the 1d burn rate.
 *
 * <h2>Alerts</h2>
 * The four {@link BurnRateRule#WORKBOOK} rules with factors scaled to the window length, then the seed's
 * rules: {@code error_budget_critical} (page) when the remaining budget is below
 * {@link SloSettings#criticalRemainingPercent()}, and {@code high_burn_rate} (ticket) when the <b>1h</b> burn
 * rate exceeds {@link SloSettings#highBurnRate()} (the seed names no window; 1h is the shortest look-back the
 * report shows and the Workbook's fastest page window). Each is evaluated at every step of the report day
 * (the data's median sample interval, default 5 minutes) ending at {@code end}.
 *
 * <h2>Status</h2>
 * {@link HealthRules#objective} with {@code criticalRemainingPercent} and {@code amberRemainingPercent}.
 */
public final class SloEvaluator {

	/** Replay step when the data does not reveal its sample interval. */
	public static final Duration DEFAULT_STEP = Duration.ofMinutes(5);

	static final Duration REPORT_DAY = Duration.ofDays(1);

	private static final Duration LONGEST_LOOKBACK = Duration.ofDays(3);

	private SloEvaluator() {
	}

	/**
	 * The earliest sample instant the evaluation at {@code end} reads: the window start of the first replay
	 * step of the day, or the 3-day look-back of that step, whichever is earlier. Load samples in
	 * {@code [dataStart, end)}.
	 */
	public static Instant dataStart(SloDefinition slo, Instant end) {
		Instant dayStart = end.minus(REPORT_DAY);
		Instant windowStart = slo.timeWindow().spanEndingAt(dayStart.plusNanos(1)).start();
		Instant lookback = dayStart.minus(LONGEST_LOOKBACK);
		return windowStart.isBefore(lookback) ? windowStart : lookback;
	}

	/** {@link #evaluate} for every objective of {@code slo}, in definition order. */
	public static List<ObjectiveResult> evaluateAll(SloDefinition slo, Map<MetricRef, MetricSamples> data, Instant end,
			List<IncidentWindow> incidents, SloSettings settings) {
		List<ObjectiveResult> results = new ArrayList<>();
		for (Objective objective : slo.objectives()) {
			results.add(evaluate(slo, objective, data, end, incidents, settings));
		}
		return results;
	}

	/**
	 * Evaluates one objective at {@code end}.
	 * @param slo the SLO
	 * @param objective one of {@code slo.objectives()}
	 * @param data samples per metric; a missing metric counts as no data
	 * @param end evaluation instant, exclusive (the end of the report date)
	 * @param incidents incidents; those not touching the SLO's service or window are ignored
	 * @param settings thresholds
	 */
	public static ObjectiveResult evaluate(SloDefinition slo, Objective objective, Map<MetricRef, MetricSamples> data,
			Instant end, List<IncidentWindow> incidents, SloSettings settings) {
		return evaluate(slo, objective, data, end, incidents, settings, null);
	}

	/** {@link #evaluate(SloDefinition, Objective, Map, Instant, List, SloSettings, Duration)} for every objective. */
	public static List<ObjectiveResult> evaluateAll(SloDefinition slo, Map<MetricRef, MetricSamples> data, Instant end,
			List<IncidentWindow> incidents, SloSettings settings, Duration maxLag) {
		List<ObjectiveResult> results = new ArrayList<>();
		for (Objective objective : slo.objectives()) {
			results.add(evaluate(slo, objective, data, end, incidents, settings, maxLag));
		}
		return results;
	}

	/**
	 * {@link #evaluate(SloDefinition, Objective, Map, Instant, List, SloSettings)} behind the freshness gate: when
	 * the objective's last event (a sample; for ratio indicators a timestamp both series share) before {@code end}
	 * lies more than {@code maxLag} before it, the objective is evaluated as of its last data and not judged (see
	 * {@link StaleObjective}).
	 * @param maxLag the allowed lag ({@code opsreport.freshness.max-lag}); {@code null}: no gate
	 */
	public static ObjectiveResult evaluate(SloDefinition slo, Objective objective, Map<MetricRef, MetricSamples> data,
			Instant end, List<IncidentWindow> incidents, SloSettings settings, Duration maxLag) {
		if (maxLag != null) {
			EventSeries raw = rawEvents(slo.indicator(), objective, data);
			Instant last = null;
			for (int i = raw.size() - 1; i >= 0 && last == null; i--) {
				if (raw.time(i) < end.toEpochMilli()) {
					last = Instant.ofEpochMilli(raw.time(i));
				}
			}
			if (last != null && StaleObjective.isStale(last, end, maxLag)) {
				Duration step = raw.medianStep(DEFAULT_STEP);
				if (step.isZero() || step.compareTo(REPORT_DAY) > 0) {
					step = DEFAULT_STEP;
				}
				Instant asOf = last.plus(step).isAfter(end) ? end : last.plus(step);
				return StaleObjective.mark(evaluateJudged(slo, objective, data, asOf, incidents, settings), last, end, maxLag);
			}
		}
		return evaluateJudged(slo, objective, data, end, incidents, settings);
	}

	private static ObjectiveResult evaluateJudged(SloDefinition slo, Objective objective, Map<MetricRef, MetricSamples> data,
			Instant end, List<IncidentWindow> incidents, SloSettings settings) {
		Objects.requireNonNull(end, "end");
		if (!slo.objectives().contains(objective)) {
			throw new IllegalArgumentException("objective " + objective.name() + " is not one of SLO " + slo.name());
		}
		Calculation calc = new Calculation(slo, objective, data);
		Budget budget = calc.budgetAt(end);
		TimeWindow.Span span = budget.span;
		double eventsInWindow = calc.raw.sum(span.start(), end).total();
		boolean noData = budget.units.total() <= 0;
		boolean lowTraffic = eventsInWindow < settings.lowTrafficMinEvents();

		BurnRates burnRates = new BurnRates(calc.burnRate(end, Duration.ofHours(1)), calc.burnRate(end, Duration.ofHours(6)),
				calc.burnRate(end, Duration.ofDays(1)), calc.burnRate(end, Duration.ofDays(3)),
				calc.burnRate(span.start(), end));
		Double remainingPercent = budget.remainingPercent();
		Double tte = remainingPercent == null ? null
				: BurnRateRule.hoursToExhaustion(remainingPercent / 100, span.length(), burnRates.oneDay());

		List<AlertResult> alerts = alerts(calc, end, span, settings);
		IncidentAttribution.Result attribution = IncidentAttribution.attribute(calc.units, span.start(), end, budget.total,
				calc::budgetAmount, slo.service(), incidents);
		List<IncidentImpact> impacts = attribution.impacts();
		List<Finding> findings = findings(slo, objective, budget, impacts, incidents, settings, lowTraffic, noData,
				eventsInWindow, data);
		Health status = status(noData, remainingPercent, alerts, burnRates.oneDay(), settings);
		List<IncidentImpact> top = impacts.subList(0, Math.min(settings.topIncidents(), impacts.size()));

		return new ObjectiveResult(slo.name(), slo.service(), objective.name(), objective.target(),
				slo.budgetingMethod().openSloName(), slo.timeWindow().text(), span.start(), end,
				noData ? null : budget.units.good() / budget.units.total(), calc.timeSliced() ? "minutes" : "events",
				budget.total, budget.consumed, budget.total - budget.consumed, budget.consumedPercent(), remainingPercent,
				burnRates, tte, lowTraffic, eventsInWindow, alerts, top, burndown(calc, budget, slo.timeWindow()), status,
				findings, attribution.attribution(), statusReason(noData, remainingPercent, alerts, burnRates.oneDay(), settings));
	}

	// ---- budget and burn ------------------------------------------------------------------------------

	/** Budget of the window ending at some instant. */
	record Budget(TimeWindow.Span span, EventSeries.Sums units, double total, double consumed) {

		Double consumedPercent() {
			return this.total > 0 ? 100 * this.consumed / this.total : null;
		}

		Double remainingPercent() {
			Double consumedPercent = consumedPercent();
			return (consumedPercent == null || this.units.total() <= 0) ? null : 100 - consumedPercent;
		}

	}

	/** The series of one objective and the budget arithmetic on them. */
	static final class Calculation {

		final SloDefinition slo;

		final Objective objective;

		/** One unit per sample: events (ratio) or 1 (threshold). */
		final EventSeries raw;

		/** What the budget counts: samples (Occurrences) or slices. */
		final EventSeries units;

		Calculation(SloDefinition slo, Objective objective, Map<MetricRef, MetricSamples> data) {
			this.slo = slo;
			this.objective = objective;
			this.raw = rawEvents(slo.indicator(), objective, data);
			this.units = switch (slo.budgetingMethod()) {
				case OCCURRENCES -> this.raw;
				case TIMESLICES, RATIO_TIMESLICES -> slices(this.raw, objective, slo.budgetingMethod());
			};
		}

		boolean timeSliced() {
			return this.slo.budgetingMethod() != BudgetingMethod.OCCURRENCES;
		}

		double sliceMinutes() {
			return this.objective.timeSliceWindow().toMillis() / 60_000.0;
		}

		/** Converts bad units to budget units: events, or minutes for time slices. */
		double budgetAmount(double badUnits) {
			return timeSliced() ? badUnits * sliceMinutes() : badUnits;
		}

		Budget budgetAt(Instant t) {
			TimeWindow.Span span = this.slo.timeWindow().spanEndingAt(t);
			EventSeries.Sums sums = this.units.sum(span.start(), t);
			double total = timeSliced() ? this.objective.budgetFraction() * span.length().toMillis() / 60_000.0
					: this.objective.budgetFraction() * sums.total();
			return new Budget(span, sums, total, budgetAmount(sums.bad()));
		}

		/** Burn rate over {@code [t - lookback, t)}. */
		Double burnRate(Instant t, Duration lookback) {
			return burnRate(t.minus(lookback), t);
		}

		/** {@code errorRatio / (1 - target)} over {@code [from, to)}; {@code null} without data. */
		Double burnRate(Instant from, Instant to) {
			Double errorRatio = this.units.sum(from, to).errorRatio();
			return errorRatio == null ? null : errorRatio / this.objective.budgetFraction();
		}

	}

	private static EventSeries rawEvents(Indicator indicator, Objective objective, Map<MetricRef, MetricSamples> data) {
		TreeMap<Long, double[]> events = new TreeMap<>();
		if (indicator instanceof Indicator.Ratio ratio) {
			TreeMap<Long, Double> totals = byTime(data.get(ratio.total()));
			TreeMap<Long, Double> counts = byTime(data.get(ratio.good() != null ? ratio.good() : ratio.bad()));
			for (Map.Entry<Long, Double> entry : totals.entrySet()) {
				Double count = counts.get(entry.getKey());
				double total = entry.getValue();
				if (count == null || total < 0) {
					continue;
				}
				double clamped = Math.max(0, Math.min(total, count));
				double good = ratio.good() != null ? clamped : total - clamped;
				events.put(entry.getKey(), new double[] { good, total });
			}
		}
		else if (indicator instanceof Indicator.Threshold threshold) {
			for (Map.Entry<Long, Double> entry : byTime(data.get(threshold.metric())).entrySet()) {
				boolean good = objective.op().test(entry.getValue(), objective.value());
				events.put(entry.getKey(), new double[] { good ? 1 : 0, 1 });
			}
		}
		return toSeries(events);
	}

	private static TreeMap<Long, Double> byTime(MetricSamples samples) {
		TreeMap<Long, Double> map = new TreeMap<>();
		if (samples != null) {
			for (int i = 0; i < samples.size(); i++) {
				if (samples.timestamps()[i] != null && !Double.isNaN(samples.values()[i])) {
					map.put(samples.timestamps()[i].toEpochMilli(), samples.values()[i]);
				}
			}
		}
		return map;
	}

	private static EventSeries slices(EventSeries raw, Objective objective, BudgetingMethod method) {
		long slice = objective.timeSliceWindow().toMillis();
		TreeMap<Long, double[]> sums = new TreeMap<>();
		for (int i = 0; i < raw.size(); i++) {
			double[] sliceSums = sums.computeIfAbsent(Math.floorDiv(raw.time(i), slice) * slice, (k) -> new double[2]);
			sliceSums[0] += raw.good(i);
			sliceSums[1] += raw.total(i);
		}
		TreeMap<Long, double[]> units = new TreeMap<>();
		for (Map.Entry<Long, double[]> entry : sums.entrySet()) {
			double total = entry.getValue()[1];
			if (total <= 0) {
				continue;
			}
			double ratio = entry.getValue()[0] / total;
			// a tolerance of 1e-12 keeps 0.99 from failing a 0.99 target through rounding
			double good = (method == BudgetingMethod.TIMESLICES) ? (ratio >= objective.timeSliceTarget() - 1e-12 ? 1 : 0)
					: ratio;
			units.put(entry.getKey(), new double[] { good, 1 });
		}
		return toSeries(units);
	}

	private static EventSeries toSeries(TreeMap<Long, double[]> units) {
		long[] times = new long[units.size()];
		double[] good = new double[units.size()];
		double[] total = new double[units.size()];
		int i = 0;
		for (Map.Entry<Long, double[]> entry : units.entrySet()) {
			times[i] = entry.getKey();
			good[i] = entry.getValue()[0];
			total[i] = entry.getValue()[1];
			i++;
		}
		return new EventSeries(times, good, total);
	}

	// ---- alerts -----------------------------------------------------------------------------------------

	/** The replay instants: every step of the report day, ending exactly at {@code end}. */
	static List<Instant> replayInstants(Instant end, Duration step) {
		long count = Math.max(1, REPORT_DAY.toMillis() / step.toMillis());
		List<Instant> instants = new ArrayList<>();
		for (long j = count - 1; j >= 0; j--) {
			instants.add(end.minus(step.multipliedBy(j)));
		}
		return instants;
	}

	private interface Condition {

		boolean firing(Instant t);

	}

	private static List<AlertResult> alerts(Calculation calc, Instant end, TimeWindow.Span span, SloSettings settings) {
		Duration step = calc.raw.medianStep(DEFAULT_STEP);
		if (step.isZero() || step.compareTo(REPORT_DAY) > 0) {
			step = DEFAULT_STEP;
		}
		List<Instant> instants = replayInstants(end, step);
		List<AlertResult> alerts = new ArrayList<>();
		for (BurnRateRule rule : BurnRateRule.WORKBOOK) {
			double factor = rule.factor(span.length());
			alerts.add(replay(rule.name(), rule.severity(), BurnRateRule.shorthand(rule.longWindow()),
					BurnRateRule.shorthand(rule.shortWindow()), factor, instants, step,
					(t) -> above(calc.burnRate(t, rule.longWindow()), factor)
							&& above(calc.burnRate(t, rule.shortWindow()), factor)));
		}
		alerts.add(replay("error_budget_critical", "page", calc.slo.timeWindow().text(), null,
				settings.criticalRemainingPercent(), instants, step, (t) -> {
					Double remaining = calc.budgetAt(t).remainingPercent();
					return remaining != null && remaining < settings.criticalRemainingPercent();
				}));
		alerts.add(replay("high_burn_rate", "ticket", "1h", null, settings.highBurnRate(), instants, step,
				(t) -> above(calc.burnRate(t, Duration.ofHours(1)), settings.highBurnRate())));
		return alerts;
	}

	/**
	 * {@code burnRate > factor}, with a relative tolerance of 1e-9 so that a burn rate equal to the factor up to
	 * rounding (14.4 computed as 14.400000000000002) does not fire.
	 */
	private static boolean above(Double burnRate, double factor) {
		return burnRate != null && burnRate > factor * (1 + 1e-9);
	}

	private static AlertResult replay(String name, String severity, String longWindow, String shortWindow, Double factor,
			List<Instant> instants, Duration step, Condition condition) {
		Instant firstFiredAt = null;
		long firingSteps = 0;
		boolean firing = false;
		for (Instant t : instants) {
			firing = condition.firing(t);
			if (firing) {
				firingSteps++;
				if (firstFiredAt == null) {
					firstFiredAt = t;
				}
			}
		}
		return new AlertResult(name, severity, longWindow, shortWindow, factor, firing, firstFiredAt,
				step.multipliedBy(firingSteps).toMinutes());
	}

	// ---- incidents, findings, status, burndown ------------------------------------------------------------

	/**
	 * Why an objective has no data, per metric: absent from the data map (not stored at all), or no
	 * samples; a ratio indicator also has no events when its two series never share a timestamp.
	 */
	static String missing(SloDefinition slo, Map<MetricRef, MetricSamples> data) {
		List<String> reasons = new ArrayList<>();
		for (MetricRef ref : slo.metrics()) {
			MetricSamples samples = data.get(ref);
			if (samples == null) {
				reasons.add(ref + " is not in the store");
			}
			else if (samples.size() == 0) {
				reasons.add(ref + " has no samples");
			}
		}
		return reasons.isEmpty() ? "no samples of " + slo.metrics() + " at common timestamps in the window"
				: String.join(", ", reasons);
	}

	private static List<Finding> findings(SloDefinition slo, Objective objective, Budget budget,
			List<IncidentImpact> impacts, List<IncidentWindow> incidents, SloSettings settings, boolean lowTraffic,
			boolean noData, double eventsInWindow, Map<MetricRef, MetricSamples> data) {
		String label = slo.name() + " (" + objective.name() + ")";
		List<Finding> findings = new ArrayList<>();
		if (noData) {
			findings.add(new Finding("no_data", "warning", label + ": no data in the window (" + missing(slo, data)
					+ "); budget and burn rates cannot be computed.", null));
			return findings;
		}
		Double remaining = budget.remainingPercent();
		if (remaining != null && remaining <= 0) {
			findings.add(new Finding("release_freeze_recommended", "critical", String.format(Locale.ROOT,
					"%s: error budget exhausted (%.1f%% remaining); the error budget policy halts releases other than P0 and security fixes until the SLO is back within budget.",
					label, remaining), null));
		}
		for (IncidentImpact impact : impacts) {
			if (impact.budgetConsumedPercent() <= settings.postmortemBudgetPercent()) {
				break; // ranked: the rest is smaller
			}
			boolean hasPostmortem = incidents.stream()
				.anyMatch((incident) -> incident.id().equals(impact.id()) && incident.hasPostmortem());
			findings.add(hasPostmortem
					? new Finding("postmortem_mandatory", "info", String.format(Locale.ROOT,
							"%s: incident %s consumed %.1f%% of the budget (> %.0f%%); its postmortem is mandatory and exists.",
							label, impact.id(), impact.budgetConsumedPercent(), settings.postmortemBudgetPercent()), impact.id())
					: new Finding("postmortem_missing", "critical", String.format(Locale.ROOT,
							"%s: incident %s consumed %.1f%% of the budget (> %.0f%%); a postmortem is mandatory and missing.",
							label, impact.id(), impact.budgetConsumedPercent(), settings.postmortemBudgetPercent()), impact.id()));
		}
		if (lowTraffic) {
			findings.add(new Finding("low_traffic", "warning", String.format(Locale.ROOT,
					"%s: only %.0f events in the window (< %d); one failure moves the SLI a lot and burn-rate alerts are unreliable.",
					label, eventsInWindow, settings.lowTrafficMinEvents()), null));
		}
		return findings;
	}

	/** The objective's {@link Health}, by {@link HealthRules#objective}: the one place the rule lives. */
	private static Health status(boolean noData, Double remaining, List<AlertResult> alerts, Double burnRate1d,
			SloSettings settings) {
		boolean pageFiring = alerts.stream().anyMatch((a) -> a.firing() && "page".equals(a.severity()));
		boolean ticketFiring = alerts.stream().anyMatch((a) -> a.firing() && "ticket".equals(a.severity()));
		return HealthRules.objective(noData ? null : remaining, pageFiring, ticketFiring, burnRate1d,
				settings.criticalRemainingPercent(), settings.amberRemainingPercent());
	}

	/** Why {@link #status} says what it says, by {@link HealthRules#objectiveReason} with the same arguments. */
	private static String statusReason(boolean noData, Double remaining, List<AlertResult> alerts, Double burnRate1d,
			SloSettings settings) {
		boolean pageFiring = alerts.stream().anyMatch((a) -> a.firing() && "page".equals(a.severity()));
		boolean ticketFiring = alerts.stream().anyMatch((a) -> a.firing() && "ticket".equals(a.severity()));
		return HealthRules.objectiveReason(noData ? null : remaining, pageFiring, ticketFiring, burnRate1d,
				settings.criticalRemainingPercent(), settings.amberRemainingPercent());
	}

	private static List<BurndownPoint> burndown(Calculation calc, Budget budget, TimeWindow window) {
		ZoneId zone = window.rolling() ? ZoneOffset.UTC : window.timeZone();
		Instant start = budget.span.start();
		Instant end = budget.span.end();
		List<Instant> points = new ArrayList<>();
		points.add(start);
		for (Instant t = start.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant(); t.isBefore(end);
				t = t.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant()) {
			points.add(t);
		}
		if (end.isAfter(start)) {
			points.add(end);
		}
		List<BurndownPoint> burndown = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			Instant t = points.get(i);
			boolean last = i == points.size() - 1;
			// the evaluation end is the end of the (UTC) report date, whatever the window's zone
			LocalDate date = t.minusNanos(1).atZone(last ? ZoneOffset.UTC : zone).toLocalDate();
			if (last && !burndown.isEmpty() && burndown.get(burndown.size() - 1).date().equals(date)) {
				// e.g. Europe/Berlin: the zone's midnight ending the report date lies an hour before the end
				burndown.remove(burndown.size() - 1);
			}
			Double remaining = null;
			if (budget.total > 0 && budget.units.total() > 0) {
				remaining = 100 * (1 - calc.budgetAmount(calc.units.sum(start, t).bad()) / budget.total);
			}
			burndown.add(new BurndownPoint(date, t, remaining));
		}
		return burndown;
	}

}
