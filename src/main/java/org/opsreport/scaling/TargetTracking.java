package org.opsreport.scaling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Kubernetes HorizontalPodAutoscaler-style target tracking on CPU utilization, as a dry run over a recorded day.
 * <p>
 * Replica formula (Kubernetes docs, "Horizontal Pod Autoscaling", algorithm details; {@code pkg/controller/
 * podautoscaler/replica_calculator.go}):
 * {@code desired = ceil(current * metric / target)}, unchanged when {@code |metric / target - 1| <= tolerance}
 * (default tolerance 0.1).
 * <p>
 * Scale-down stabilization ({@code --horizontal-pod-autoscaler-downscale-stabilization}, default 5 minutes): the
 * applied count is the largest raw recommendation within the window, so scale-up is immediate and scale-down waits
 * until every recommendation of the last 5 minutes allows it. Kubernetes keeps recommendations strictly newer than
 * {@code now - window} at its 15 s sync period; our samples each describe an interval, so the window here is
 * {@code [t - 5 min, t]} inclusive (at 5-minute samples: the current and the previous recommendation). The result is
 * then clamped to {@code [min, max]}. Kubernetes' rate-limiting {@code behavior} policies and pod readiness handling
 * are not modelled.
 */
public final class TargetTracking {

	/** Kubernetes' default {@code --horizontal-pod-autoscaler-tolerance}. */
	public static final double DEFAULT_TOLERANCE = 0.1;

	/** Kubernetes' default scale-down stabilization window. */
	public static final Duration DEFAULT_STABILIZATION = Duration.ofMinutes(5);

	private TargetTracking() {
	}

	/**
	 * The raw HPA recommendation.
	 * @param current current replicas ({@code >= 1})
	 * @param metric current metric value (e.g. CPU utilization percent); NaN returns {@code current}
	 * @param target target value ({@code > 0})
	 * @param tolerance relative dead band, e.g. 0.1
	 * @return {@code current} within tolerance, else {@code ceil(current * metric / target)}
	 */
	public static int desiredReplicas(int current, double metric, double target, double tolerance) {
		if (Double.isNaN(metric)) {
			return current;
		}
		double ratio = metric / target;
		if (Math.abs(ratio - 1.0) <= tolerance) {
			return current;
		}
		// ceil of a product that is an exact integer in decimal (e.g. 3 * 50 / 30 = 5.000000000000001) must not round up
		return (int) Math.ceil(ratio * current - 1e-9);
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
			instances.add(n);
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
		}
		return new ReplayRun(instances, events, n);
	}

	private record Recommendation(Instant at, int replicas) {
	}

}
