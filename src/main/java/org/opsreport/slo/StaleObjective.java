package org.opsreport.slo;

import org.opsreport.health.HealthRules;
import org.opsreport.units.Durations;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The freshness gate of one objective: an objective whose data stopped more than {@code maxLag} before the end
 * of the report date is <b>not judged</b>.
 * <p>
 * How "no fresh data" is represented in an {@link ObjectiveResult}:
 * <ul>
 * <li>{@code status} is {@code unknown} (never red, amber or green);</li>
 * <li>the budget, SLI and burndown are those <b>as of the last data</b>: the objective is evaluated at
 * {@code windowEnd = lastSample + sample interval} (the last sample stands for the interval after it), so the
 * budget is what the last fresh report said, not recomputed from a window that slides over missing data;</li>
 * <li>burn rates and time to exhaustion are {@code null} (nothing is known about the report day) and no alert
 * is firing or fired during the day;</li>
 * <li>a finding {@code stale_data} (warning) comes first and says since when there is no data.</li>
 * </ul>
 * Incident impacts and the other findings are those as of the last data.
 */
final class StaleObjective {

	static final String FINDING = "stale_data";

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

	private StaleObjective() {
	}

	/** True when the last sample lies more than {@code maxLag} before {@code end}. */
	static boolean isStale(Instant lastSample, Instant end, Duration maxLag) {
		return Duration.between(lastSample, end).compareTo(maxLag) > 0;
	}

	/**
	 * The result evaluated as of the last data, marked as not judged.
	 * @param asOfData the objective evaluated at {@code lastSample + interval}
	 * @param lastSample the last sample of the objective's series before {@code end}
	 * @param end the end of the report date
	 */
	static ObjectiveResult mark(ObjectiveResult asOfData, Instant lastSample, Instant end, Duration maxLag) {
		List<AlertResult> alerts = asOfData.alerts()
			.stream()
			.map((a) -> new AlertResult(a.name(), a.severity(), a.longWindow(), a.shortWindow(), a.factor(), false, null, 0))
			.toList();
		List<Finding> findings = new ArrayList<>();
		findings.add(new Finding(FINDING, "warning", String.format(Locale.ROOT,
				"%s (%s): no data since %s UTC (%s before the end of the report date, more than the allowed %s); not judged, figures as of the last data.",
				asOfData.name(), asOfData.objective(), MINUTE.format(lastSample),
				Durations.minutes(Duration.between(lastSample, end).toMinutes()), Durations.minutes(maxLag.toMinutes())),
				null));
		findings.addAll(asOfData.findings());
		return new ObjectiveResult(asOfData.name(), asOfData.service(), asOfData.objective(), asOfData.target(),
				asOfData.budgetingMethod(), asOfData.window(), asOfData.windowStart(), asOfData.windowEnd(), asOfData.sli(),
				asOfData.budgetUnit(), asOfData.budgetTotal(), asOfData.budgetConsumed(), asOfData.budgetRemaining(),
				asOfData.budgetConsumedPercent(), asOfData.budgetRemainingPercent(), new BurnRates(null, null, null, null, null),
				null, asOfData.lowTraffic(), asOfData.eventsInWindow(), alerts, asOfData.topIncidents(), asOfData.burndown(),
				HealthRules.stale(), findings, asOfData.budgetAttribution(),
				"no data since " + MINUTE.format(lastSample) + " UTC: not judged");
	}

}
