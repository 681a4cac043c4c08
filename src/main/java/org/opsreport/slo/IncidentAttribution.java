package org.opsreport.slo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Charges an objective's consumed error budget to incidents so that no bad unit is counted twice.
 * <p>
 * Rule ({@code split_evenly}): a bad unit (a sample's bad events for Occurrences, a bad slice for Timeslices, a
 * slice's error ratio for RatioTimeslices) whose start {@code t} lies in the window and in {@code k >= 1}
 * incidents of the objective's service (an incident covers {@code [detectedAt, resolvedAt)}, open ones up to the
 * evaluation end) is charged {@code bad / k} to each of them; with {@code k = 0} it is "not linked to an incident".
 * Hence {@code sum(incident shares) + notLinked = consumed}, exactly. Splitting evenly, rather than charging the
 * most severe incident, needs no severity (exports often lack it) and does not hide an overlapping incident.
 * <p>
 * Worked example (docs/slo.md, {@code IncidentAttributionTest}): 100 requests per 5-minute sample, a budget of 100
 * bad events. Incident A is open 10:00-10:30, B 10:15-11:00; 10 requests fail per sample from 10:00 to 10:40 (9
 * samples, 90 bad) and 10 in the sample of 12:00, when no incident is open. 10:00-10:10: A alone, 30; 10:15-10:25:
 * both, 30 split 15 + 15; 10:30-10:40: B alone, 30. A = 45%, B = 45%, not linked 10%, consumed 100%. (Charging
 * each incident every bad unit in its span, as before, gave A 60% and B 60%: 120% of a 100% consumption.)
 */
final class IncidentAttribution {

	static final String RULE = "split_evenly";

	private IncidentAttribution() {
	}

	/** The incidents' shares, ranked (largest first, then id), and the totals. */
	record Result(List<IncidentImpact> impacts, BudgetAttribution attribution) {
	}

	/**
	 * @param units the objective's units (events or slices)
	 * @param windowStart the window start (inclusive)
	 * @param end the evaluation end (exclusive)
	 * @param budgetTotal the total budget in budget units; no attribution when not positive
	 * @param toBudget bad units to budget units (events, or minutes for slices)
	 * @param service the objective's service: only incidents affecting it are charged
	 * @param incidents the incidents
	 */
	static Result attribute(EventSeries units, Instant windowStart, Instant end, double budgetTotal,
			DoubleUnaryOperator toBudget, String service, List<IncidentWindow> incidents) {
		List<IncidentWindow> relevant = new ArrayList<>();
		List<long[]> spans = new ArrayList<>();
		for (IncidentWindow incident : incidents) {
			if (!incident.services().contains(service)) {
				continue;
			}
			Instant from = incident.detectedAt().isBefore(windowStart) ? windowStart : incident.detectedAt();
			Instant to = (incident.resolvedAt() == null || incident.resolvedAt().isAfter(end)) ? end : incident.resolvedAt();
			if (from.isBefore(to)) {
				relevant.add(incident);
				spans.add(new long[] { from.toEpochMilli(), to.toEpochMilli() });
			}
		}
		double[] charged = new double[relevant.size()];
		double consumedBad = 0;
		double linkedBad = 0;
		long startMillis = windowStart.toEpochMilli();
		long endMillis = end.toEpochMilli();
		int[] covering = new int[relevant.size()];
		for (int i = 0; i < units.size(); i++) {
			long t = units.time(i);
			double bad = units.total(i) - units.good(i);
			if (t < startMillis || t >= endMillis || !(bad > 0)) {
				continue;
			}
			consumedBad += bad;
			int k = 0;
			for (int j = 0; j < spans.size(); j++) {
				if (spans.get(j)[0] <= t && t < spans.get(j)[1]) {
					covering[k++] = j;
				}
			}
			for (int c = 0; c < k; c++) {
				charged[covering[c]] += bad / k;
			}
			if (k > 0) {
				linkedBad += bad;
			}
		}
		if (!(budgetTotal > 0)) {
			return new Result(List.of(), new BudgetAttribution(RULE, null, null, null, 0));
		}
		List<IncidentImpact> impacts = new ArrayList<>();
		int withShare = 0;
		for (int j = 0; j < relevant.size(); j++) {
			impacts.add(new IncidentImpact(relevant.get(j).id(), 100 * toBudget.applyAsDouble(charged[j]) / budgetTotal));
			withShare += charged[j] > 0 ? 1 : 0;
		}
		impacts.sort(Comparator.comparingDouble(IncidentImpact::budgetConsumedPercent).reversed()
			.thenComparing(IncidentImpact::id));
		double consumed = 100 * toBudget.applyAsDouble(consumedBad) / budgetTotal;
		double linked = 100 * toBudget.applyAsDouble(linkedBad) / budgetTotal;
		return new Result(impacts, new BudgetAttribution(RULE, consumed, linked, consumed - linked, withShare));
	}

}
