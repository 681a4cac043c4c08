package org.opsreport.catalog;

/**
 * One service as the operator describes it in {@code jobs/services.yaml} or in an OpenSLO
 * {@code kind: Service} document of {@code jobs/slos/}.
 *
 * @param name the service name used in metric and incident exports
 * @param displayName the name shown in reports
 * @param team the owning team
 * @param instanceCostPerHour what one instance costs per hour (currency of the operator's choice), for
 * scaling cost comparisons; 0 when unknown
 * @param targetUtilization utilization in percent that capacity planning keeps the forecast load under
 * @param minInstances the fewest instances capacity planning may propose
 * @param maxInstances the most instances capacity planning may propose
 * @param description what the service does (services.yaml, else the Service document's
 * {@code spec.description}); empty when neither says
 */
public record ServiceDefinition(String name, String displayName, String team, double instanceCostPerHour,
		double targetUtilization, int minInstances, int maxInstances, String description) {

	public ServiceDefinition {
		if (displayName == null || displayName.isBlank()) {
			displayName = name;
		}
		if (team == null) {
			team = "";
		}
		if (targetUtilization == 0) {
			targetUtilization = 60;
		}
		if (minInstances == 0) {
			minInstances = 1;
		}
		if (maxInstances == 0) {
			maxInstances = Math.max(minInstances, 100);
		}
		if (description == null) {
			description = "";
		}
	}

	/** Without a description. */
	public ServiceDefinition(String name, String displayName, String team, double instanceCostPerHour,
			double targetUtilization, int minInstances, int maxInstances) {
		this(name, displayName, team, instanceCostPerHour, targetUtilization, minInstances, maxInstances, "");
	}

	/** The same service with the display name and description given (blank ones keep their defaults). */
	ServiceDefinition withTexts(String newDisplayName, String newDescription) {
		return new ServiceDefinition(this.name, newDisplayName, this.team, this.instanceCostPerHour,
				this.targetUtilization, this.minInstances, this.maxInstances, newDescription);
	}

}
