package org.opsreport.scaling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Kubernetes HorizontalPodAutoscaler-style target tracking on CPU utilization, as a dry run over a recorded day: the
 * default-behaviour variant {@code target_tracking} of every service. A service with a manifest in jobs/hpa/ is
 * replayed exactly by {@code org.opsreport.hpa} (15 s syncs, behaviour policies); this variant is the HPA one would
 * get with the service's target and bounds and no manifest, decided once per sample.
 * <p>
 * Replica formula as the Kubernetes v1.33 controller computes it ({@code pkg/controller/podautoscaler/
 * replica_calculator.go}, {@code metrics/utilization.go}): the utilization is truncated to whole percent,
 * {@code ratio = utilization / target}, the count is kept when {@code 1 - tolerance <= ratio <= 1 + tolerance}
 * ({@code Tolerances.isWithin}, default tolerance 0.1), else {@code desired = ceil(ratio * current)} in float64.
 * <p>
 * Scale-down stabilization ({@code --horizontal-pod-autoscaler-downscale-stabilization}, default 5 minutes): the
 * applied count is the largest raw recommendation within the window, so scale-up is immediate and scale-down waits
 * until every recommendation of the last 5 minutes allows it. Kubernetes keeps recommendations not older than
 * {@code now - window}; the window here is {@code [t - 5 min, t]} inclusive (at 5-minute samples: the current and the
 * previous recommendation). The result is then clamped to {@code [min, max]}. <b>Timing.</b> The controller syncs
 * every 15 s, so it reacts to a sample within its interval: the decision taken at a sample applies to that sample
 * (the instances of the sample are the count after the decision). Rate-limiting {@code behavior} policies and pod
 * readiness are not modelled here.
 */
final class TargetTracking {

	/** Kubernetes' default {@code --horizontal-pod-autoscaler-tolerance}. */
	public static final double DEFAULT_TOLERANCE = 0.1;

	/** Kubernetes' default scale-down stabilization window. */
	public static final Duration DEFAULT_STABILIZATION = Duration.ofMinutes(5);

	private TargetTracking() {
	}

	/**
	 * The raw HPA recommendation.
	 * @param current current replicas ({@code >= 1})
	 * @param utilization current utilization in percent; truncated to whole percent as the controller's integer
	 * division does (a value within 1e-9 below a whole number counts as that number: binary rounding of a simulated
	 * {@code u * n_rec / n}); NaN returns {@code current}
	 * @param target target utilization ({@code > 0})
	 * @param tolerance relative dead band, e.g. 0.1
	 * @return {@code current} when {@code 1 - tolerance <= ratio <= 1 + tolerance}, else
	 * {@code ceil(ratio * current)}
	 */
	public static int desiredReplicas(int current, double utilization, double target, double tolerance) {
		if (Double.isNaN(utilization)) {
			return current;
		}
		double ratio = Math.floor(utilization + 1e-9) / target;
		if (1.0 - tolerance <= ratio && ratio <= 1.0 + tolerance) {
			return current;
		}
		return (int) Math.ceil(ratio * current);
	}

	/**
	 * Replays target tracking over the day, starting from the first sample's recorded count.
	 * @param service the service (names the events)
	 * @param samples the day's samples in time order
	 * @param targetUtilization CPU target in percent
	 * @param minInstances lower clamp
	 * @param maxInstances upper clamp
	 * @param stabilization the scale-down stabilization window
	 */
	public static ReplayRun replay(String service, List<MetricSample> samples, double targetUtilization,
			int minInstances, int maxInstances, Duration stabilization) {
		if (samples.isEmpty()) {
			return new ReplayRun(List.of(), List.of(), 0);
		}
		int n = samples.get(0).instanceCount();
		List<Integer> instances = new ArrayList<>();
		List<ScalingEvent> events = new ArrayList<>();
		Deque<Recommendation> window = new ArrayDeque<>();
		for (MetricSample sample : samples) {
			Instant t = sample.timestamp();
			double utilization = sample.simulated(TriggerType.CPU_UTILIZATION, n);
			int raw = desiredReplicas(n, utilization, targetUtilization, DEFAULT_TOLERANCE);
			window.addLast(new Recommendation(t, raw));
			while (window.peekFirst().at().isBefore(t.minus(stabilization))) {
				window.pollFirst();
			}
			int stabilized = window.stream().mapToInt(Recommendation::replicas).max().orElse(raw);
			int desired = Math.max(minInstances, Math.min(maxInstances, stabilized));
			if (desired != n) {
				boolean out = desired > n;
				events.add(new ScalingEvent("scale_" + t.getEpochSecond() + "_" + service, service, t,
						out ? ScalingEvent.SCALE_OUT : ScalingEvent.SCALE_IN, "target_tracking", null, n, desired,
						TriggerType.CPU_UTILIZATION.value(), utilization, targetUtilization,
						"cpu_utilization " + (out ? "above" : "below") + " target"));
				n = desired;
			}
			// the decision applies within the sample (the controller syncs every 15 s), not from the next one
			instances.add(n);
		}
		return new ReplayRun(instances, events, n);
	}

	private record Recommendation(Instant at, int replicas) {
	}

}
