package org.opsreport.hpa;

import java.util.List;

/**
 * {@code spec.behavior.scaleUp} or {@code scaleDown} ({@code HPAScalingRules}) after the API defaults were applied
 * ({@code GenerateHPAScaleUpRules} / {@code GenerateHPAScaleDownRules}, pkg/apis/autoscaling/v2/defaults.go).
 *
 * @param stabilizationWindowSeconds 0..3600
 * @param selectPolicy Max, Min or Disabled
 * @param policies at least one (the defaults when none were given)
 * @param tolerance the per-direction tolerance of {@code behavior.scaleUp/scaleDown.tolerance} (alpha in Kubernetes
 * 1.33, feature gate {@code HPAConfigurableTolerance}); NaN when not set, the controller's
 * {@code --horizontal-pod-autoscaler-tolerance} (0.1) then applies
 */
public record ScalingRules(int stabilizationWindowSeconds, SelectPolicy selectPolicy, List<Policy> policies,
		double tolerance) {

	public ScalingRules {
		policies = List.copyOf(policies);
	}

	/** {@code selectPolicy}. */
	public enum SelectPolicy {

		MAX("Max"), MIN("Min"), DISABLED("Disabled");

		private final String yaml;

		SelectPolicy(String yaml) {
			this.yaml = yaml;
		}

		public String yaml() {
			return this.yaml;
		}

	}

	/** {@code HPAScalingPolicy}: at most {@code value} pods or percent of the pods per {@code periodSeconds}. */
	public record Policy(boolean percent, int value, int periodSeconds) {

		public String yamlType() {
			return this.percent ? "Percent" : "Pods";
		}

	}

	/** API default scale-up rules: no stabilization, Max of 4 pods and 100 % per 15 s. */
	public static ScalingRules defaultScaleUp() {
		return new ScalingRules(0, SelectPolicy.MAX, List.of(new Policy(false, 4, 15), new Policy(true, 100, 15)),
				Double.NaN);
	}

	/** API default scale-down rules: the 300 s window, 100 % per 15 s. */
	public static ScalingRules defaultScaleDown() {
		return new ScalingRules(300, SelectPolicy.MAX, List.of(new Policy(true, 100, 15)), Double.NaN);
	}

	/** The longest policy period ({@code getLongestPolicyPeriod}), how long scale events must be remembered. */
	public int longestPeriodSeconds() {
		return this.policies.stream().mapToInt(Policy::periodSeconds).max().orElse(0);
	}

	ScalingRules withStabilization(int seconds) {
		return new ScalingRules(seconds, this.selectPolicy, this.policies, this.tolerance);
	}

	ScalingRules withPolicies(List<Policy> newPolicies, SelectPolicy select) {
		return new ScalingRules(this.stabilizationWindowSeconds, select, newPolicies, this.tolerance);
	}

}
