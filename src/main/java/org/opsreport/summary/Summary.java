package org.opsreport.summary;

import java.util.List;

import org.opsreport.health.Health;

/**
 * The executive summary at the top of the report (report.json {@code summary}).
 *
 * @param headline the day in one status and one sentence (the mail subject uses both)
 * @param sloCounts objectives per traffic light
 * @param openIncidents incidents open at the end of the report date; {@code null} without an incidents section
 * @param incidentWindowDays length of the incident report window (incidents per service count over it);
 * {@code null} without an incidents section
 * @param services one line per service, worst first
 * @param recommendations the three most important recommendations of the day, ranked by impact
 * @param recommendationsConsidered how many candidate recommendations were ranked
 */
public record Summary(Headline headline, SloCounts sloCounts, Integer openIncidents, Integer incidentWindowDays,
		List<ServiceLine> services, List<Recommendation> recommendations, int recommendationsConsidered) {

	public Summary {
		services = List.copyOf(services);
		recommendations = List.copyOf(recommendations);
	}

	/**
	 * @param status the day's status by {@link org.opsreport.health.HealthRules#report}
	 * @param text one sentence, e.g. "1 of 3 SLOs red, 1 amber; 1 open incident"
	 */
	public record Headline(Health status, String text) {
	}

	public record SloCounts(int red, int amber, int green, int unknown) {

		public int total() {
			return red + amber + green + unknown;
		}

	}

	/**
	 * @param service the service
	 * @param status the service's status by {@link org.opsreport.health.HealthRules#service}: its worst
	 * objective, raised by open incidents on it
	 * @param worstObjective the SLO with the least budget remaining, {@code null} without SLOs
	 * @param budgetRemainingPercent that SLO's budget remaining (%), {@code null} without data
	 * @param openIncidents incidents affecting the service open at the end of the report date; {@code null} without incident results
	 * @param incidentsInWindow incidents affecting the service in the incident window, {@code null} without data
	 * @param capacityAction tomorrow: {@code scale_up}, {@code scale_down}, {@code keep}; {@code null} without a plan
	 * @param capacityDetail the numbers behind the action, e.g. "up to 9 instances at 14:00 UTC (7 today)"
	 */
	public record ServiceLine(String service, Health status, String worstObjective, Double budgetRemainingPercent,
			Integer openIncidents, Integer incidentsInWindow, String capacityAction, String capacityDetail) {
	}

	/**
	 * @param rank 1, 2, 3
	 * @param impact the impact class, see {@link Impact}
	 * @param service the service concerned, {@code null} when it concerns several
	 * @param message one sentence for the reader
	 */
	public record Recommendation(int rank, String impact, String service, String message) {
	}

}
