package org.opsreport.scaling;

import java.util.List;

/**
 * The seed's {@code ScalingPolicy} plus the services it applies to.
 * <p>
 * Seed defaults (applied by {@link ScalingPolicyLoader} when a field is absent): cooldown 300 s,
 * min 1, max 100 instances, increment 1, evaluation periods 2, active.
 *
 * @param policyId unique id, e.g. {@code checkout-cpu}
 * @param policyName human-readable name
 * @param triggerType the watched metric
 * @param thresholdUp scale out when the metric is strictly above this value
 * @param thresholdDown scale in when the metric is strictly below this value ({@code < thresholdUp})
 * @param scalingDirection the seed's direction field (informational)
 * @param cooldownSeconds no decision of this policy within this many seconds after the service last scaled
 * @param minInstances lower clamp, {@code >= 1}
 * @param maxInstances upper clamp, {@code >= minInstances}
 * @param scaleIncrement instances added or removed per decision, {@code >= 1}
 * @param evaluationPeriods consecutive breaching samples needed before the policy decides, {@code >= 1}
 * @param active the seed's {@code is_active}; inactive policies are never evaluated
 * @param services the services the policy applies to
 */
public record ScalingPolicy(String policyId, String policyName, TriggerType triggerType, double thresholdUp,
		double thresholdDown, ScalingDirection scalingDirection, int cooldownSeconds, int minInstances,
		int maxInstances, int scaleIncrement, int evaluationPeriods, boolean active, List<String> services) {

	public ScalingPolicy {
		services = List.copyOf(services);
	}

	/** Whether this policy is active and applies to {@code service}. */
	public boolean appliesTo(String service) {
		return this.active && this.services.contains(service);
	}

}
