package org.opsreport.catalog;

/**
 * One service as the operator describes it in {@code jobs/services.yaml}.
 *
 * @param name the service name used in metric and incident exports
 * @param displayName the name shown in reports
 * @param team the owning team
 * @param instanceCostPerHour what one instance costs per hour (currency of the operator's choice), for
 * scaling cost comparisons; 0 when unknown
 * @param targetUtilization utilization in percent that capacity planning keeps the forecast load under
 * @param minInstances the fewest instances capacity planning may propose
 * @param maxInstances the most instances capacity planning may propose
 */
public record ServiceDefinition(String name, String displayName, String team, double instanceCostPerHour,
		double targetUtilization, int minInstances, int maxInstances) {

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
	}

}
