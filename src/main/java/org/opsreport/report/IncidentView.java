package org.opsreport.report;

import java.util.List;

import org.opsreport.incident.IncidentReport;
import org.opsreport.incident.IncidentReport.MissingPostmortem;
import org.opsreport.incident.IncidentReport.OpenIncident;
import org.opsreport.dashboard.SreDashboard;

/**
 * The incident section as the mail digest shows it.
 *
 * @param open incidents open at the end of the day, at most {@link #DIGEST_ROWS}
 * @param openMore open incidents the digest leaves out
 * @param missingPostmortems ids of SEV1/SEV2 incidents without postmortem, at most {@link #DIGEST_ROWS}
 * @param missingMore of those, how many the digest leaves out
 * @param missingTotal SEV1/SEV2 incidents without postmortem
 * @param trendsJudged whether the previous window is a baseline: the report of its last day is stored (the
 * dashboard's rule); where it is not, every section says "not enough history" instead of a trend
 */
public record IncidentView(List<OpenIncident> open, int openMore, List<String> missingPostmortems, int missingMore,
		int missingTotal, boolean trendsJudged) {

	/** Rows in the mail digest. */
	public static final int DIGEST_ROWS = 10;

	static IncidentView of(IncidentReport incidents, SreDashboard dashboard) {
		if (incidents == null) {
			return null;
		}
		List<OpenIncident> open = incidents.open();
		List<String> missing = incidents.missingPostmortems().stream().map(MissingPostmortem::id).toList();
		return new IncidentView(List.copyOf(open.subList(0, Math.min(DIGEST_ROWS, open.size()))),
				Math.max(0, open.size() - DIGEST_ROWS), List.copyOf(missing.subList(0, Math.min(DIGEST_ROWS, missing.size()))),
				Math.max(0, missing.size() - DIGEST_ROWS), missing.size(), baseline(dashboard));
	}

	/**
	 * The dashboard's rule, as that day stored it: the previous period is a baseline when the dashboard judged its
	 * incident frequency (it has the report of the previous period's last day; on older days, enough history).
	 */
	static boolean baseline(SreDashboard dashboard) {
		if (dashboard == null || dashboard.reliabilityTrends() == null
				|| dashboard.reliabilityTrends().incidentFrequency() == null) {
			return true;
		}
		return !"insufficient_data".equals(dashboard.reliabilityTrends().incidentFrequency().direction());
	}

}
