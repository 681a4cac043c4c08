package org.opsreport.hpa;

import java.util.ArrayList;
import java.util.List;

import org.opsreport.hpa.ScalingRules.Policy;
import org.opsreport.hpa.ScalingRules.SelectPolicy;

/**
 * The HorizontalPodAutoscaler controller's decision for one HPA, ported from Kubernetes v1.33
 * {@code pkg/controller/podautoscaler/horizontal.go}: {@code reconcileAutoscaler} after the metrics were read, with
 * its state (the recommendations of past syncs, the scale-up and scale-down events) held here. Time is a parameter
 * (milliseconds), never the clock, so a recorded day can be replayed sync by sync.
 * <ul>
 * <li>A current count above {@code maxReplicas} (below {@code minReplicas}) is set to it, nothing else is
 * considered.</li>
 * <li>Otherwise the metrics' proposal (their maximum) is normalized. <b>Without {@code behavior}</b>
 * ({@code normalizeDesiredReplicas}): the largest recommendation of the last 5 minutes
 * ({@code --horizontal-pod-autoscaler-downscale-stabilization}; recommendations strictly older are ignored and one
 * of them is overwritten), then at most {@code max(2 x current, 4)} and within {@code [min, max]}
 * ({@code convertDesiredReplicasWithRules}). <b>With {@code behavior}</b> ({@code normalizeDesiredReplicasWithBehaviors}):
 * the recommendation is held between the smallest recommendation newer than the scale-up window and the largest newer
 * than the scale-down window ({@code stabilizeRecommendationWithBehaviors}), then limited by the scale-up/scale-down
 * policies over their periods, counting from the count at the period's start ({@code current - added + removed}
 * within the period), combined by {@code selectPolicy}, and clamped to {@code [min, max]}
 * ({@code convertDesiredReplicasWithBehaviorRate}).</li>
 * <li>A change is remembered as a scale event ({@code storeScaleEvent}, only with {@code behavior}), for the rate
 * policies of the next syncs.</li>
 * </ul>
 */
final class HpaController {

	/** {@code --horizontal-pod-autoscaler-downscale-stabilization} default. */
	static final long DOWNSCALE_STABILIZATION_MILLIS = 300_000;

	/** {@code scaleUpLimitFactor} and {@code scaleUpLimitMinimum} of the behaviour-less path. */
	static final double SCALE_UP_LIMIT_FACTOR = 2.0;

	static final double SCALE_UP_LIMIT_MINIMUM = 4.0;

	private final int minReplicas;

	private final int maxReplicas;

	private final ScalingRules scaleUp;

	private final ScalingRules scaleDown;

	private final boolean behavior;

	final List<Recommendation> recommendations = new ArrayList<>();

	final List<ScaleEvent> scaleUpEvents = new ArrayList<>();

	final List<ScaleEvent> scaleDownEvents = new ArrayList<>();

	HpaController(HpaManifest hpa) {
		this(hpa.minReplicas(), hpa.maxReplicas(), hpa.behaviorGiven(), hpa.scaleUp(), hpa.scaleDown());
	}

	HpaController(int minReplicas, int maxReplicas, boolean behavior, ScalingRules scaleUp, ScalingRules scaleDown) {
		this.minReplicas = minReplicas;
		this.maxReplicas = maxReplicas;
		this.behavior = behavior;
		this.scaleUp = scaleUp;
		this.scaleDown = scaleDown;
	}

	/** {@code timestampedRecommendation}. */
	static final class Recommendation {

		int replicas;

		long at;

		Recommendation(int replicas, long at) {
			this.replicas = replicas;
			this.at = at;
		}

	}

	/** {@code timestampedScaleEvent}. */
	static final class ScaleEvent {

		int change;

		long at;

		boolean outdated;

		ScaleEvent(int change, long at, boolean outdated) {
			this.change = change;
			this.at = at;
			this.outdated = outdated;
		}

	}

	/** A normalized count and the condition reason upstream sets with it. */
	record Normalized(int replicas, String reason) {
	}

	/**
	 * One sync.
	 * @param now the sync time (ms)
	 * @param currentReplicas {@code scale.Spec.Replicas}
	 * @param metricDesired the largest proposal of the metrics; negative when the metrics were invalid (the sync then
	 * changes nothing and records nothing, as upstream returns the error)
	 * @return the count after the sync
	 */
	int reconcile(long now, int currentReplicas, int metricDesired) {
		int desired;
		if (currentReplicas > this.maxReplicas) {
			desired = this.maxReplicas;
		}
		else if (currentReplicas < this.minReplicas) {
			desired = this.minReplicas;
		}
		else {
			if (metricDesired < 0) {
				return currentReplicas;
			}
			int prenormalized = Math.max(0, metricDesired);
			desired = this.behavior ? normalizeWithBehaviors(now, currentReplicas, prenormalized).replicas()
					: normalize(now, currentReplicas, prenormalized).replicas();
		}
		if (desired != currentReplicas) {
			storeScaleEvent(now, currentReplicas, desired);
		}
		return desired;
	}

	/** {@code normalizeDesiredReplicas}: the behaviour-less path. */
	Normalized normalize(long now, int currentReplicas, int prenormalized) {
		int stabilized = stabilizeRecommendation(now, prenormalized);
		return convertDesiredReplicasWithRules(currentReplicas, stabilized, this.minReplicas, this.maxReplicas);
	}

	/** {@code stabilizeRecommendation}. */
	int stabilizeRecommendation(long now, int prenormalized) {
		int max = prenormalized;
		boolean foundOld = false;
		int oldIndex = 0;
		long cutoff = now - DOWNSCALE_STABILIZATION_MILLIS;
		for (int i = 0; i < this.recommendations.size(); i++) {
			Recommendation rec = this.recommendations.get(i);
			if (rec.at < cutoff) {
				foundOld = true;
				oldIndex = i;
			}
			else if (rec.replicas > max) {
				max = rec.replicas;
			}
		}
		if (foundOld) {
			this.recommendations.set(oldIndex, new Recommendation(prenormalized, now));
		}
		else {
			this.recommendations.add(new Recommendation(prenormalized, now));
		}
		return max;
	}

	/** {@code convertDesiredReplicasWithRules}. */
	static Normalized convertDesiredReplicasWithRules(int current, int desired, int min, int max) {
		int scaleUpLimit = (int) Math.max(SCALE_UP_LIMIT_FACTOR * current, SCALE_UP_LIMIT_MINIMUM);
		int maximumAllowed;
		String limiting;
		if (max > scaleUpLimit) {
			maximumAllowed = scaleUpLimit;
			limiting = "ScaleUpLimit";
		}
		else {
			maximumAllowed = max;
			limiting = "TooManyReplicas";
		}
		if (desired < min) {
			return new Normalized(min, "TooFewReplicas");
		}
		if (desired > maximumAllowed) {
			return new Normalized(maximumAllowed, limiting);
		}
		return new Normalized(desired, "DesiredWithinRange");
	}

	/** {@code normalizeDesiredReplicasWithBehaviors}. */
	Normalized normalizeWithBehaviors(long now, int currentReplicas, int prenormalized) {
		int stabilized = stabilizeRecommendationWithBehaviors(now, currentReplicas, prenormalized);
		return convertDesiredReplicasWithBehaviorRate(now, currentReplicas, stabilized);
	}

	/** {@code stabilizeRecommendationWithBehaviors}. */
	int stabilizeRecommendationWithBehaviors(long now, int currentReplicas, int desired) {
		boolean foundOld = false;
		int oldIndex = 0;
		int up = desired;
		long upCutoff = now - this.scaleUp.stabilizationWindowSeconds() * 1000L;
		int down = desired;
		long downCutoff = now - this.scaleDown.stabilizationWindowSeconds() * 1000L;
		for (int i = 0; i < this.recommendations.size(); i++) {
			Recommendation rec = this.recommendations.get(i);
			if (rec.at > upCutoff) {
				up = Math.min(rec.replicas, up);
			}
			if (rec.at > downCutoff) {
				down = Math.max(rec.replicas, down);
			}
			if (rec.at < upCutoff && rec.at < downCutoff) {
				foundOld = true;
				oldIndex = i;
			}
		}
		int recommendation = currentReplicas;
		if (recommendation < up) {
			recommendation = up;
		}
		if (recommendation > down) {
			recommendation = down;
		}
		if (foundOld) {
			this.recommendations.set(oldIndex, new Recommendation(desired, now));
		}
		else {
			this.recommendations.add(new Recommendation(desired, now));
		}
		return recommendation;
	}

	/** {@code convertDesiredReplicasWithBehaviorRate}. */
	Normalized convertDesiredReplicasWithBehaviorRate(long now, int current, int desired) {
		if (desired > current) {
			int limit = scaleUpLimit(now, current, this.scaleUp);
			if (limit < current) {
				limit = current; // no further scale-up until the events of the period have passed
			}
			int maximumAllowed = this.maxReplicas;
			String reason;
			if (maximumAllowed > limit) {
				maximumAllowed = limit;
				reason = "ScaleUpLimit";
			}
			else {
				reason = "TooManyReplicas";
			}
			if (desired > maximumAllowed) {
				return new Normalized(maximumAllowed, reason);
			}
		}
		else if (desired < current) {
			int limit = scaleDownLimit(now, current, this.scaleDown);
			if (limit > current) {
				limit = current;
			}
			int minimumAllowed = this.minReplicas;
			String reason;
			if (minimumAllowed < limit) {
				minimumAllowed = limit;
				reason = "ScaleDownLimit";
			}
			else {
				reason = "TooFewReplicas";
			}
			if (desired < minimumAllowed) {
				return new Normalized(minimumAllowed, reason);
			}
		}
		return new Normalized(desired, "DesiredWithinRange");
	}

	/** {@code calculateScaleUpLimitWithScalingRules}. */
	int scaleUpLimit(long now, int current, ScalingRules rules) {
		if (rules.selectPolicy() == SelectPolicy.DISABLED) {
			return current;
		}
		boolean min = rules.selectPolicy() == SelectPolicy.MIN;
		int result = min ? Integer.MAX_VALUE : Integer.MIN_VALUE;
		for (Policy policy : rules.policies()) {
			int added = changeInPeriod(now, policy.periodSeconds(), this.scaleUpEvents);
			int deleted = changeInPeriod(now, policy.periodSeconds(), this.scaleDownEvents);
			int periodStart = current - added + deleted;
			int proposed = policy.percent()
					? (int) Math.ceil((double) periodStart * (1 + (double) policy.value() / 100))
					: periodStart + policy.value();
			result = min ? Math.min(result, proposed) : Math.max(result, proposed);
		}
		return result;
	}

	/** {@code calculateScaleDownLimitWithBehaviors}. */
	int scaleDownLimit(long now, int current, ScalingRules rules) {
		if (rules.selectPolicy() == SelectPolicy.DISABLED) {
			return current;
		}
		boolean min = rules.selectPolicy() == SelectPolicy.MIN;
		int result = min ? Integer.MIN_VALUE : Integer.MAX_VALUE;
		for (Policy policy : rules.policies()) {
			int added = changeInPeriod(now, policy.periodSeconds(), this.scaleUpEvents);
			int deleted = changeInPeriod(now, policy.periodSeconds(), this.scaleDownEvents);
			int periodStart = current - added + deleted;
			int proposed = policy.percent() ? (int) ((double) periodStart * (1 - (double) policy.value() / 100))
					: periodStart - policy.value();
			result = min ? Math.max(result, proposed) : Math.min(result, proposed);
		}
		return result;
	}

	/** {@code getReplicasChangePerPeriod}: the changes of events strictly newer than {@code now - period}. */
	static int changeInPeriod(long now, int periodSeconds, List<ScaleEvent> events) {
		long cutoff = now - periodSeconds * 1000L;
		int replicas = 0;
		for (ScaleEvent e : events) {
			if (e.at > cutoff) {
				replicas += e.change;
			}
		}
		return replicas;
	}

	/** {@code storeScaleEvent}: only with a behaviour; an outdated event's slot is reused. */
	void storeScaleEvent(long now, int previous, int next) {
		if (!this.behavior) {
			return;
		}
		boolean up = next > previous;
		List<ScaleEvent> events = up ? this.scaleUpEvents : this.scaleDownEvents;
		long cutoff = now - (up ? this.scaleUp : this.scaleDown).longestPeriodSeconds() * 1000L;
		boolean foundOld = false;
		int oldIndex = 0;
		for (int i = 0; i < events.size(); i++) {
			ScaleEvent e = events.get(i);
			if (e.at < cutoff) {
				e.outdated = true;
			}
			if (e.outdated) {
				foundOld = true;
				oldIndex = i;
			}
		}
		ScaleEvent event = new ScaleEvent(Math.abs(next - previous), now, false);
		if (foundOld) {
			events.set(oldIndex, event);
		}
		else {
			events.add(event);
		}
	}

}
