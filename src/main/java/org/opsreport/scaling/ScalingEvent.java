package org.opsreport.scaling;

import java.time.Instant;

/**
 * One entry of the seed's {@code scaling_history}: a consolidated decision that was executed.
 *
 * @param eventId {@code scale_<epoch seconds>_<service>} (the seed's {@code scale_<timestamp>}, made unique per
 * service)
 * @param serviceId the service
 * @param timestamp the sample at which the decision was taken; the new count applies from the next sample
 * @param action {@code scale_out} or {@code scale_in}
 * @param type {@code reactive} (a policy), {@code predictive} (the forecast rule) or {@code target_tracking}
 * @param policyId the winning policy, null for predictive and target-tracking events
 * @param previousInstances count before
 * @param newInstances count after
 * @param triggerMetric metric that triggered it
 * @param triggerValue its value (for predictive: the largest rescaled forecast)
 * @param threshold the crossed threshold
 * @param reason the seed's reason text
 */
public record ScalingEvent(String eventId, String serviceId, Instant timestamp, String action, String type,
		String policyId, int previousInstances, int newInstances, String triggerMetric, double triggerValue,
		double threshold, String reason) {

	public static final String SCALE_OUT = "scale_out";

	public static final String SCALE_IN = "scale_in";

	public boolean scalesOut() {
		return SCALE_OUT.equals(this.action);
	}

}
