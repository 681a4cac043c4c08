package org.opsreport.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.opsreport.dashboard.SreDashboard.IncidentMetrics;
import org.opsreport.dashboard.SreDashboard.LatePoint;
import org.opsreport.dashboard.SreDashboard.ReliabilityTrends;
import org.opsreport.dashboard.SreDashboard.ServiceReliability;
import org.opsreport.dashboard.SreDashboard.SloCompliance;
import org.opsreport.dashboard.SreDashboard.Trend;
import org.opsreport.incident.IncidentAnalyzer;
import org.opsreport.incident.IncidentReport;

/**
 * Computes the seed's SRE dashboard ({@code generate_sre_dashboard} and
 * {@code _generate_sre_recommendations}) from SLO snapshots and the incident report instead of the
 * seed's constants (99.5% availability, always-"stable" trends).
 *
 * <p>Trends compare this period with the previous one: relative change
 * r = (x<sub>now</sub> &minus; x<sub>before</sub>) / |x<sub>before</sub>|; |r| &le; threshold is
 * {@code stable}, otherwise {@code improving} or {@code degrading} by which way is better. When
 * x<sub>before</sub> = 0, equal values are stable and any change is a move in its direction (r is not
 * defined). A missing value on either side gives {@code insufficient_data}.
 * <ul>
 * <li>availability: judged on the mean unavailability (100 &minus; SLI%) of the services with an
 * availability SLI in both periods, lower is better; relative availability changes are tiny (99.9 vs
 * 99.0 is 0.9%) while the unavailability grew tenfold</li>
 * <li>error budget: mean budget remaining over the SLOs present in both periods, higher is better</li>
 * <li>MTTR: mean MTTR of the window against the previous window, lower is better</li>
 * <li>incident frequency: incident count of the window against the previous window, lower is better</li>
 * </ul>
 * <p>The previous period's figures are what the report of its last day stored ({@link Baseline}), never recomputed:
 * a past day's number in a later report equals what that day's report said. Without that stored report (the
 * first weeks of a store, a day never reported) the trends are {@code insufficient_data}, shown as "not enough
 * history". Late data that changed a past day is not hidden either: {@link SreDashboard#lateData()} lists the
 * burndown points whose recomputed figure differs from that day's report.
 */
final class SreDashboardCalculator {

	/** Settings; {@link #defaults()} gives the seed's thresholds and a 5% trend threshold. */
	public record Settings(double trendThreshold, double atRiskBudgetPercent, double criticalBudgetPercent,
			int highFrequencyIncidents) {

		/**
		 * Trend threshold 5%; at risk below 20% budget remaining (the seed's {@code remaining < 0.2});
		 * critical below 10% (the seed's {@code remaining < 0.1}); high frequency above 5 recent incidents.
		 */
		public static Settings defaults() {
			return new Settings(0.05, 20, 10, 5);
		}

	}

	public static final String IMPROVING = "improving";

	public static final String STABLE = "stable";

	public static final String DEGRADING = "degrading";

	public static final String INSUFFICIENT_DATA = "insufficient_data";

	private final Settings settings;

	public SreDashboardCalculator(Settings settings) {
		this.settings = settings;
	}

	public SreDashboardCalculator() {
		this(Settings.defaults());
	}

	/**
	 * What the report of the previous period's last day stored, the baseline of the trends.
	 *
	 * @param reportDate that day
	 * @param slos its SLO snapshots, {@code null} when its SLO section is not stored
	 * @param incidents its incident section, {@code null} when not stored
	 */
	public record Baseline(LocalDate reportDate, List<SloSnapshot> slos, IncidentReport incidents) {

		/** No report stored for {@code reportDate}. */
		public static Baseline none(LocalDate reportDate) {
			return new Baseline(reportDate, null, null);
		}

	}

	/**
	 * @param current SLO snapshots at the end of the report date
	 * @param incidents the incident report of the same report date
	 * @param previous what the report of the previous period's last day stored
	 * @param lateData the report date's burndown points changed by late data
	 */
	public SreDashboard compute(List<SloSnapshot> current, IncidentReport incidents, Baseline previous,
			List<LatePoint> lateData) {
		Map<String, SloSnapshot> currentBySvc = representative(current);
		List<SloSnapshot> previousSlos = (previous.slos() != null) ? previous.slos() : List.of();
		Map<String, SloSnapshot> previousBySvc = representative(previousSlos);

		TreeSet<String> services = new TreeSet<>(currentBySvc.keySet());
		incidents.byService().keySet().stream().filter((s) -> !IncidentAnalyzer.NO_SERVICE.equals(s)).forEach(services::add);
		List<ServiceReliability> rows = new ArrayList<>();
		for (String service : services) {
			SloSnapshot slo = currentBySvc.get(service);
			rows.add(new ServiceReliability(service, (slo != null) ? slo.objective() : null,
					(slo != null) ? slo.sliPercent() : null, (slo != null) ? slo.targetPercent() : null,
					(slo != null) ? slo.budgetRemainingPercent() : null, (slo != null) ? slo.burnRate1d() : null,
					incidents.byService().get(service)));
		}

		IncidentMetrics metrics = new IncidentMetrics(incidents.total(), incidents.bySeverity().sev1().count(),
				incidents.bySeverity().sev2().count(), incidents.overall().mttrMinutes(),
				incidents.postmortems().resolvedWithPostmortem(), incidents.incidentsLastDays());

		IncidentReport.Window before = incidents.previous().window();
		int periodDays = (int) ChronoUnit.DAYS.between(before.from(), before.to()) + 1;
		IncidentReport then = previous.incidents();
		ReliabilityTrends trends = new ReliabilityTrends(availabilityTrend(currentBySvc, previousBySvc),
				budgetTrend(current, previousSlos),
				trend(incidents.overall().mttrMinutes(), (then != null) ? then.overall().mttrMinutes() : null, false,
						"mean MTTR in minutes, lower is better"),
				trend((double) incidents.total(), (then != null) ? (double) then.total() : null, false,
						"incidents per window, lower is better"),
				periodDays, previous.reportDate(), previous.slos() != null, then != null);

		int compliant = 0;
		int atRisk = 0;
		int noData = 0;
		for (SloSnapshot slo : current) {
			if (slo.sliPercent() == null) {
				noData++;
			}
			else if (slo.sliPercent() >= slo.targetPercent()) {
				compliant++;
			}
			if (slo.budgetRemainingPercent() != null && slo.budgetRemainingPercent() < settings.atRiskBudgetPercent()) {
				atRisk++;
			}
		}
		return new SreDashboard(incidents.window(), rows, metrics, trends,
				new SloCompliance(current.size(), compliant, atRisk, noData), recommendations(current, incidents),
				settings.trendThreshold(), lateData);
	}

	/**
	 * The seed's {@code _generate_sre_recommendations}, in its order and wording:
	 * <ol>
	 * <li>budgets below 10% remaining: "Critical: N error budgets are nearly exhausted"</li>
	 * <li>more than 5 incidents detected in the recent window (7 days): "High incident frequency
	 * detected - consider reliability improvements"</li>
	 * <li>SEV1/SEV2 without a postmortem: "N high-severity incidents missing postmortems". The seed
	 * counts the last 7 days including open incidents; we count the report window's resolved ones
	 * (an open incident cannot have its postmortem yet), the same list as the report's
	 * {@code missingPostmortems}.</li>
	 * </ol>
	 */
	List<String> recommendations(List<SloSnapshot> current, IncidentReport incidents) {
		List<String> result = new ArrayList<>();
		long critical = current.stream()
			.filter((s) -> s.budgetRemainingPercent() != null
					&& s.budgetRemainingPercent() < settings.criticalBudgetPercent())
			.count();
		if (critical > 0) {
			result.add("Critical: " + critical + " error budgets are nearly exhausted");
		}
		if (incidents.incidentsLastDays() > settings.highFrequencyIncidents()) {
			result.add("High incident frequency detected - consider reliability improvements");
		}
		if (!incidents.missingPostmortems().isEmpty()) {
			result.add(incidents.missingPostmortems().size() + " high-severity incidents missing postmortems");
		}
		return result;
	}

	/** Per service: the availability objective, else the one with the least budget remaining. */
	static Map<String, SloSnapshot> representative(List<SloSnapshot> snapshots) {
		Map<String, SloSnapshot> result = new HashMap<>();
		Comparator<SloSnapshot> preference = Comparator
			.comparing((SloSnapshot s) -> !s.objective().toLowerCase(Locale.ROOT).contains("availability"))
			.thenComparing(SloSnapshot::budgetRemainingPercent, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(SloSnapshot::objective);
		for (SloSnapshot s : snapshots) {
			result.merge(s.service(), s, (a, b) -> (preference.compare(a, b) <= 0) ? a : b);
		}
		return result;
	}

	private Trend availabilityTrend(Map<String, SloSnapshot> now, Map<String, SloSnapshot> before) {
		List<double[]> pairs = new ArrayList<>();
		now.forEach((service, slo) -> {
			SloSnapshot old = before.get(service);
			if (slo.sliPercent() != null && old != null && old.sliPercent() != null
					&& old.objective().equals(slo.objective())) {
				pairs.add(new double[] { slo.sliPercent(), old.sliPercent() });
			}
		});
		String basis = "mean unavailability (100 - availability %) of services measured in both periods, lower is better";
		if (pairs.isEmpty()) {
			// no baseline: this period's value alone, so the row still says where things stand
			return new Trend(INSUFFICIENT_DATA, mean(now.values().stream().map(SloSnapshot::sliPercent).toList()), null,
					null, basis);
		}
		double availNow = pairs.stream().mapToDouble((p) -> p[0]).average().orElseThrow();
		double availBefore = pairs.stream().mapToDouble((p) -> p[1]).average().orElseThrow();
		Trend judged = trend(100 - availNow, 100 - availBefore, false, basis);
		return new Trend(judged.direction(), availNow, availBefore, judged.relativeChange(), basis);
	}

	private Trend budgetTrend(List<SloSnapshot> now, List<SloSnapshot> before) {
		Map<String, SloSnapshot> old = new HashMap<>();
		before.forEach((s) -> old.put(s.service() + "\u0000" + s.objective(), s));
		List<double[]> pairs = new ArrayList<>();
		for (SloSnapshot s : now) {
			SloSnapshot o = old.get(s.service() + "\u0000" + s.objective());
			if (s.budgetRemainingPercent() != null && o != null && o.budgetRemainingPercent() != null) {
				pairs.add(new double[] { s.budgetRemainingPercent(), o.budgetRemainingPercent() });
			}
		}
		String basis = "mean error budget remaining % of SLOs present in both periods, higher is better";
		if (pairs.isEmpty()) {
			return new Trend(INSUFFICIENT_DATA, mean(now.stream().map(SloSnapshot::budgetRemainingPercent).toList()), null,
					null, basis);
		}
		return trend(pairs.stream().mapToDouble((p) -> p[0]).average().orElseThrow(),
				pairs.stream().mapToDouble((p) -> p[1]).average().orElseThrow(), true, basis);
	}

	/** The mean of the values that are there, {@code null} when none is. */
	private static Double mean(List<Double> values) {
		return values.stream().filter((v) -> v != null && !v.isNaN()).mapToDouble(Double::doubleValue).average().stream()
			.boxed().findFirst().orElse(null);
	}

	/** Classifies a change; see the class comment. */
	Trend trend(Double current, Double previous, boolean higherIsBetter, String basis) {
		if (current == null || previous == null || current.isNaN() || previous.isNaN()) {
			return new Trend(INSUFFICIENT_DATA, current, previous, null, basis);
		}
		Double relative = (previous == 0) ? null : (current - previous) / Math.abs(previous);
		String direction;
		boolean stable = (relative != null) ? Math.abs(relative) <= settings.trendThreshold()
				: current.doubleValue() == previous.doubleValue();
		if (stable) {
			direction = STABLE;
		}
		else {
			boolean up = current > previous;
			direction = (up == higherIsBetter) ? IMPROVING : DEGRADING;
		}
		return new Trend(direction, current, previous, relative, basis);
	}

}
