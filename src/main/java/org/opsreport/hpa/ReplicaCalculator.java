package org.opsreport.hpa;

/**
 * The HPA replica calculator of Kubernetes v1.33 ({@code pkg/controller/podautoscaler/replica_calculator.go} and
 * {@code metrics/utilization.go}), for the case the replay has: every pod ready, every pod reporting. Integer and
 * float64 arithmetic is kept as upstream writes it (Java's {@code long} division and IEEE doubles behave as Go's
 * int64 and float64), so a ratio such as 66 % against a 60 % target is {@code 1.1} exactly and lies inside the
 * tolerance band, as in the controller.
 * <p>
 * All values are in thousandths ({@code MilliValue()}), as the controller reads quantities.
 */
final class ReplicaCalculator {

	/** {@code --horizontal-pod-autoscaler-tolerance} default. */
	public static final double DEFAULT_TOLERANCE = 0.1;

	private ReplicaCalculator() {
	}

	/**
	 * {@code Tolerances}: the usage ratio band in which the count is kept, {@code 1 - down <= ratio <= 1 + up}
	 * ({@code Tolerances.isWithin}). The per-direction values come from {@code behavior.scaleDown.tolerance} and
	 * {@code behavior.scaleUp.tolerance} (Kubernetes 1.33, alpha), else the controller default 0.1.
	 */
	public record Tolerances(double scaleDown, double scaleUp) {

		public static final Tolerances DEFAULT = new Tolerances(DEFAULT_TOLERANCE, DEFAULT_TOLERANCE);

		/** The HPA's tolerances: each direction's own, else the default. */
		public static Tolerances of(HpaManifest hpa) {
			double down = hpa.scaleDown().tolerance();
			double up = hpa.scaleUp().tolerance();
			return new Tolerances(Double.isNaN(down) ? DEFAULT_TOLERANCE : down, Double.isNaN(up) ? DEFAULT_TOLERANCE : up);
		}

		public boolean isWithin(double usageRatio) {
			return (1.0 - this.scaleDown) <= usageRatio && usageRatio <= (1.0 + this.scaleUp);
		}

	}

	/**
	 * {@code GetResourceUtilizationRatio}: {@code utilization = (sum(metrics) * 100) / sum(requests)} in integer
	 * arithmetic (truncated to whole percent), {@code ratio = utilization / target}. Pods without a request are
	 * skipped (superfluous metrics).
	 * @param podUsage per pod usage (thousandths); may hold more pods than {@code podRequests}
	 * @param podRequests per pod requests (thousandths)
	 * @return {@code [ratio, utilization]}
	 */
	public static double[] resourceUtilizationRatio(long[] podUsage, long[] podRequests, int targetUtilization) {
		long metricsTotal = 0;
		long requestsTotal = 0;
		for (int i = 0; i < Math.min(podUsage.length, podRequests.length); i++) {
			metricsTotal += podUsage[i];
			requestsTotal += podRequests[i];
		}
		if (requestsTotal == 0) {
			throw new IllegalArgumentException("no metrics returned matched known pods");
		}
		int utilization = (int) ((metricsTotal * 100) / requestsTotal);
		return new double[] { (double) utilization / (double) targetUtilization, utilization };
	}

	/**
	 * {@code GetResourceReplicas} with all pods ready and reporting: the current count within the tolerance, else
	 * {@code ceil(ratio * readyPods)}.
	 */
	public static int resourceReplicas(int currentReplicas, long[] podUsage, long[] podRequests, int targetUtilization,
			Tolerances tolerances) {
		double ratio = resourceUtilizationRatio(podUsage, podRequests, targetUtilization)[0];
		return usageRatioReplicas(currentReplicas, ratio, Math.min(podUsage.length, podRequests.length), tolerances);
	}

	/** The same on a whole-percent utilization already computed (the replay's per-pod equal share). */
	public static int utilizationReplicas(int currentReplicas, int utilization, int targetUtilization,
			Tolerances tolerances) {
		return usageRatioReplicas(currentReplicas, (double) utilization / (double) targetUtilization, currentReplicas,
				tolerances);
	}

	/**
	 * {@code GetMetricUsageRatio} + {@code calcPlainMetricReplicas} (Pods metrics, Resource {@code AverageValue}):
	 * {@code usage = sum(values) / pods} (integer division), {@code ratio = usage / target}.
	 */
	public static int plainMetricReplicas(int currentReplicas, long[] podValues, long targetMilli, Tolerances tolerances) {
		long total = 0;
		for (long v : podValues) {
			total += v;
		}
		long usage = total / podValues.length;
		return usageRatioReplicas(currentReplicas, (double) usage / (double) targetMilli, podValues.length, tolerances);
	}

	/**
	 * {@code GetObjectMetricReplicas}/{@code GetExternalMetricReplicas} ({@code Value} target):
	 * {@code ratio = usage / target}, then {@code getUsageRatioReplicaCount}.
	 */
	public static int valueReplicas(int currentReplicas, long usageMilli, long targetMilli, Tolerances tolerances) {
		double ratio = (double) usageMilli / (double) targetMilli;
		if (currentReplicas == 0) {
			return (int) Math.ceil(ratio);
		}
		return usageRatioReplicas(currentReplicas, ratio, currentReplicas, tolerances);
	}

	/**
	 * {@code GetObjectPerPodMetricReplicas}/{@code GetExternalPerPodMetricReplicas} ({@code AverageValue} target):
	 * {@code ratio = usage / (target * current)}; outside the tolerance {@code ceil(usage / target)}.
	 */
	public static int perPodValueReplicas(int currentReplicas, long usageMilli, long targetAverageMilli,
			Tolerances tolerances) {
		double ratio = (double) usageMilli / ((double) targetAverageMilli * (double) currentReplicas);
		if (tolerances.isWithin(ratio)) {
			return currentReplicas;
		}
		return (int) Math.ceil((double) usageMilli / (double) targetAverageMilli);
	}

	/** The shared tail: the count within the tolerance, else {@code int32(math.Ceil(ratio * readyPods))}. */
	static int usageRatioReplicas(int currentReplicas, double ratio, int readyPods, Tolerances tolerances) {
		if (tolerances.isWithin(ratio)) {
			return currentReplicas;
		}
		return (int) Math.ceil(ratio * (double) readyPods);
	}

}
