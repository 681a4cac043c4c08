package org.opsreport.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opsreport.health.Health;
import org.opsreport.slo.AlertResult;
import org.opsreport.slo.BurndownPoint;
import org.opsreport.slo.Finding;
import org.opsreport.slo.IncidentImpact;
import org.opsreport.slo.ObjectiveResult;

/**
 * The SLO section as the templates show it: grouped, filtered, ranked and cut here, formatted there.
 *
 * @param byService objectives grouped by service, services in the order they first appear
 * @param alerts alerts that fired on the report date (firing at its end or fired during it)
 * @param alertsByObjective the same alerts folded to one row per objective, in report order (the report;
 * the detail page lists every alert)
 * @param topSpenders incidents by budget spent, largest first, at most {@link #TOP_SPENDERS}
 * @param moreSpenders how many more incidents spent budget
 * @param findings error budget policy findings, critical first, then warning, then info
 * @param burndowns each objective with the last {@link #BURNDOWN_DAYS} days of its burndown
 * @param worstFirst objectives by status (RED, AMBER, UNKNOWN, GREEN), within a status the least budget left first
 * @param digest the first {@link #DIGEST_ROWS} of {@code worstFirst} (the mail)
 * @param digestMore how many objectives the digest leaves out
 * @param digestCharts the burndown charts of the worst non-green objectives, at most {@link #DIGEST_CHARTS}
 * @param red objectives RED (likewise amber, green, unknown)
 * @param attributed objectives that consumed budget, with its attribution to incidents
 */
public record SloView(List<ServiceObjectives> byService, List<AlertRow> alerts, List<ObjectiveAlerts> alertsByObjective,
		List<SpentRow> topSpenders,
		int moreSpenders, List<Finding> findings, List<BurndownRow> burndowns, List<ObjectiveResult> worstFirst,
		List<ObjectiveResult> digest, int digestMore, List<ReportTemplateModel.Chart> digestCharts, int red, int amber,
		int green, int unknown, List<ObjectiveResult> attributed) {

	/** Incidents listed under "spent the most budget". */
	public static final int TOP_SPENDERS = 10;

	/** Days of burndown shown per objective. */
	public static final int BURNDOWN_DAYS = 7;

	/** Objectives in the mail digest. */
	public static final int DIGEST_ROWS = 10;

	/** Burndown charts in the mail digest. */
	public static final int DIGEST_CHARTS = 4;

	public record ServiceObjectives(String service, List<ObjectiveResult> objectives) {
	}

	public record AlertRow(ObjectiveResult slo, AlertResult alert) {
	}

	/**
	 * The alerts of one objective that fired on the report date.
	 *
	 * @param slo the objective
	 * @param firing the alerts still firing at the end of the day
	 * @param stopped the alerts that fired during the day and stopped
	 * @param page whether an alert still firing at the end of the day is a page-severity alert
	 * @param firstFiredAt the earliest first firing of the day
	 */
	public record ObjectiveAlerts(ObjectiveResult slo, List<AlertResult> firing, List<AlertResult> stopped, boolean page,
			java.time.Instant firstFiredAt) {
	}

	public record SpentRow(String id, String slo, String objective, double percent) {
	}

	public record BurndownRow(ObjectiveResult slo, List<BurndownPoint> lastDays) {
	}

	static SloView of(List<ObjectiveResult> slos, List<ReportTemplateModel.Chart> charts) {
		if (slos == null) {
			return null;
		}
		Map<String, List<ObjectiveResult>> grouped = new LinkedHashMap<>();
		slos.forEach(s -> grouped.computeIfAbsent(s.service(), k -> new ArrayList<>()).add(s));
		List<ServiceObjectives> byService = grouped.entrySet()
			.stream()
			.map(e -> new ServiceObjectives(e.getKey(), List.copyOf(e.getValue())))
			.toList();

		List<AlertRow> alerts = new ArrayList<>();
		for (ObjectiveResult s : slos) {
			for (AlertResult a : s.alerts()) {
				if (a.firing() || a.firstFiredAt() != null) {
					alerts.add(new AlertRow(s, a));
				}
			}
		}

		List<ObjectiveAlerts> alertsByObjective = new ArrayList<>();
		for (ObjectiveResult s : slos) {
			List<AlertResult> fired = alerts.stream().filter(r -> r.slo() == s).map(AlertRow::alert).toList();
			if (!fired.isEmpty()) {
				alertsByObjective.add(new ObjectiveAlerts(s, fired.stream().filter(AlertResult::firing).toList(),
						fired.stream().filter(a -> !a.firing()).toList(),
						fired.stream().anyMatch(a -> a.firing() && "page".equals(a.severity())),
						fired.stream().map(AlertResult::firstFiredAt).filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null)));
			}
		}

		List<SpentRow> spent = new ArrayList<>();
		for (ObjectiveResult s : slos) {
			for (IncidentImpact i : s.topIncidents()) {
				if (i.budgetConsumedPercent() > 0) {
					spent.add(new SpentRow(i.id(), s.name(), s.objective(), i.budgetConsumedPercent()));
				}
			}
		}
		// largest first; among equal shares the later listed first (as the report always showed them)
		spent.sort(Comparator.comparingDouble(SpentRow::percent));
		java.util.Collections.reverse(spent);

		List<Finding> findings = new ArrayList<>();
		for (String severity : List.of("critical", "warning", "info")) {
			for (ObjectiveResult s : slos) {
				s.findings().stream().filter(f -> severity.equals(f.severity())).forEach(findings::add);
			}
		}

		List<BurndownRow> burndowns = slos.stream()
			.map(s -> new BurndownRow(s, s.burndown().subList(Math.max(0, s.burndown().size() - BURNDOWN_DAYS), s.burndown().size())))
			.toList();

		List<ObjectiveResult> worstFirst = new ArrayList<>(slos);
		worstFirst.sort(Comparator.comparing(ObjectiveResult::status, Health.WORST_FIRST)
			.thenComparing(ObjectiveResult::budgetRemainingPercent, Comparator.nullsLast(Comparator.naturalOrder())));
		List<ObjectiveResult> digest = worstFirst.subList(0, Math.min(DIGEST_ROWS, worstFirst.size()));

		List<ReportTemplateModel.Chart> digestCharts = new ArrayList<>();
		for (ObjectiveResult s : worstFirst) {
			if (digestCharts.size() == DIGEST_CHARTS || s.status() == Health.GREEN) {
				break;
			}
			String subject = s.name() + "/" + s.objective();
			charts.stream().filter(c -> c.section().equals("slos") && c.subject().equals(subject)).forEach(digestCharts::add);
		}

		return new SloView(byService, alerts, List.copyOf(alertsByObjective), List.copyOf(spent.subList(0, Math.min(TOP_SPENDERS, spent.size()))),
				Math.max(0, spent.size() - TOP_SPENDERS), findings, burndowns, List.copyOf(worstFirst), List.copyOf(digest),
				worstFirst.size() - digest.size(), digestCharts, count(slos, Health.RED), count(slos, Health.AMBER),
				count(slos, Health.GREEN), count(slos, Health.UNKNOWN), slos.stream()
					.filter(s -> s.budgetAttribution() != null && s.budgetAttribution().consumedPercent() != null
							&& s.budgetAttribution().consumedPercent() > 0)
					.toList());
	}

	private static int count(List<ObjectiveResult> slos, Health health) {
		return (int) slos.stream().filter(s -> s.status() == health).count();
	}

}
