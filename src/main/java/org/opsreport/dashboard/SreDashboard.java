package org.opsreport.dashboard;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.opsreport.incident.IncidentReport;

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
 * @param lateData past burndown points of the report date's SLOs that late (or corrected) data changed: what that
 * day's report said against what the data stored now gives; empty on days stored before it was recorded
 */
public record SreDashboard(IncidentReport.Window window, List<ServiceReliability> services,
		IncidentMetrics incidentMetrics, ReliabilityTrends reliabilityTrends, SloCompliance sloCompliance,
		List<String> recommendations, double trendThreshold, List<LatePoint> lateData) {

	public SreDashboard {
		lateData = (lateData != null) ? List.copyOf(lateData) : List.of();
	}

	/**
	 * A past day of an SLO's burndown whose figure changed after that day's report.
	 *
	 * @param slo the SLO
	 * @param objective its objective
	 * @param date the past day
	 * @param reportedPercent budget remaining as that day's report said it (what the burndown shows)
	 * @param recomputedPercent budget remaining recomputed with the data stored now ({@code null} without data)
	 */
	public record LatePoint(String slo, String objective, LocalDate date, Double reportedPercent,
			Double recomputedPercent) {
	}

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
	 * The seed's four trends, each judged this period against the previous one. The previous period is what
	 * the report of its last day ({@code previousReportDate}, the report date minus the period) stored: its SLO
	 * section for availability and error budget, its incident section for MTTR and incident frequency. A past
	 * day's figure is never recomputed here, so it equals what that day's report said; without a stored report
	 * the trend is {@code insufficient_data} ("not enough history").
	 *
	 * @param previousPeriodDays length of the previous period in days
	 * @param previousReportDate the last day of the previous period, whose stored report is the baseline;
	 * {@code null} on days stored before baselines were read from stored reports
	 * @param previousSlosStored that day's SLO section is stored; {@code null} on days stored before it was recorded
	 * @param previousIncidentsStored that day's incident section is stored; {@code null} likewise
	 */
	@JsonIgnoreProperties(ignoreUnknown = true) // days stored before 2026-12 carry previousDaysWithData, historyStart
	public record ReliabilityTrends(Trend availability, Trend errorBudget, Trend mttr, Trend incidentFrequency,
			int previousPeriodDays, LocalDate previousReportDate, Boolean previousSlosStored,
			Boolean previousIncidentsStored) {
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
