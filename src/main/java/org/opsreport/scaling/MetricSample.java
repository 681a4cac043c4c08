package org.opsreport.scaling;

import java.time.Instant;

/**
 * One recorded sample of a service (the sample interval is given with the day, typically 5 minutes).
 * A metric that was not recorded is {@link Double#NaN}.
 *
 * @param timestamp start of the sample interval
 * @param instanceCount the recorded instance count ({@code >= 1})
 * @param cpuUtilization percent, fleet average
 * @param memoryUtilization percent, fleet average
 * @param requestRate service-wide requests per second
 * @param queueDepth service-wide queued requests
 * @param avgResponseTimeMs mean response time in milliseconds
 */
public record MetricSample(Instant timestamp, int instanceCount, double cpuUtilization, double memoryUtilization,
		double requestRate, double queueDepth, double avgResponseTimeMs) {

	public MetricSample {
		if (instanceCount < 1) {
			throw new IllegalArgumentException("instanceCount must be >= 1 at " + timestamp + ", was " + instanceCount);
		}
	}

	/** The recorded value of the trigger's metric, NaN when the trigger has no recorded metric. */
	public double recorded(TriggerType trigger) {
		return switch (trigger) {
			case CPU_UTILIZATION -> this.cpuUtilization;
			case MEMORY_UTILIZATION -> this.memoryUtilization;
			case REQUEST_RATE -> this.requestRate;
			case QUEUE_DEPTH -> this.queueDepth;
			default -> Double.NaN;
		};
	}

	/**
	 * The trigger's metric as it would have been with {@code simulatedInstances}: for per-instance utilizations
	 * {@code u_sim = u_rec * n_rec / n_sim} (the load {@code u_rec * n_rec} is what the fleet served), other
	 * metrics as recorded.
	 */
	public double simulated(TriggerType trigger, int simulatedInstances) {
		double value = recorded(trigger);
		return trigger.perInstanceUtilization() ? value * this.instanceCount / simulatedInstances : value;
	}

	/** CPU load in utilization-percent x instances units ({@code cpu * instance_count}). */
	public double cpuLoad() {
		return this.cpuUtilization * this.instanceCount;
	}

}
