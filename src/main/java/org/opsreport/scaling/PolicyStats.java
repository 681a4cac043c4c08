package org.opsreport.scaling;

/**
 * The seed's {@code policy_statistics} entry, with the ranking of {@link PolicyRanking}.
 *
 * @param policyId the policy
 * @param policyName its name
 * @param triggerCount events won by this policy (all services)
 * @param active the seed's {@code is_active}
 * @param effectivenessScore the seed's formula {@code trigger_count / max(1, window_hours) * 10} with a 24 h window
 * (a trigger rate: it rewards flapping, so the ranking uses {@code score})
 * @param underProvisionedMinutes the predictive replay's under-provisioned minutes, summed over the services using
 * the policy
 * @param reversals events of this policy that undid the previous event within twice the cooldown (flapping)
 * @param score {@link PolicyRanking}: {@code 100 x (1 - under-provisioned share) x (1 - reversals / triggers)}
 * @param rank 1 = the best score
 * <p>
 * The ranking fields ({@code underProvisionedMinutes, reversals, score, rank}) are {@code null} on days stored
 * before the ranking existed: not recorded, never a made-up 0.
 */
public record PolicyStats(String policyId, String policyName, int triggerCount, boolean active,
		double effectivenessScore, Long underProvisionedMinutes, Integer reversals, Double score, Integer rank) {

	/** The seed's fields only (ranking fields not recorded). */
	public PolicyStats(String policyId, String policyName, int triggerCount, boolean active, double effectivenessScore) {
		this(policyId, policyName, triggerCount, active, effectivenessScore, null, null, null, null);
	}

}
