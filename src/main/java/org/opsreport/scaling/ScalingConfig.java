package org.opsreport.scaling;

import java.util.List;

/**
 * The content of {@code jobs/scaling-policies.yaml}.
 *
 * @param maxScaleEventsPerHour the seed's {@code max_scale_events_per_hour} (default 10): a service never scales
 * more often than this within any trailing 60 minutes
 * @param costOptimizationEnabled the seed's {@code cost_optimization_enabled} (default true), see
 * {@link PolicyReplay}
 * @param policies the policies in file order (file order breaks ties in consolidation)
 */
public record ScalingConfig(int maxScaleEventsPerHour, boolean costOptimizationEnabled, List<ScalingPolicy> policies) {

	/** The seed's {@code max_scale_events_per_hour}. */
	public static final int DEFAULT_MAX_SCALE_EVENTS_PER_HOUR = 10;

	public ScalingConfig {
		policies = List.copyOf(policies);
	}

	/** The active policies that apply to {@code service}, in file order. */
	public List<ScalingPolicy> policiesFor(String service) {
		return this.policies.stream().filter((p) -> p.appliesTo(service)).toList();
	}

}
