package org.opsreport.sample;

import java.util.List;

/**
 * The static shape of one simulated service: how much traffic it gets, how much one instance can take,
 * how it scales and how fast it answers when idle.
 *
 * @param name service id used in the metric files
 * @param displayName human name for {@code jobs/services.yaml}
 * @param team owning team
 * @param instanceCostPerHour cost of one instance per hour (USD)
 * @param targetUtilization percent the autoscaler (and capacity planning) aims for
 * @param minInstances lower bound of the autoscaler
 * @param maxInstances upper bound of the autoscaler
 * @param autoscaled whether {@code instance_count} comes from the simulated autoscaler (else fixed)
 * @param fixedInstances instance count when not autoscaled
 * @param meanRate mean request rate (req/s) on a weekday at the end of the range
 * @param dailyAmplitude relative amplitude of the daily cycle (0.5 means +-50 % around the mean)
 * @param weekendFactor traffic multiplier on Saturday and Sunday
 * @param capacityPerInstance requests per second that drive one instance to 100 % CPU
 * @param baseLatencyMs service time at zero utilization
 * @param baseErrorRatio normal fraction of failed requests
 * @param memoryBase typical memory utilization (percent)
 */
public record ServiceProfile(String name, String displayName, String team, double instanceCostPerHour,
		int targetUtilization, int minInstances, int maxInstances, boolean autoscaled, int fixedInstances,
		double meanRate, double dailyAmplitude, double weekendFactor, double capacityPerInstance,
		double baseLatencyMs, double baseErrorRatio, double memoryBase) {

	/** The eight sample services, in file and YAML order. */
	public static final List<ServiceProfile> SAMPLE = List.of(
			new ServiceProfile("checkout", "Checkout", "payments-platform", 0.192, 60, 2, 10, true, 0,
					260, 0.65, 0.7, 100, 110, 0.00015, 55),
			new ServiceProfile("payments", "Payments", "payments-platform", 0.24, 60, 3, 12, true, 0,
					120, 0.6, 0.7, 60, 160, 0.0002, 60),
			new ServiceProfile("catalog", "Catalog", "discovery", 0.096, 65, 2, 10, true, 0,
					700, 0.5, 0.75, 250, 45, 0.0001, 48),
			new ServiceProfile("search", "Search", "discovery", 0.384, 65, 3, 10, false, 5,
					300, 0.45, 0.75, 140, 70, 0.0001, 68),
			new ServiceProfile("cart", "Cart", "shopping", 0.096, 60, 2, 8, true, 0,
					180, 0.6, 0.7, 80, 40, 0.00015, 42),
			new ServiceProfile("auth", "Auth", "identity", 0.0832, 50, 2, 6, false, 3,
					400, 0.55, 0.7, 400, 25, 0.0001, 35),
			new ServiceProfile("inventory", "Inventory", "fulfillment", 0.192, 70, 2, 4, false, 4,
					40, 0.5, 0.7, 25, 70, 0.00015, 58),
			new ServiceProfile("notifications", "Notifications", "messaging", 0.0416, 70, 1, 4, false, 2,
					50, 0.4, 0.9, 70, 35, 0.0002, 40));

	static ServiceProfile byName(String name) {
		return SAMPLE.stream().filter(p -> p.name.equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("unknown service " + name));
	}

}
