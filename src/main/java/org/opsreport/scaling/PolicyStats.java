package org.opsreport.scaling;

/**
 * The seed's {@code policy_statistics} entry.
 *
 * @param policyId the policy
 * @param policyName its name
 * @param triggerCount events won by this policy (all services)
 * @param active the seed's {@code is_active}
 * @param effectivenessScore the seed's formula {@code trigger_count / max(1, window_hours) * 10} with a 24 h window
 */
public record PolicyStats(String policyId, String policyName, int triggerCount, boolean active,
		double effectivenessScore) {
}
