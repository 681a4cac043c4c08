package org.opsreport.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.opsreport.dashboard.SreDashboard;
import org.opsreport.dashboard.SreDashboard.LatePoint;
import org.opsreport.dashboard.SreDashboard.ReliabilityTrends;
import org.opsreport.dashboard.SreDashboard.ServiceReliability;
import org.opsreport.health.Health;
import org.opsreport.summary.Summary;

/**
 * The SRE dashboard section as the templates show it: each service row with the service's one status and its
 * reason (the summary's, by {@code HealthRules.service}), the objective counts per status (the summary's), so the
 * dashboard never contradicts the summary; where the trends' baseline comes from; the points late data changed.
 *
 * @param rows the dashboard's service rows, in its order
 * @param sloCounts objectives per status, {@code null} without a summary
 * @param baselineNote one sentence: which stored report the previous period's figures come from, or why there is
 * not enough history; on days stored before the baseline was recorded, that the trends are as that day judged them
 * @param lateData the burndown points of past days that late data changed
 */
public record DashboardView(List<Row> rows, Summary.SloCounts sloCounts, String baselineNote, List<LatePoint> lateData) {

	/**
	 * @param service the dashboard row
	 * @param status the service's status; UNKNOWN when the summary does not know the service
	 * @param statusReason why the status is not GREEN (the summary's), {@code null} when GREEN or not recorded
	 */
	public record Row(ServiceReliability service, Health status, String statusReason) {
	}

	static DashboardView of(SreDashboard dashboard, Summary summary) {
		if (dashboard == null) {
			return null;
		}
		Map<String, Summary.ServiceLine> lines = summary == null ? Map.of()
				: summary.services().stream().collect(Collectors.toMap(Summary.ServiceLine::service, l -> l));
		return new DashboardView(dashboard.services().stream().map(s -> {
			Summary.ServiceLine line = lines.get(s.service());
			return new Row(s, line == null ? Health.UNKNOWN : line.status(), line == null ? null : line.statusReason());
		}).toList(), summary == null ? null : summary.sloCounts(), baselineNote(dashboard.reliabilityTrends()),
				dashboard.lateData());
	}

	/** Where the previous period's figures come from (the stored report of its last day), or why there are none. */
	static String baselineNote(ReliabilityTrends trends) {
		if (trends == null) {
			return null;
		}
		if (trends.previousReportDate() == null) {
			return "This day was stored before trends took the previous period from its stored report: they are shown as this day's report judged them.";
		}
		boolean slos = Boolean.TRUE.equals(trends.previousSlosStored());
		boolean incidents = Boolean.TRUE.equals(trends.previousIncidentsStored());
		String day = trends.previousReportDate().toString();
		if (slos && incidents) {
			return "The previous period's figures are what the report of " + day
					+ ", its last day, stored; they are never recomputed.";
		}
		if (!slos && !incidents) {
			return "Not enough history: no report is stored for " + day
					+ ", the last day of the previous period, so no trend is judged (a past day's figures are taken from its stored report, never recomputed).";
		}
		return "Not enough history for " + (slos ? "MTTR and incident frequency" : "availability and error budget")
				+ ": the report of " + day + ", the last day of the previous period, stored its "
				+ (slos ? "SLOs but not its incidents" : "incidents but not its SLOs") + ".";
	}

}
