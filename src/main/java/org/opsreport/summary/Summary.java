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
	 * @param text one sentence naming the worst services, e.g. "payments red; 3 SLOs: 1 red, 1 amber; 1 open incident (SEV2)"
	 * @param services the services with the day's (RED or AMBER) status, at most {@link SummaryBuilder#HEADLINE_SERVICES};
	 * empty when the day is GREEN or UNKNOWN
	 * @param owner the owning team(s) of those services (services.yaml {@code team}), {@code null} when unknown
	 * @param action the first recommendation of the day, {@code null} when there is none
	 */
	public record Headline(Health status, String text, List<String> services, String owner, String action) {

		public Headline {
			services = services == null ? List.of() : List.copyOf(services);
		}
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
	 * @param capacityAction tomorrow: {@code scale_up}, {@code scale_down}, {@code keep}, or {@code at_max_and_hot} when
	 * the service ran saturated at its maximum instance count (findings section); {@code null} without a plan
	 * @param capacityDetail the numbers behind the action, e.g. "up to 9 instances at 14:00 UTC (7 today)"
	 * @param owner the owning team (services.yaml {@code team}), {@code null} when unknown
	 * @param statusReason why the status is not GREEN, with the figures: the objectives' reasons
	 * ({@link org.opsreport.health.HealthRules#objectiveReason}, e.g. "inventory-availability: 1-day burn rate 1.42 > 1")
	 * and the open incidents that raise it; {@code null} when GREEN and on days stored before it was recorded
	 */
	public record ServiceLine(String service, Health status, String worstObjective, Double budgetRemainingPercent,
			Integer openIncidents, Integer incidentsInWindow, String capacityAction, String capacityDetail, String owner,
			String statusReason) {

		public ServiceLine(String service, Health status, String worstObjective, Double budgetRemainingPercent,
				Integer openIncidents, Integer incidentsInWindow, String capacityAction, String capacityDetail,
				String owner) {
			this(service, status, worstObjective, budgetRemainingPercent, openIncidents, incidentsInWindow, capacityAction,
					capacityDetail, owner, null);
		}

	}

	/**
	 * @param rank 1, 2, 3
	 * @param impact the impact class, see {@link Impact}
	 * @param service the service concerned, {@code null} when it concerns several
	 * @param message one sentence for the reader
	 * @param owner the owning team of the service, {@code null} when unknown or several services
	 * @param ownerNote why there is no owner, e.g. "owner unknown (service ledger not in services.yaml)";
	 * {@code null} when {@code owner} is known (and on days stored before it was recorded)
	 * @param dueBy when the action is due by the policy that gives a date ({@code dueReason}); {@code null} when no
	 * policy gives one
	 * @param overdue {@code dueBy} is at or before the end of the report date: "overdue since"; {@code null} without
	 * {@code dueBy}
	 * @param dueReason the policy behind {@code dueBy}, e.g. "escalation to Team lead (SEV3 timeline, 240 min after
	 * detection)", "postmortem within 5 working days of resolution (SEV1)", "error budget runs out at the 1-day burn
	 * rate"
	 */
	public record Recommendation(int rank, String impact, String service, String message, String owner,
			String ownerNote, java.time.Instant dueBy, Boolean overdue, String dueReason) {

		public Recommendation(int rank, String impact, String service, String message, String owner) {
			this(rank, impact, service, message, owner, null, null, null, null);
		}

	}

}
