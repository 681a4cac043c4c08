package org.opsreport.scaling;

import java.util.Arrays;
import java.util.Optional;

/**
 * The seed's {@code ScalingTriggerType}: which metric a scaling policy watches.
 * <p>
 * The replay evaluates a policy only when the sample carries its metric (the seed skips a policy when
 * {@code current_metrics.get(trigger_type)} is {@code None}); {@code custom_metric}, {@code predictive}
 * and {@code schedule_based} are accepted in the configuration but have no recorded metric, so the reactive
 * replay never fires them (predictive scaling is the separate forecast rule, see {@link PolicyReplay}).
 */
public enum TriggerType {

	CPU_UTILIZATION("cpu_utilization", true),
	MEMORY_UTILIZATION("memory_utilization", true),
	REQUEST_RATE("request_rate", false),
	QUEUE_DEPTH("queue_depth", false),
	CUSTOM_METRIC("custom_metric", false),
	PREDICTIVE("predictive", false),
	SCHEDULE_BASED("schedule_based", false);

	private final String value;

	private final boolean perInstanceUtilization;

	TriggerType(String value, boolean perInstanceUtilization) {
		this.value = value;
		this.perInstanceUtilization = perInstanceUtilization;
	}

	/** The seed's string value, as written in {@code scaling-policies.yaml}. */
	public String value() {
		return this.value;
	}

	/**
	 * Whether the metric is a per-instance utilization (a percentage averaged over the fleet) that the replay
	 * rescales with the simulated instance count: {@code u_sim = u_rec * n_rec / n_sim}. Request rate and
	 * queue depth are service-wide totals and are taken as recorded.
	 */
	public boolean perInstanceUtilization() {
		return this.perInstanceUtilization;
	}

	/** Looks a trigger type up by its seed value ({@code cpu_utilization}, ...). */
	public static Optional<TriggerType> fromValue(String value) {
		return Arrays.stream(values()).filter((t) -> t.value.equals(value)).findFirst();
	}

}
