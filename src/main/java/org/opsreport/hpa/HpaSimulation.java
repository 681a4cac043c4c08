package org.opsreport.hpa;

import java.util.ArrayList;
import java.util.List;

import org.opsreport.hpa.MetricTarget.Source;
import org.opsreport.hpa.MetricTarget.TargetType;
import org.opsreport.hpa.ReplicaCalculator.Tolerances;

/**
 * Replays one HPA over a recorded day, sync by sync: at each sync the metrics are read as they would have been with
 * the simulated replica count, each metric proposes a count ({@link ReplicaCalculator}), the largest proposal goes
 * through the controller ({@link HpaController}), and the result is the count from that sync on. New pods are taken
 * as ready at once (no {@code --horizontal-pod-autoscaler-cpu-initialization-period}, no readiness delay). The
 * controller starts the day at the recorded count, with one past recommendation of that count at the sync before the
 * day (as if it had been running), and no past scale events.
 * <p>
 * <b>Load model</b> (as the policy replay's): per-pod percentages ({@code *_utilization}) were measured on the
 * recorded fleet, so with {@code n} pods a pod's utilization is {@code u_rec x n_rec / n}; the controller truncates it
 * to whole percent ({@code GetResourceUtilizationRatio}: integer division). Other stored metrics are service-wide
 * totals: a Pods metric's per-pod average is {@code total / n} (in thousandths, integer division as
 * {@code GetMetricUsageRatio}); Object and External metrics are the recorded value, independent of {@code n}.
 * <p>
 * <b>Invalid metrics</b> ({@code computeReplicasForMetrics}): a metric without a value at a sync proposes nothing;
 * when all are invalid, or some are and the valid ones would scale down, the sync changes nothing.
 */
final class HpaSimulation {

	private HpaSimulation() {
	}

	/** A change of the replica count at a sync. */
	record Change(long atMillis, int from, int to) {
	}

	/**
	 * @param replicas the count after each sync
	 * @param changes the changes, in time order
	 */
	record Run(int[] replicas, List<Change> changes) {
	}

	static Run run(HpaManifest hpa, Timeline timeline) {
		int ticks = timeline.ticks();
		int[] replicas = new int[ticks];
		List<Change> changes = new ArrayList<>();
		if (ticks == 0) {
			return new Run(replicas, changes);
		}
		HpaController controller = new HpaController(hpa);
		Tolerances tolerances = Tolerances.of(hpa);
		List<double[]> values = hpa.metrics().stream().map((m) -> timeline.metric(m.storedMetric())).toList();
		int n = timeline.recorded()[0];
		// the controller did not start with the day: as if it had recommended the running count at the sync before,
		// so the first syncs cannot scale down past the stabilization window
		controller.recommendations.add(new HpaController.Recommendation(n, timeline.at(0) - Timeline.SYNC_MILLIS));
		for (int k = 0; k < ticks; k++) {
			int best = -1;
			int invalid = 0;
			for (int m = 0; m < hpa.metrics().size(); m++) {
				int proposal = proposal(hpa, hpa.metrics().get(m), values.get(m)[k], timeline.recorded()[k], n, tolerances);
				if (proposal < 0) {
					invalid++;
				}
				else if (proposal > best) {
					best = proposal;
				}
			}
			int metricDesired = (invalid >= hpa.metrics().size() || (invalid > 0 && best < n)) ? -1 : best;
			long now = timeline.at(k);
			int next = controller.reconcile(now, n, metricDesired);
			if (next != n) {
				changes.add(new Change(now, n, next));
				n = next;
			}
			replicas[k] = n;
		}
		return new Run(replicas, changes);
	}

	/**
	 * One metric's proposal at {@code n} pods, or -1 when the metric has no value.
	 * @param value the recorded value at the sync (NaN: missing)
	 * @param recorded the recorded instance count at the sync (the fleet the value was measured on)
	 */
	static int proposal(HpaManifest hpa, MetricTarget metric, double value, int recorded, int n, Tolerances tolerances) {
		if (Double.isNaN(value) || n < 1) {
			return -1;
		}
		return switch (metric.source()) {
			case RESOURCE -> {
				double utilization = value * recorded / n;
				if (metric.targetType() == TargetType.UTILIZATION) {
					// whole percent, as (sum(usage) * 100) / sum(requests) in integer arithmetic; 1e-9 absorbs the
					// binary rounding of a product whose decimal value is a whole number
					yield ReplicaCalculator.utilizationReplicas(n, (int) Math.floor(utilization + 1e-9),
							metric.averageUtilization(), tolerances);
				}
				long request = "cpu".equals(metric.name()) ? hpa.cpuRequestMilli() : hpa.memoryRequestMilli();
				long total = (long) Math.floor(value * recorded * request / 100 + 1e-9);
				yield ReplicaCalculator.usageRatioReplicas(n, (double) (total / n) / (double) metric.targetMilli(), n,
						tolerances);
			}
			case PODS -> {
				long total = Quantity.milli(perInstance(metric) ? value * recorded : value);
				yield ReplicaCalculator.usageRatioReplicas(n, (double) (total / n) / (double) metric.targetMilli(), n,
						tolerances);
			}
			case OBJECT, EXTERNAL -> (metric.targetType() == TargetType.VALUE)
					? ReplicaCalculator.valueReplicas(n, Quantity.milli(value), metric.targetMilli(), tolerances)
					: ReplicaCalculator.perPodValueReplicas(n, Quantity.milli(value), metric.targetMilli(), tolerances);
		};
	}

	/**
	 * Whether {@code n} pods were too few at a sync: for some per-pod metric the load was above target x n
	 * (utilization: {@code u_rec x n_rec > target x n}; average values: the total above {@code target x n}).
	 * Metrics with a {@code Value} target do not depend on the pod count and are not judged.
	 */
	static boolean underProvisioned(HpaManifest hpa, double[] values, int recorded, int n) {
		for (int m = 0; m < hpa.metrics().size(); m++) {
			MetricTarget metric = hpa.metrics().get(m);
			double value = values[m];
			if (Double.isNaN(value) || !metric.perPod()) {
				continue;
			}
			double load;
			double capacity;
			if (metric.source() == Source.RESOURCE && metric.targetType() == TargetType.UTILIZATION) {
				load = value * recorded;
				capacity = (double) metric.averageUtilization() * n;
			}
			else if (metric.source() == Source.RESOURCE) {
				long request = "cpu".equals(metric.name()) ? hpa.cpuRequestMilli() : hpa.memoryRequestMilli();
				load = value * recorded * request / 100;
				capacity = (double) metric.targetMilli() * n;
			}
			else {
				load = 1000 * ((metric.source() == Source.PODS && perInstance(metric)) ? value * recorded : value);
				capacity = (double) metric.targetMilli() * n;
			}
			if (load > capacity + 1e-9) {
				return true;
			}
		}
		return false;
	}

	/** A stored per-instance percentage (measured per pod on the recorded fleet) rather than a service-wide total. */
	static boolean perInstance(MetricTarget metric) {
		return metric.storedMetric().endsWith("_utilization");
	}

}
