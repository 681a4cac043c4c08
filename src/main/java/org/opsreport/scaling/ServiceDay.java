package org.opsreport.scaling;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * Everything the scaling analysis needs about one service for the report day.
 *
 * @param service service name
 * @param targetUtilization target CPU utilization (percent) for target tracking and capacity planning
 * @param instanceCostPerHour cost of one instance for one hour (any currency)
 * @param sampleInterval spacing of {@code samples} (each sample covers {@code [timestamp, timestamp + interval)})
 * @param samples the day's samples; sorted by timestamp here
 * @param forecasts utilization forecasts issued during the day (may be empty: the predictive replay then equals
 * the reactive one)
 * @param tomorrow tomorrow's hourly load forecasts (may be empty: no capacity plan rows)
 * @param minInstances the service's capacity bounds (jobs/services.yaml) for target tracking and the capacity plan;
 * 0 = take the smallest {@code min_instances} of the service's active policies (1 without a policy)
 * @param maxInstances likewise; 0 = the largest {@code max_instances} of its policies (unbounded without a policy)
 */
public record ServiceDay(String service, double targetUtilization, double instanceCostPerHour, Duration sampleInterval,
		List<MetricSample> samples, List<UtilizationForecast> forecasts, List<HourlyLoadForecast> tomorrow,
		int minInstances, int maxInstances) {

	/** A day whose bounds come from the service's policies. */
	public ServiceDay(String service, double targetUtilization, double instanceCostPerHour, Duration sampleInterval,
			List<MetricSample> samples, List<UtilizationForecast> forecasts, List<HourlyLoadForecast> tomorrow) {
		this(service, targetUtilization, instanceCostPerHour, sampleInterval, samples, forecasts, tomorrow, 0, 0);
	}

	public ServiceDay {
		if (!(targetUtilization > 0)) {
			throw new IllegalArgumentException(service + ": targetUtilization must be > 0, was " + targetUtilization);
		}
		if (sampleInterval.isZero() || sampleInterval.isNegative()) {
			throw new IllegalArgumentException(service + ": sampleInterval must be positive");
		}
		if (minInstances < 0 || maxInstances < 0 || (maxInstances > 0 && minInstances > maxInstances)) {
			throw new IllegalArgumentException(service + ": need 0 <= minInstances <= maxInstances (0 = from policies)");
		}
		samples = samples.stream().sorted(Comparator.comparing(MetricSample::timestamp)).toList();
		forecasts = List.copyOf(forecasts);
		tomorrow = List.copyOf(tomorrow);
	}

}
