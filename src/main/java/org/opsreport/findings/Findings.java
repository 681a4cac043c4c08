package org.opsreport.findings;

import java.util.List;

/**
 * Report section {@code findings}: conclusions for the top of the report that no single analysis draws, as typed
 * data the summary uses ({@link FindingsBuilder} says the rules).
 *
 * @param reclassifications open incidents whose budget spend or open duration exceeds what their severity implies
 * @param saturation services at their maximum instance count and hot, whose capacity advice must not say "scale
 * down"
 * @param owners the owning team of every service of services.yaml, in name order
 * @param capacity the services whose capacity plan the recorded day contradicts, with the action the report shows
 * instead: the one place that decides it (the summary and the scaling section show it); empty on days stored
 * before it was recorded
 */
public record Findings(List<Reclassification> reclassifications, List<Saturation> saturation, List<Owner> owners,
		List<CapacityOverride> capacity) {

	public Findings {
		reclassifications = List.copyOf(reclassifications);
		saturation = List.copyOf(saturation);
		owners = List.copyOf(owners);
		capacity = (capacity != null) ? List.copyOf(capacity) : List.of();
	}

	public Findings(List<Reclassification> reclassifications, List<Saturation> saturation, List<Owner> owners) {
		this(reclassifications, saturation, owners, List.of());
	}

	/** The capacity override of {@code service}, or {@code null} when its plan stands. */
	public CapacityOverride capacityOf(String service) {
		return this.capacity.stream().filter((c) -> c.service().equals(service)).findFirst().orElse(null);
	}

	/** The owning team of {@code service}, or {@code null}. */
	public String ownerOf(String service) {
		return this.owners.stream().filter((o) -> o.service().equals(service)).map(Owner::team).findFirst().orElse(null);
	}

	/**
	 * @param incidentId the incident
	 * @param title its title
	 * @param services its services
	 * @param severity the given severity
	 * @param suggestedSeverity the severity its spend or duration implies (more severe than the given one)
	 * @param budgetSpentPercent the largest share of one SLO budget it spent (attributed, see docs/slo.md)
	 * @param slo that SLO, {@code null} when it spent none
	 * @param openHours hours open at the end of the report date
	 * @param escalationOverdue every step of its escalation timeline has passed
	 * @param owner the owning team of its first service
	 * @param message one sentence for the reader
	 */
	public record Reclassification(String incidentId, String title, List<String> services, String severity,
			String suggestedSeverity, double budgetSpentPercent, String slo, double openHours, boolean escalationOverdue,
			String owner, String message) {

		public Reclassification {
			services = List.copyOf(services);
		}

	}

	/**
	 * @param service the service
	 * @param maxInstances its {@code max_instances} (services.yaml)
	 * @param minutesAtMax recorded minutes of the day at that count with CPU at or above {@code hotCpuPercent}
	 * @param averageCpuPercent the mean CPU over those minutes
	 * @param hotCpuPercent the threshold
	 * @param capacityAction tomorrow's plan would have said ({@code scale_down}, {@code keep}, {@code scale_up}, or
	 * {@code null} without a plan)
	 * @param owner the owning team
	 * @param message one sentence for the reader, replacing "scale down"
	 */
	public record Saturation(String service, int maxInstances, long minutesAtMax, double averageCpuPercent,
			double hotCpuPercent, String capacityAction, String owner, String message) {
	}

	/**
	 * Tomorrow's capacity action for a service whose plan the recorded day contradicts ({@link FindingsBuilder},
	 * "Capacity").
	 *
	 * @param service the service
	 * @param action {@value FindingsBuilder#AT_MAX_AND_HOT} (saturated at its maximum instance count) or
	 * {@value FindingsBuilder#KEEP} (hot below its maximum, where the plan said scale down)
	 * @param planAction what the plan said ({@code scale_down}, {@code keep}, {@code scale_up}, {@code null} without a
	 * plan)
	 * @param detail one sentence for the reader: the figures and why the plan does not hold
	 */
	public record CapacityOverride(String service, String action, String planAction, String detail) {
	}

	/** A service and its team (services.yaml {@code team}). */
	public record Owner(String service, String team) {
	}

}
