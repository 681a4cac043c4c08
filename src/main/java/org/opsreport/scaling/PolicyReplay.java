package org.opsreport.scaling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Replays the seed's {@code IntelligentAutoScaler.evaluate_scaling_decision} + {@code execute_scaling_action} over a
 * recorded day of one service, on a simulated instance count.
 * <p>
 * <b>Load model.</b> The replay starts from the recorded {@code instance_count} of the first sample. For per-instance
 * utilizations the served load is {@code u_rec * n_rec}; under the simulated count {@code n} the utilization is
 * {@code u_rec * n_rec / n}. Request rate and queue depth are service-wide and taken as recorded. Each sample is
 * observed with the count in effect at its start; its decision changes the count from the next sample on.
 * <p>
 * <b>Per policy</b> (seed {@code _evaluate_policy_decision}), for each active policy of the service whose metric the
 * sample carries (policies without a value are skipped, as in the seed):
 * <ol>
 * <li>breach counters: {@code up} counts consecutive samples with value {@code > threshold_up}, {@code down}
 * consecutive samples with value {@code < threshold_down}; both reset after every scaling event of the service
 * (the metric then describes another fleet);</li>
 * <li>cooldown: no decision while {@code t < lastScaledAt + cooldown_seconds} (last scaling event of the service,
 * measured with this policy's cooldown; seed {@code _check_cooldown_period(policy_id, service_id)});</li>
 * <li>{@code up >= evaluation_periods} and {@code n < max}: scale out to {@code min(max, n + increment)};
 * otherwise {@code down >= evaluation_periods} and {@code n > min}: scale in to {@code max(min, n - increment)}.</li>
 * </ol>
 * <b>Predictive</b> (seed {@code _evaluate_predictive_scaling}), only when forecasts are given: among the forecasts
 * issued at or before t with a target 30 to 60 minutes ahead (the latest issue per target), rescale the expected
 * utilization to the simulated fleet ({@code * n_rec(t) / n}); if the largest value exceeds 80 and the mean
 * confidence exceeds 0.7, scale out to {@code n + 1}. The confidence is the probability that the simulated fleet's
 * utilization exceeds 80, {@code P(u_rec > 80 * n / n_rec(t))}, from the forecast's quantiles when it has them
 * ({@link UtilizationForecast#confidence(double)}), else the forecast's probability above 80 as given. As in the
 * seed the predictive rule ignores
 * cooldowns; we clamp it to the largest {@code max_instances} of the service's policies.
 * <p>
 * <b>Consolidation</b> (seed {@code _consolidate_scaling_decisions}, body not given; defined here): any scale-out
 * wins over scale-in and the largest target wins (ties: file order, reactive before predictive). A scale-in happens
 * only when every policy evaluated at this sample decided scale-in (a policy in cooldown or within thresholds
 * vetoes it); the least aggressive (largest) target wins.
 * <p>
 * <b>Cost optimization</b> (seed {@code _apply_cost_optimization}, body not given; defined here, on when
 * {@code cost_optimization_enabled}): a reactive scale-out on a utilization metric never buys more than the load
 * needs: its target is cut to {@code max(n + 1, ceil(load / threshold_up))} when that is smaller.
 * <p>
 * <b>Hourly limit</b> (seed {@code max_scale_events_per_hour} in {@code _validate_scaling_constraints}): a decision is
 * dropped when the service already scaled {@code max_scale_events_per_hour} times in {@code (t - 60 min, t]}.
 */
public final class PolicyReplay {

	/** The seed's predictive scale-up threshold ({@code scale_up_threshold = 80.0}). */
	public static final double PREDICTIVE_THRESHOLD = 80.0;

	/** The seed's confidence bar ({@code avg_confidence > 0.7}). */
	public static final double PREDICTIVE_CONFIDENCE = 0.7;

	private static final Duration HORIZON_FROM = Duration.ofMinutes(30);

	private static final Duration HORIZON_TO = Duration.ofMinutes(60);

	private static final double EPS = 1e-9;

	private PolicyReplay() {
	}

	/**
	 * Replays the service's policies (and the predictive rule when {@code forecasts} is not empty).
	 * @param service the service
	 * @param samples the day's samples in time order; empty gives an empty run with 0 instances
	 * @param config policies and global settings
	 * @param forecasts forecasts available during the day; empty disables the predictive rule
	 * @return the simulated counts and events
	 */
	public static ReplayRun replay(String service, List<MetricSample> samples, ScalingConfig config,
			List<UtilizationForecast> forecasts) {
		if (samples.isEmpty()) {
			return new ReplayRun(List.of(), List.of(), 0);
		}
		List<ScalingPolicy> policies = config.policiesFor(service);
		int serviceMax = policies.stream().mapToInt(ScalingPolicy::maxInstances).max().orElse(Integer.MAX_VALUE);
		Map<String, int[]> counters = new HashMap<>();
		policies.forEach((p) -> counters.put(p.policyId(), new int[2]));
		Deque<Instant> lastHour = new ArrayDeque<>();
		List<Integer> instances = new ArrayList<>();
		List<ScalingEvent> events = new ArrayList<>();
		Instant lastScaledAt = null;
		int n = samples.get(0).instanceCount();
		for (MetricSample sample : samples) {
			Instant t = sample.timestamp();
			instances.add(n);
			Decision best = null;
			boolean allScaleIn = true;
			int evaluated = 0;
			Decision bestIn = null;
			for (ScalingPolicy p : policies) {
				double value = sample.simulated(p.triggerType(), n);
				if (Double.isNaN(value)) {
					continue;
				}
				evaluated++;
				int[] c = counters.get(p.policyId());
				c[0] = (value > p.thresholdUp()) ? c[0] + 1 : 0;
				c[1] = (value < p.thresholdDown()) ? c[1] + 1 : 0;
				Decision d = null;
				boolean cooling = lastScaledAt != null && t.isBefore(lastScaledAt.plusSeconds(p.cooldownSeconds()));
				if (!cooling && c[0] >= p.evaluationPeriods() && n < p.maxInstances()) {
					int target = Math.min(p.maxInstances(), n + p.scaleIncrement());
					if (config.costOptimizationEnabled() && p.triggerType().perInstanceUtilization()) {
						int needed = (int) Math.ceil(value * n / p.thresholdUp() - EPS);
						target = Math.min(target, Math.max(n + 1, needed));
					}
					d = new Decision(ScalingEvent.SCALE_OUT, "reactive", p.policyId(), target, p.triggerType().value(),
							value, p.thresholdUp(), p.triggerType().value() + " above threshold");
				}
				else if (!cooling && c[1] >= p.evaluationPeriods() && n > p.minInstances()) {
					d = new Decision(ScalingEvent.SCALE_IN, "reactive", p.policyId(),
							Math.max(p.minInstances(), n - p.scaleIncrement()), p.triggerType().value(), value,
							p.thresholdDown(), p.triggerType().value() + " below threshold");
				}
				if (d == null || !d.isScaleOut()) {
					if (d == null) {
						allScaleIn = false;
					}
					else if (bestIn == null || d.target > bestIn.target) {
						bestIn = d;
					}
				}
				else if (best == null || d.target > best.target) {
					best = d;
				}
			}
			if (!forecasts.isEmpty() && n < serviceMax) {
				Decision predictive = predictive(t, sample.instanceCount(), n, forecasts);
				if (predictive != null && (best == null || predictive.target > best.target)) {
					best = predictive;
				}
			}
			if (best == null && evaluated > 0 && allScaleIn) {
				best = bestIn;
			}
			while (!lastHour.isEmpty() && !lastHour.peekFirst().isAfter(t.minus(Duration.ofHours(1)))) {
				lastHour.pollFirst();
			}
			if (best != null && lastHour.size() < config.maxScaleEventsPerHour()) {
				events.add(new ScalingEvent("scale_" + t.getEpochSecond() + "_" + service, service, t, best.action,
						best.type, best.policyId, n, best.target, best.metric, best.value, best.threshold, best.reason));
				n = best.target;
				lastScaledAt = t;
				lastHour.addLast(t);
				counters.values().forEach((c) -> {
					c[0] = 0;
					c[1] = 0;
				});
			}
		}
		return new ReplayRun(instances, events, n);
	}

	private static Decision predictive(Instant t, int recorded, int n, List<UtilizationForecast> forecasts) {
		Map<Instant, UtilizationForecast> latest = new TreeMap<>();
		for (UtilizationForecast f : forecasts) {
			if (f.issuedAt().isAfter(t) || f.target().isBefore(t.plus(HORIZON_FROM))
					|| f.target().isAfter(t.plus(HORIZON_TO))) {
				continue;
			}
			latest.merge(f.target(), f, (a, b) -> b.issuedAt().isAfter(a.issuedAt()) ? b : a);
		}
		if (latest.isEmpty()) {
			return null;
		}
		double maxPredicted = latest.values()
			.stream()
			.mapToDouble((f) -> f.expectedUtilization() * recorded / n)
			.max()
			.orElseThrow();
		// the confidence belongs to the simulated fleet: P(u_rec * recorded / n > 80) = P(u_rec > 80 * n / recorded)
		double recordedThreshold = PREDICTIVE_THRESHOLD * n / recorded;
		double avgConfidence = latest.values()
			.stream()
			.mapToDouble((f) -> f.confidence(recordedThreshold))
			.average()
			.orElseThrow();
		if (maxPredicted > PREDICTIVE_THRESHOLD && avgConfidence > PREDICTIVE_CONFIDENCE) {
			return new Decision(ScalingEvent.SCALE_OUT, "predictive", null, n + 1, TriggerType.CPU_UTILIZATION.value(),
					maxPredicted, PREDICTIVE_THRESHOLD, "predictive_scaling_high_load_expected");
		}
		return null;
	}

	private record Decision(String action, String type, String policyId, int target, String metric, double value,
			double threshold, String reason) {

		boolean isScaleOut() {
			return ScalingEvent.SCALE_OUT.equals(this.action);
		}

	}

}
