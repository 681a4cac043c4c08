package org.opsreport.incident;

import java.util.List;

/**
 * The seed's {@code generate_sre_dashboard}, computed from data (report.json {@code dashboard}).
 *
 * @param window the incident report window
 * @param services per service: availability, target, budget, burn rate, status, incident metrics
 * @param incidentMetrics the seed's incident summary
 * @param reliabilityTrends this period against the previous one
 * @param sloCompliance the seed's SLO compliance summary
 * @param recommendations the seed's recommendation rules that fired, in the seed's order
 * @param trendThreshold relative change below which a trend is "stable" (e.g. 0.05 = 5%)
 */
public record SreDashboard(IncidentReport.Window window, List<ServiceReliability> services,
		IncidentMetrics incidentMetrics, ReliabilityTrends reliabilityTrends, SloCompliance sloCompliance,
		List<String> recommendations, double trendThreshold) {

	/**
	 * One service's row. The SLO columns come from its availability objective (name containing
	 * "availability"), else from its objective with the least budget remaining; they are {@code null}
	 * for a service with incidents but no SLO.
	 *
	 * (The service's status is not here: it is the summary's, decided by {@code HealthRules.service}.)
	 * @param incidents incident metrics of the service in the window; {@code null} when it had none
	 */
	public record ServiceReliability(String service, String objective, Double availabilityPercent,
			Double targetPercent, Double budgetRemainingPercent, Double burnRate1d,
			IncidentReport.GroupMetrics incidents) {
	}

	/**
	 * The seed's {@code incident_metrics} over the report window.
	 *
	 * @param totalIncidents incidents in the window (seed: total_incidents_30d)
	 * @param sev1Incidents SEV1 incidents
	 * @param sev2Incidents SEV2 incidents
	 * @param averageMttrMinutes mean MTTR, {@code null} without resolved incidents
	 * @param incidentsWithPostmortems resolved incidents with a postmortem
	 * @param recentIncidents incidents detected in the recent window (default 7 days)
	 */
	public record IncidentMetrics(int totalIncidents, int sev1Incidents, int sev2Incidents,
			Double averageMttrMinutes, int incidentsWithPostmortems, int recentIncidents) {
	}

	/**
	 * The seed's four trends, each judged this period against the previous one.
	 *
	 * @param previousPeriodDays length of the previous period in days
	 * @param previousDaysWithData days of the previous period on or after the store's history start
	 * (equal to {@code previousPeriodDays} when the history covers it)
	 * @param historyStart the first day the store holds data for, or null when unknown
	 */
	public record ReliabilityTrends(Trend availability, Trend errorBudget, Trend mttr, Trend incidentFrequency,
			int previousPeriodDays, int previousDaysWithData, java.time.LocalDate historyStart) {
	}

	/**
	 * A trend.
	 *
	 * @param direction {@code improving}, {@code stable}, {@code degrading} or {@code insufficient_data}
	 * @param current this period's value
	 * @param previous the previous period's value
	 * @param relativeChange (judged current &minus; judged previous) / |judged previous| of the judged
	 * quantity (see {@code basis}); {@code null} when the previous value is 0 or missing
	 * @param basis what is compared and which way is better
	 */
	public record Trend(String direction, Double current, Double previous, Double relativeChange, String basis) {
	}

	/**
	 * SLO compliance over the current snapshots.
	 *
	 * @param total SLOs
	 * @param compliant SLI &ge; target
	 * @param atRisk budget remaining below the at-risk threshold (default 20%)
	 * @param noData SLOs without an SLI
	 */
	public record SloCompliance(int total, int compliant, int atRisk, int noData) {
	}

}
