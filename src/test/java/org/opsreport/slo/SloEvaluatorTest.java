package org.opsreport.slo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Hand-computed cases. Report date 2026-11-26, so {@code end = 2026-11-27T00:00Z}; 5-minute samples.
 */
class SloEvaluatorTest {

	private static final Instant END = Instant.parse("2026-11-27T00:00:00Z");

	private static final Instant DAY_START = END.minus(Duration.ofDays(1));

	private static final MetricRef TOTAL = new MetricRef("checkout", "requests_total");

	private static final MetricRef FAILED = new MetricRef("checkout", "requests_failed");

	private static final MetricRef LATENCY = new MetricRef("checkout", "avg_response_time_ms");

	private static final SloSettings SETTINGS = SloSettings.defaults();

	private static final double EPS = 1e-9;

	/** Samples every {@code step} in {@code [from, to)}, value from the instant. */
	static MetricSamples series(Instant from, Instant to, Duration step, Function<Instant, Double> value) {
		List<Instant> times = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		for (Instant t = from; t.isBefore(to); t = t.plus(step)) {
			times.add(t);
			values.add(value.apply(t));
		}
		return MetricSamples.of(times, values);
	}

	private static boolean inBurst(Instant t) {
		// 12:00 (inclusive) to 14:00 (exclusive) of the report day: 24 five-minute samples
		return !t.isBefore(DAY_START.plus(Duration.ofHours(12))) && t.isBefore(DAY_START.plus(Duration.ofHours(14)));
	}

	private static SloDefinition availability(Indicator indicator, TimeWindow window, double target) {
		return new SloDefinition("checkout-availability", "Checkout availability", "checkout", indicator,
				BudgetingMethod.OCCURRENCES, window, List.of(new Objective("99%", target, null, null, null, null)), "test");
	}

	/**
	 * 7d rolling, 99%, 100 requests per 5 minutes (2016 samples, 201600 requests, budget 2016 bad requests);
	 * 20 of 100 fail from 12:00 to 14:00 on the report day (24 samples, 480 bad requests).
	 */
	private static Map<MetricRef, MetricSamples> burstData() {
		Instant from = END.minus(Duration.ofDays(7));
		Map<MetricRef, MetricSamples> data = new HashMap<>();
		data.put(TOTAL, series(from, END, Duration.ofMinutes(5), (t) -> 100.0));
		data.put(FAILED, series(from, END, Duration.ofMinutes(5), (t) -> inBurst(t) ? 20.0 : 0.0));
		return data;
	}

	private static final TimeWindow ROLLING_7D = TimeWindow.rolling(7, TimeWindow.Unit.DAY);

	private ObjectiveResult evaluateBurst(List<IncidentWindow> incidents) {
		SloDefinition slo = availability(new Indicator.Ratio(null, FAILED, TOTAL), ROLLING_7D, 0.99);
		return SloEvaluator.evaluate(slo, slo.objectives().get(0), burstData(), END, incidents, SETTINGS);
	}

	@Test
	void occurrencesBudgetAndBurnRates() {
		ObjectiveResult r = evaluateBurst(List.of());
		assertThat(r.windowStart()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
		assertThat(r.eventsInWindow()).isEqualTo(201600.0);
		assertThat(r.sli()).isCloseTo(1 - 480.0 / 201600, within(EPS));
		assertThat(r.budgetUnit()).isEqualTo("events");
		assertThat(r.budgetTotal()).isCloseTo(2016.0, within(EPS));
		assertThat(r.budgetConsumed()).isCloseTo(480.0, within(EPS));
		assertThat(r.budgetRemaining()).isCloseTo(1536.0, within(EPS));
		assertThat(r.budgetConsumedPercent()).isCloseTo(100 * 480.0 / 2016, within(EPS));
		assertThat(r.budgetRemainingPercent()).isCloseTo(100 - 100 * 480.0 / 2016, within(EPS));
		// 1h and 6h (18:00-24:00) saw no errors; 1d: 480/28800 / 0.01; 3d: 480/86400 / 0.01
		assertThat(r.burnRates().oneHour()).isZero();
		assertThat(r.burnRates().sixHours()).isZero();
		assertThat(r.burnRates().oneDay()).isCloseTo(480.0 / 28800 / 0.01, within(EPS));
		assertThat(r.burnRates().threeDays()).isCloseTo(480.0 / 86400 / 0.01, within(EPS));
		assertThat(r.burnRates().window()).isCloseTo(480.0 / 201600 / 0.01, within(EPS));
		// remaining 0.7619 x 168 h / 1.6667 = 76.8 h
		assertThat(r.timeToExhaustionHours()).isCloseTo(76.8, within(1e-6));
		assertThat(r.lowTraffic()).isFalse();
		// 1d burn 1.67 > 1, no page firing at the end, 76% left: amber
		assertThat(r.status()).isEqualTo(org.opsreport.health.Health.AMBER);
		assertThat(r.findings()).isEmpty();
	}

	@Test
	void goodMetricGivesTheSameAsBadMetric() {
		MetricRef good = new MetricRef("checkout", "requests_ok");
		Map<MetricRef, MetricSamples> data = burstData();
		data.put(good, series(END.minus(Duration.ofDays(7)), END, Duration.ofMinutes(5), (t) -> inBurst(t) ? 80.0 : 100.0));
		SloDefinition slo = availability(new Indicator.Ratio(good, null, TOTAL), ROLLING_7D, 0.99);
		ObjectiveResult r = SloEvaluator.evaluate(slo, slo.objectives().get(0), data, END, List.of(), SETTINGS);
		assertThat(r.budgetConsumed()).isCloseTo(480.0, within(EPS));
		assertThat(r.burnRates().oneDay()).isCloseTo(480.0 / 28800 / 0.01, within(EPS));
	}

	@Test
	void alertReplayOverASyntheticDay() {
		ObjectiveResult r = evaluateBurst(List.of());
		Map<String, AlertResult> alerts = new HashMap<>();
		r.alerts().forEach((a) -> alerts.put(a.name(), a));
		assertThat(r.alerts()).extracting(AlertResult::name)
			.containsExactly("burn_rate_page_1h", "burn_rate_page_6h", "burn_rate_ticket_1d", "burn_rate_ticket_3d",
					"error_budget_critical", "high_burn_rate");
		// 7-day window factors: 0.02*168/1 = 3.36, 0.05*168/6 = 1.4, 0.1*168/24 = 0.7, 0.1*168/72 = 0.2333
		assertThat(alerts.get("burn_rate_page_1h").factor()).isCloseTo(3.36, within(EPS));
		assertThat(alerts.get("burn_rate_ticket_3d").factor()).isCloseTo(0.1 * 168 / 72, within(EPS));
		// page 1h: the 1h burn is k x 1.667 after k bad samples, > 3.36 from the third (t = 12:15);
		// the 5m window stays bad until t = 14:00 -> steps 12:15..14:00 = 22 x 5 min
		assertFiring(alerts.get("burn_rate_page_1h"), "12:15", 110);
		// page 6h: n bad samples burn n x 20/7200/0.01 = n x 0.278 > 1.4 from n = 6 (t = 12:30);
		// the 30m window holds the 13:55 sample until t = 14:25 -> 24 steps
		assertFiring(alerts.get("burn_rate_page_6h"), "12:30", 120);
		// ticket 1d: n x 0.0694 > 0.7 needs n = 11 bad samples (t = 12:55); 2h window until 15:55
		assertFiring(alerts.get("burn_rate_ticket_1d"), "12:55", 185);
		// ticket 3d: n x 0.02315 > 0.2333 needs n = 11 (t = 12:55); 6h window until 19:55
		assertFiring(alerts.get("burn_rate_ticket_3d"), "12:55", 425);
		// seed rule on the 1h burn rate > 5: needs 4 bad samples (6.67; 3 give exactly 5.0) -> 12:20;
		// after the burst the 1h window holds >= 4 bad samples until 14:40
		assertFiring(alerts.get("high_burn_rate"), "12:20", 145);
		assertThat(alerts.get("error_budget_critical").firstFiredAt()).isNull();
		assertThat(alerts.get("error_budget_critical").firingMinutes()).isZero();
		assertThat(r.alerts()).noneMatch(AlertResult::firing);
	}

	private static void assertFiring(AlertResult alert, String firstFired, long minutes) {
		assertThat(alert.firstFiredAt()).as(alert.name()).isEqualTo(Instant.parse("2026-11-26T" + firstFired + ":00Z"));
		assertThat(alert.firingMinutes()).as(alert.name()).isEqualTo(minutes);
		assertThat(alert.firing()).as(alert.name()).isFalse();
	}

	@Test
	void incidentsRankedByBudgetSpentAndPostmortemPolicy() {
		Instant noon = DAY_START.plus(Duration.ofHours(12));
		List<IncidentWindow> incidents = List.of(
				new IncidentWindow("INC-1", Set.of("checkout"), noon, noon.plus(Duration.ofHours(1)), false),
				// open: counts until the end; 13:30-14:00 is 6 bad samples = 120 requests
				new IncidentWindow("INC-2", Set.of("checkout", "payments"), noon.plus(Duration.ofMinutes(90)), null, false),
				new IncidentWindow("INC-3", Set.of("payments"), noon, END, false),
				// 11:00-14:30 covers the whole burst: 480 / 2016 = 23.8% > 20%, no postmortem
				new IncidentWindow("INC-4", Set.of("checkout"), noon.minus(Duration.ofHours(1)),
						noon.plus(Duration.ofMinutes(150)), false),
				// before the window: ignored
				new IncidentWindow("INC-0", Set.of("checkout"), END.minus(Duration.ofDays(9)), END.minus(Duration.ofDays(8)), true));
		ObjectiveResult r = evaluateBurst(incidents);
		// each bad sample charged once, split evenly among the checkout incidents open at it (IncidentAttribution):
		// 12:00-13:00 240 bad, INC-1 + INC-4 -> 120 each; 13:00-13:30 120 bad, INC-4 alone; 13:30-14:00 120 bad,
		// INC-2 + INC-4 -> 60 each. INC-4 = 300, INC-1 = 120, INC-2 = 60 of a 2016-event budget
		assertThat(r.topIncidents()).extracting(IncidentImpact::id).containsExactly("INC-4", "INC-1", "INC-2");
		assertThat(r.topIncidents().get(0).budgetConsumedPercent()).isCloseTo(100 * 300.0 / 2016, within(EPS));
		assertThat(r.topIncidents().get(1).budgetConsumedPercent()).isCloseTo(100 * 120.0 / 2016, within(EPS));
		assertThat(r.topIncidents().get(2).budgetConsumedPercent()).isCloseTo(100 * 60.0 / 2016, within(EPS));
		assertThat(r.budgetAttribution().incidentsPercent()).isCloseTo(100 * 480.0 / 2016, within(EPS));
		assertThat(r.budgetAttribution().notLinkedPercent()).isCloseTo(0.0, within(EPS));
		// 14.9% < 20%: no single incident needs a postmortem by the budget rule
		assertThat(r.findings()).isEmpty();

		// INC-4 alone covers the whole burst: 480 / 2016 = 23.8% > 20%, no postmortem
		List<IncidentWindow> alone = List.of(incidents.get(3), incidents.get(4));
		ObjectiveResult single = evaluateBurst(alone);
		assertThat(single.topIncidents().get(0).budgetConsumedPercent()).isCloseTo(100 * 480.0 / 2016, within(EPS));
		assertThat(single.findings()).singleElement().satisfies((f) -> {
			assertThat(f.code()).isEqualTo("postmortem_missing");
			assertThat(f.incidentId()).isEqualTo("INC-4");
		});
		List<IncidentWindow> withPostmortem = List.of(new IncidentWindow("INC-4", Set.of("checkout"),
				noon.minus(Duration.ofHours(1)), noon.plus(Duration.ofMinutes(150)), true), incidents.get(4));
		assertThat(evaluateBurst(withPostmortem).findings()).extracting(Finding::code).containsExactly("postmortem_mandatory");
	}

	@Test
	void burndownIsDailyAndEndsAtTheResult() {
		ObjectiveResult r = evaluateBurst(List.of());
		// window start + 6 midnights + end
		assertThat(r.burndown()).hasSize(8);
		assertThat(r.burndown().get(0).at()).isEqualTo(r.windowStart());
		assertThat(r.burndown().get(0).budgetRemainingPercent()).isEqualTo(100.0);
		assertThat(r.burndown().get(6).budgetRemainingPercent()).isEqualTo(100.0);
		assertThat(r.burndown().get(7).at()).isEqualTo(END);
		assertThat(r.burndown().get(7).date()).isEqualTo(java.time.LocalDate.parse("2026-11-26"));
		assertThat(r.burndown().get(7).budgetRemainingPercent()).isCloseTo(r.budgetRemainingPercent(), within(EPS));
	}

	@Test
	void fullOutageBurnsAt1000AndExhaustsIn43Minutes() {
		// Workbook: 100% errors on a 99.9% SLO; here the last hour of a 30-day window fails completely
		Instant from = END.minus(Duration.ofDays(30));
		Map<MetricRef, MetricSamples> data = Map.of(TOTAL, series(from, END, Duration.ofMinutes(5), (t) -> 1000.0), FAILED,
				series(from, END, Duration.ofMinutes(5), (t) -> t.isBefore(END.minus(Duration.ofHours(1))) ? 0.0 : 1000.0));
		SloDefinition slo = availability(new Indicator.Ratio(null, FAILED, TOTAL), TimeWindow.rolling(30, TimeWindow.Unit.DAY),
				0.999);
		ObjectiveResult r = SloEvaluator.evaluate(slo, slo.objectives().get(0), data, END, List.of(), SETTINGS);
		assertThat(r.burnRates().oneHour()).isCloseTo(1000.0, within(1e-6));
		// one hour at burn rate 1000 spends 1000/720 of the budget: exhausted
		assertThat(r.budgetConsumedPercent()).isCloseTo(100 * 1000.0 / 720, within(1e-6));
		assertThat(r.timeToExhaustionHours()).isZero();
		assertThat(r.status()).isEqualTo(org.opsreport.health.Health.RED);
		assertThat(r.findings()).extracting(Finding::code).contains("release_freeze_recommended");
		assertThat(r.alerts()).filteredOn(AlertResult::firing).extracting(AlertResult::name)
			.contains("burn_rate_page_1h", "burn_rate_page_6h", "error_budget_critical", "high_burn_rate");
	}

	@Test
	void burnRateOneSpendsExactlyTheBudgetOverTheWindow() {
		// Workbook: burn rate 1 consumes the whole budget in exactly the SLO window (99.9%, 30 days, 0.1% errors)
		Instant from = END.minus(Duration.ofDays(30));
		Map<MetricRef, MetricSamples> data = Map.of(TOTAL, series(from, END, Duration.ofMinutes(5), (t) -> 1000.0), FAILED,
				series(from, END, Duration.ofMinutes(5), (t) -> 1.0));
		SloDefinition slo = availability(new Indicator.Ratio(null, FAILED, TOTAL), TimeWindow.rolling(30, TimeWindow.Unit.DAY),
				0.999);
		ObjectiveResult r = SloEvaluator.evaluate(slo, slo.objectives().get(0), data, END, List.of(), SETTINGS);
		assertThat(r.burnRates().window()).isCloseTo(1.0, within(1e-9));
		assertThat(r.burnRates().oneHour()).isCloseTo(1.0, within(1e-9));
		assertThat(r.budgetConsumedPercent()).isCloseTo(100.0, within(1e-9));
	}

	@Test
	void burnRate14Point4ForOneHourSpendsTwoPercentOfA30DayBudget() {
		// Workbook: 14.4 over 1h = 2% of a 30-day budget. 99.9%, 1000 requests per 5 min, 14.4 failing in the last hour
		Instant from = END.minus(Duration.ofDays(30));
		Instant lastHour = END.minus(Duration.ofHours(1));
		Map<MetricRef, MetricSamples> data = Map.of(TOTAL, series(from, END, Duration.ofMinutes(5), (t) -> 1000.0), FAILED,
				series(from, END, Duration.ofMinutes(5), (t) -> t.isBefore(lastHour) ? 0.0 : 14.4));
		SloDefinition slo = availability(new Indicator.Ratio(null, FAILED, TOTAL), TimeWindow.rolling(30, TimeWindow.Unit.DAY),
				0.999);
		ObjectiveResult r = SloEvaluator.evaluate(slo, slo.objectives().get(0), data, END, List.of(), SETTINGS);
		assertThat(r.burnRates().oneHour()).isCloseTo(14.4, within(1e-9));
		assertThat(r.budgetConsumedPercent()).isCloseTo(2.0, within(1e-9));
		// exactly at the factor is not above it: the page needs a burn rate > 14.4
		assertThat(r.alerts().get(0).firing()).isFalse();
	}

	/**
	 * 1d rolling latency SLO, 99%, 10-minute slices over 5-minute samples (144 slices): 200 ms except slice
	 * 10:00 (both samples 500 ms), slice 12:00 (one sample 500 ms) and slice 14:00 (no data).
	 */
	private static Map<MetricRef, MetricSamples> latencyData() {
		Instant slowSlice = DAY_START.plus(Duration.ofHours(10));
		Instant halfSlice = DAY_START.plus(Duration.ofHours(12));
		Instant gap = DAY_START.plus(Duration.ofHours(14));
		return Map.of(LATENCY, series(DAY_START, END, Duration.ofMinutes(5), (t) -> {
			if (t.equals(slowSlice) || t.equals(slowSlice.plus(Duration.ofMinutes(5))) || t.equals(halfSlice)) {
				return 500.0;
			}
			if (t.equals(gap) || t.equals(gap.plus(Duration.ofMinutes(5)))) {
				return Double.NaN;
			}
			return 200.0;
		}));
	}

	private static SloDefinition latency(BudgetingMethod method, Double sliceTarget) {
		return new SloDefinition("checkout-latency", "Checkout latency", "checkout", new Indicator.Threshold(LATENCY), method,
				TimeWindow.rolling(1, TimeWindow.Unit.DAY),
				List.of(new Objective("under 400 ms", 0.99, ThresholdOperator.LT, 400.0, sliceTarget, Duration.ofMinutes(10))),
				"test");
	}

	@Test
	void timeslicesHandComputed() {
		SloDefinition slo = latency(BudgetingMethod.TIMESLICES, 0.75);
		ObjectiveResult r = SloEvaluator.evaluate(slo, slo.objectives().get(0), latencyData(), END, List.of(), SETTINGS);
		// 143 observed slices, 2 bad (the half slice has ratio 0.5 < 0.75)
		assertThat(r.budgetUnit()).isEqualTo("minutes");
		assertThat(r.sli()).isCloseTo(141.0 / 143, within(EPS));
		// budget 1% of 1440 min = 14.4 min; consumed 2 x 10 min
		assertThat(r.budgetTotal()).isCloseTo(14.4, within(EPS));
		assertThat(r.budgetConsumed()).isCloseTo(20.0, within(EPS));
		assertThat(r.budgetRemainingPercent()).isCloseTo(100 - 100 * 20 / 14.4, within(EPS));
		assertThat(r.burnRates().window()).isCloseTo(2.0 / 143 / 0.01, within(EPS));
		assertThat(r.eventsInWindow()).isEqualTo(286.0);
		assertThat(r.lowTraffic()).isTrue();
		assertThat(r.findings()).extracting(Finding::code).containsExactly("release_freeze_recommended", "low_traffic");

		SloDefinition lenient = latency(BudgetingMethod.TIMESLICES, 0.5);
		ObjectiveResult l = SloEvaluator.evaluate(lenient, lenient.objectives().get(0), latencyData(), END, List.of(), SETTINGS);
		// ratio 0.5 meets 0.5: one bad slice, 10 of 14.4 minutes
		assertThat(l.budgetConsumed()).isCloseTo(10.0, within(EPS));
		assertThat(l.budgetConsumedPercent()).isCloseTo(100 * 10 / 14.4, within(EPS));
	}

	@Test
	void ratioTimeslicesHandComputed() {
		SloDefinition slo = latency(BudgetingMethod.RATIO_TIMESLICES, null);
		ObjectiveResult r = SloEvaluator.evaluate(slo, slo.objectives().get(0), latencyData(), END, List.of(), SETTINGS);
		// slice ratios: 0 (slow), 0.5 (half), 1 for the other 141: error sum 1.5 slices = 15 minutes
		assertThat(r.sli()).isCloseTo(1 - 1.5 / 143, within(EPS));
		assertThat(r.budgetConsumed()).isCloseTo(15.0, within(EPS));
		assertThat(r.budgetConsumedPercent()).isCloseTo(100 * 15 / 14.4, within(EPS));
	}

	@Test
	void calendarMonthOccurrencesExcludesThePreviousMonth() {
		// hourly samples from 25 October; 10 requests each; 5 failures on 30 October (outside) and on 10 November
		Instant from = Instant.parse("2026-10-25T00:00:00Z");
		Instant outside = Instant.parse("2026-10-30T08:00:00Z");
		Instant inside = Instant.parse("2026-11-10T08:00:00Z");
		Map<MetricRef, MetricSamples> data = Map.of(TOTAL, series(from, END, Duration.ofHours(1), (t) -> 10.0), FAILED,
				series(from, END, Duration.ofHours(1), (t) -> (t.equals(outside) || t.equals(inside)) ? 5.0 : 0.0));
		TimeWindow month = TimeWindow.calendar(1, TimeWindow.Unit.MONTH, LocalDateTime.parse("2026-01-01T00:00:00"),
				ZoneOffset.UTC);
		SloDefinition slo = availability(new Indicator.Ratio(null, FAILED, TOTAL), month, 0.99);
		ObjectiveResult r = SloEvaluator.evaluate(slo, slo.objectives().get(0), data, END, List.of(), SETTINGS);
		assertThat(r.window()).isEqualTo("1M");
		assertThat(r.windowStart()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
		// 26 days x 24 h x 10 = 6240 requests, budget 62.4, consumed 5
		assertThat(r.eventsInWindow()).isEqualTo(6240.0);
		assertThat(r.budgetTotal()).isCloseTo(62.4, within(EPS));
		assertThat(r.budgetConsumed()).isCloseTo(5.0, within(EPS));
		assertThat(r.budgetConsumedPercent()).isCloseTo(100 * 5 / 62.4, within(EPS));
		// the factors use the whole month (30 days): 0.02 x 720 h / 1 h
		assertThat(r.alerts().get(0).factor()).isCloseTo(14.4, within(EPS));
		assertThat(r.burndown()).hasSize(27);
		assertThat(r.status()).isEqualTo(org.opsreport.health.Health.GREEN);
		// the month start is earlier than the 3-day look-back of the first replay step (22 November)
		assertThat(SloEvaluator.dataStart(slo, END)).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
	}

	@Test
	void berlinMonthBurndownHasOnePointPerDayEndingAtTheReportDate() {
		Map<MetricRef, MetricSamples> data = Map.of(TOTAL,
				series(END.minus(Duration.ofDays(30)), END, Duration.ofHours(1), (t) -> 10.0), FAILED,
				series(END.minus(Duration.ofDays(30)), END, Duration.ofHours(1), (t) -> 0.0));
		TimeWindow month = TimeWindow.calendar(1, TimeWindow.Unit.MONTH, LocalDateTime.parse("2026-01-01T00:00:00"),
				java.time.ZoneId.of("Europe/Berlin"));
		SloDefinition slo = availability(new Indicator.Ratio(null, FAILED, TOTAL), month, 0.99);
		ObjectiveResult r = SloEvaluator.evaluate(slo, slo.objectives().get(0), data, END, List.of(), SETTINGS);
		// November in Berlin starts at 2026-10-31T23:00Z; points: the start, the Berlin midnights ending 1..25
		// November, and the end of the UTC report date 26 November (which replaces the Berlin midnight an hour
		// earlier that also ends 26 November)
		assertThat(r.windowStart()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
		assertThat(r.burndown()).hasSize(27);
		assertThat(r.burndown().get(1).at()).isEqualTo(Instant.parse("2026-11-01T23:00:00Z"));
		assertThat(r.burndown().get(1).date()).isEqualTo(java.time.LocalDate.parse("2026-11-01"));
		assertThat(r.burndown().get(25).date()).isEqualTo(java.time.LocalDate.parse("2026-11-25"));
		assertThat(r.burndown().get(26).at()).isEqualTo(END);
		assertThat(r.burndown().get(26).date()).isEqualTo(java.time.LocalDate.parse("2026-11-26"));
	}

	@Test
	void calendarTimeslicesBudgetIsTheWholePeriod() {
		TimeWindow month = TimeWindow.calendar(1, TimeWindow.Unit.MONTH, LocalDateTime.parse("2026-01-01T00:00:00"),
				ZoneOffset.UTC);
		SloDefinition slo = new SloDefinition("checkout-latency", "x", "checkout", new Indicator.Threshold(LATENCY),
				BudgetingMethod.TIMESLICES, month,
				List.of(new Objective("under 400 ms", 0.99, ThresholdOperator.LT, 400.0, 1.0, Duration.ofMinutes(5))), "test");
		ObjectiveResult r = SloEvaluator.evaluate(slo, slo.objectives().get(0), latencyData(), END, List.of(), SETTINGS);
		// 1% of November's 43200 minutes; 3 bad 5-minute slices (10:00, 10:05, 12:00)
		assertThat(r.budgetTotal()).isCloseTo(432.0, within(EPS));
		assertThat(r.budgetConsumed()).isCloseTo(15.0, within(EPS));
	}

	@Test
	void dataStartCoversReplayOfRollingWindow() {
		SloDefinition slo = availability(new Indicator.Ratio(null, FAILED, TOTAL), TimeWindow.rolling(28, TimeWindow.Unit.DAY),
				0.999);
		// the first replay step of the day looks 28 days back from just after the day start
		assertThat(SloEvaluator.dataStart(slo, END)).isAfter(END.minus(Duration.ofDays(29)).minusSeconds(1))
			.isBefore(END.minus(Duration.ofDays(28)));
	}

	@Test
	void noDataIsUnknownNotGreen() {
		SloDefinition slo = availability(new Indicator.Ratio(null, FAILED, TOTAL), ROLLING_7D, 0.99);
		ObjectiveResult r = SloEvaluator.evaluate(slo, slo.objectives().get(0), Map.of(), END, List.of(), SETTINGS);
		assertThat(r.sli()).isNull();
		assertThat(r.budgetRemainingPercent()).isNull();
		assertThat(r.burnRates().oneHour()).isNull();
		assertThat(r.timeToExhaustionHours()).isNull();
		assertThat(r.status()).isEqualTo(org.opsreport.health.Health.UNKNOWN);
		assertThat(r.lowTraffic()).isTrue();
		assertThat(r.findings()).extracting(Finding::code).containsExactly("no_data");
	}

}
