package org.opsreport.report;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opsreport.health.Health;
import org.opsreport.dashboard.SreDashboard;
import org.opsreport.dashboard.SreDashboard.ServiceReliability;
import org.opsreport.summary.Summary;

/**
 * The SRE dashboard section as the templates show it: each service row with the service's one status
 * (the summary's, by {@code HealthRules.service}), and the objective counts per status (the summary's),
 * so the dashboard never contradicts the summary.
 *
 * @param rows the dashboard's service rows, in its order
 * @param sloCounts objectives per status, {@code null} without a summary
 */
public record DashboardView(List<Row> rows, Summary.SloCounts sloCounts) {

	/**
	 * @param service the dashboard row
	 * @param status the service's status; UNKNOWN when the summary does not know the service
	 */
	public record Row(ServiceReliability service, Health status) {
	}

	static DashboardView of(SreDashboard dashboard, Summary summary) {
		if (dashboard == null) {
			return null;
		}
		Map<String, Health> status = summary == null ? Map.of()
				: summary.services().stream().collect(Collectors.toMap(Summary.ServiceLine::service, Summary.ServiceLine::status));
		return new DashboardView(dashboard.services()
			.stream()
			.map(s -> new Row(s, status.getOrDefault(s.service(), Health.UNKNOWN)))
			.toList(), summary == null ? null : summary.sloCounts());
	}


}
