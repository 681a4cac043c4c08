package org.opsreport.hpa;

import org.junit.jupiter.api.Test;
import org.opsreport.hpa.ReplicaCalculator.Tolerances;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases of Kubernetes' {@code pkg/controller/podautoscaler/replica_calculator_test.go} (release-1.33), each named after
 * its upstream test function. Upstream's pods have two containers ({@code numContainersPerPod = 2}); a pod's usage
 * and request are then twice the container's, which leaves every ratio unchanged, so the per-container levels are
 * used here. All pods ready and reporting (the cases about unready, missing or hot-CPU pods do not apply to a replay).
 */
class ReplicaCalculatorTest {

	private static final Tolerances TOL = Tolerances.DEFAULT;

	private static long[] requests(double... cores) {
		long[] milli = new long[cores.length];
		for (int i = 0; i < cores.length; i++) {
			milli[i] = Math.round(cores[i] * 1000);
		}
		return milli;
	}

	@Test
	void testReplicaCalcScaleUp() {
		// 3 pods at 300m, 500m, 700m of 1.0 CPU each, target 30 %: utilization 50, ceil(50/30 * 3) = 5
		long[] usage = { 300, 500, 700 };
		long[] req = requests(1.0, 1.0, 1.0);
		assertThat(ReplicaCalculator.resourceUtilizationRatio(usage, req, 30)[1]).isEqualTo(50);
		assertThat(ReplicaCalculator.resourceReplicas(3, usage, req, 30, TOL)).isEqualTo(5);
	}

	@Test
	void testReplicaCalcScaleDown() {
		long[] usage = { 100, 300, 500, 250, 250 };
		long[] req = requests(1.0, 1.0, 1.0, 1.0, 1.0);
		assertThat(ReplicaCalculator.resourceUtilizationRatio(usage, req, 50)[1]).isEqualTo(28);
		assertThat(ReplicaCalculator.resourceReplicas(5, usage, req, 50, TOL)).isEqualTo(3);
	}

	@Test
	void testReplicaCalcTolerance() {
		// requests 0.9, 1.0, 1.1; usage 1010m, 1030m, 1020m: utilization 3060 * 100 / 3000 = 102, within 10 %
		long[] usage = { 1010, 1030, 1020 };
		long[] req = requests(0.9, 1.0, 1.1);
		assertThat(ReplicaCalculator.resourceUtilizationRatio(usage, req, 100)[1]).isEqualTo(102);
		assertThat(ReplicaCalculator.resourceReplicas(3, usage, req, 100, TOL)).isEqualTo(3);
	}

	@Test
	void testReplicaCalcSuperfluousMetrics() {
		// 6 pods report, 4 have requests: (4000 + 9500 + 3000 + 7000) * 100 / 4000 = 587, ceil(5.87 * 4) = 24
		long[] usage = { 4000, 9500, 3000, 7000, 3200, 2000 };
		long[] req = requests(1.0, 1.0, 1.0, 1.0);
		assertThat(ReplicaCalculator.resourceUtilizationRatio(usage, req, 100)[1]).isEqualTo(587);
		assertThat(ReplicaCalculator.resourceReplicas(4, usage, req, 100, TOL)).isEqualTo(24);
	}

	@Test
	void testReplicaCalcScaleUpCM() {
		// Pods metric qps 20, 10, 30 (in milli-units) target 15: usage 20000, ceil(20000/15000 * 3) = 4
		assertThat(ReplicaCalculator.plainMetricReplicas(3, new long[] { 20000, 10000, 30000 }, 15000, TOL)).isEqualTo(4);
	}

	@Test
	void testReplicaCalcScaleDownCM() {
		assertThat(ReplicaCalculator.plainMetricReplicas(5, new long[] { 12000, 12000, 12000, 12000, 12000 }, 20000, TOL))
			.isEqualTo(3);
	}

	@Test
	void testReplicaCalcToleranceCM() {
		// usage (20000 + 21000 + 21000) / 3 = 20666 (integer division), ratio 1.0333: within
		assertThat(ReplicaCalculator.plainMetricReplicas(3, new long[] { 20000, 21000, 21000 }, 20000, TOL)).isEqualTo(3);
	}

	@Test
	void testReplicaCalcScaleUpCMExternalNoLabels() {
		assertThat(ReplicaCalculator.plainMetricReplicas(1, new long[] { 8600 }, 4400, TOL)).isEqualTo(2);
	}

	@Test
	void testReplicaCalcScaleDownCMObject() {
		assertThat(ReplicaCalculator.valueReplicas(5, 12000, 20000, TOL)).isEqualTo(3);
	}

	@Test
	void testReplicaCalcToleranceCMObject() {
		assertThat(ReplicaCalculator.valueReplicas(3, 20666, 20000, TOL)).isEqualTo(3);
	}

	@Test
	void testReplicaCalcScaleDownCMExternal() {
		assertThat(ReplicaCalculator.valueReplicas(5, 8600, 14334, TOL)).isEqualTo(3);
	}

	@Test
	void testReplicaCalcToleranceCMExternal() {
		assertThat(ReplicaCalculator.valueReplicas(3, 8600, 8888, TOL)).isEqualTo(3);
	}

	@Test
	void testReplicaCalcScaleDownPerPodCMObject() {
		assertThat(ReplicaCalculator.perPodValueReplicas(5, 6000, 2000, TOL)).isEqualTo(3);
	}

	@Test
	void testReplicaCalcTolerancePerPodCMObject() {
		assertThat(ReplicaCalculator.perPodValueReplicas(4, 20166, 5000, TOL)).isEqualTo(4);
	}

	@Test
	void testReplicaCalcScaleUpPerPodCMExternal() {
		assertThat(ReplicaCalculator.perPodValueReplicas(3, 8600, 2150, TOL)).isEqualTo(4);
	}

	@Test
	void testReplicaCalcScaleDownPerPodCMExternal() {
		assertThat(ReplicaCalculator.perPodValueReplicas(5, 8600, 2867, TOL)).isEqualTo(3);
	}

	@Test
	void testReplicaCalcTolerancePerPodCMExternal() {
		assertThat(ReplicaCalculator.perPodValueReplicas(3, 8600, 2900, TOL)).isEqualTo(3);
	}

	@Test
	void toleranceBandIsClosedAsUpstreamComparesIt() {
		// Tolerances.isWithin: 1 - down <= r <= 1 + up. 66 % at a 60 % target is 1.1 in float64, equal to 1 + 0.1:
		// kept (the old |r - 1| <= 0.1 test gave 0.10000000000000009 > 0.1 and scaled)
		assertThat(66.0 / 60.0 <= 1.0 + 0.1).isTrue();
		assertThat(Math.abs(66.0 / 60.0 - 1.0) <= 0.1).isFalse();
		assertThat(ReplicaCalculator.utilizationReplicas(4, 66, 60, TOL)).isEqualTo(4);
		assertThat(ReplicaCalculator.utilizationReplicas(4, 54, 60, TOL)).isEqualTo(4);
		assertThat(ReplicaCalculator.utilizationReplicas(4, 67, 60, TOL)).isEqualTo(5); // ceil(1.1167 * 4) = 5
		assertThat(ReplicaCalculator.utilizationReplicas(4, 53, 60, TOL)).isEqualTo(4); // ceil(0.8833 * 4) = 4
		assertThat(ReplicaCalculator.utilizationReplicas(10, 53, 60, TOL)).isEqualTo(9);
	}

	@Test
	void perDirectionToleranceOfBehavior() {
		// behavior.scaleUp.tolerance 0.5, scaleDown 0: 140 % of target is kept, 99 % scales down
		Tolerances tolerances = new Tolerances(0.0, 0.5);
		assertThat(ReplicaCalculator.utilizationReplicas(10, 140, 100, tolerances)).isEqualTo(10);
		assertThat(ReplicaCalculator.utilizationReplicas(10, 151, 100, tolerances)).isEqualTo(16);
		assertThat(ReplicaCalculator.utilizationReplicas(10, 99, 100, tolerances)).isEqualTo(10); // ceil(9.9) = 10
		assertThat(ReplicaCalculator.utilizationReplicas(10, 89, 100, tolerances)).isEqualTo(9);
	}

}
