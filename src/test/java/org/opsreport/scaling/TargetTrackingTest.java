package org.opsreport.scaling;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsreport.scaling.Samples.at;
import static org.opsreport.scaling.Samples.cpu;

/**
 * Replica calculations from Kubernetes' own HPA tests, kubernetes/kubernetes
 * {@code pkg/controller/podautoscaler/replica_calculator_test.go} (tolerance 0.1 as in the controller default), and
 * the variant's timing. The exact controller (15 s syncs, behaviour policies) is tested in {@code org.opsreport.hpa}.
 */
class TargetTrackingTest {

	@Test
	void testReplicaCalcScaleUp() {
		// 3 pods, requests 1.0 CPU each, usage 300/500/700 m -> 50 % against target 30 % -> 5 replicas
		assertThat(TargetTracking.desiredReplicas(3, 50, 30, 0.1)).isEqualTo(5);
	}

	@Test
	void testReplicaCalcScaleDown() {
		// 5 pods, usage 100/300/500/250/250 m of 1.0 CPU -> 28 % against target 50 % -> ceil(5 * 0.56) = 3 replicas
		assertThat(TargetTracking.desiredReplicas(5, 28, 50, 0.1)).isEqualTo(3);
	}

	@Test
	void testReplicaCalcTolerance() {
		// requests 0.9/1.0/1.1, usage 1010/1030/1020 m -> 102 % against 100 %: ratio 1.02 within tolerance -> 3
		assertThat(TargetTracking.desiredReplicas(3, 102, 100, 0.1)).isEqualTo(3);
	}

	@Test
	void testReplicaCalcToleranceCM() {
		// qps 20000/21000/21000 -> mean 20666.67 against 20000: ratio 1.033 within tolerance -> 3
		assertThat(TargetTracking.desiredReplicas(3, (20000 + 21000 + 21000) / 3.0, 20000, 0.1)).isEqualTo(3);
	}

	@Test
	void testReplicaCalcScaleUpCMObject() {
		// object metric 20000 against target 15000 with 3 replicas: ceil(3 * 1.333) = 4
		assertThat(TargetTracking.desiredReplicas(3, 20000, 15000, 0.1)).isEqualTo(4);
	}

	@Test
	void toleranceBoundaryAndMissingMetric() {
		// 54 / 50 = 1.08 is within the tolerance; 56 / 50 = 1.12 is outside -> ceil(4.48) = 5. 55 / 50 = 1.1 in
		// float64 equals 1 + 0.1: inside the band 1 - 0.1 <= r <= 1 + 0.1 as upstream compares it (Tolerances.isWithin),
		// so the count is kept. (The old |r - 1| <= 0.1 gave 0.10000000000000009 > 0.1 and scaled to 5.)
		assertThat(TargetTracking.desiredReplicas(4, 54, 50, 0.1)).isEqualTo(4);
		assertThat(TargetTracking.desiredReplicas(4, 55, 50, 0.1)).isEqualTo(4);
		assertThat(TargetTracking.desiredReplicas(4, 45, 50, 0.1)).isEqualTo(4); // 0.9: the lower edge is inside too
		assertThat(TargetTracking.desiredReplicas(4, 56, 50, 0.1)).isEqualTo(5);
		assertThat(TargetTracking.desiredReplicas(4, Double.NaN, 50, 0.1)).isEqualTo(4);
	}

	@Test
	void utilizationIsTruncatedToWholePercent() {
		// metrics/utilization.go: (sum(usage) * 100) / sum(requests) in integer arithmetic. 56.9 % counts as 56:
		// ratio 1.12 -> ceil(4.48) = 5; 55.9 % counts as 55: inside the band. At 10 pods 45.9 % counts as 45, ratio
		// 0.9: kept; 44.9 % counts as 44, ratio 0.88 -> ceil(8.8) = 9, where the fractional 0.898 would also scale.
		assertThat(TargetTracking.desiredReplicas(4, 55.9, 50, 0.1)).isEqualTo(4);
		assertThat(TargetTracking.desiredReplicas(4, 56.9, 50, 0.1)).isEqualTo(5);
		assertThat(TargetTracking.desiredReplicas(10, 45.9, 50, 0.1)).isEqualTo(10);
		assertThat(TargetTracking.desiredReplicas(10, 44.9, 50, 0.1)).isEqualTo(9);
		// a simulated 60 x 3 / 3.6 style value a hair below a whole number is that number
		assertThat(TargetTracking.desiredReplicas(10, 45 - 1e-12, 50, 0.1)).isEqualTo(10);
	}

	@Test
	void scaleDownWaitsForTheStabilizationWindowScaleUpDoesNot() {
		// 1-minute samples, 4 recorded instances: 50 % at t0 (on target), then 20 % -> raw recommendation
		// ceil(4 * 20 / 50) = 2; the t0 recommendation (4) stays in [t - 5 min, t] until t = 6 min, when the count
		// drops within that sample (the controller syncs every 15 s, it does not wait for the next sample)
		ReplayRun run = TargetTracking.replay("svc", cpu(4, Duration.ofMinutes(1), 50, 20, 20, 20, 20, 20, 20, 20), 50,
				1, 10, Duration.ofMinutes(5));
		assertThat(run.instances()).containsExactly(4, 4, 4, 4, 4, 4, 2, 2);
		assertThat(run.events()).singleElement().satisfies((e) -> {
			assertThat(e.timestamp()).isEqualTo(at(6));
			assertThat(e.action()).isEqualTo("scale_in");
			assertThat(e.type()).isEqualTo("target_tracking");
		});
		// scale-up is immediate: 2 recorded at 100 % against 50 % -> 4 already during the first sample (a one-sample
		// spike gets its pods while it lasts, not after it passed)
		ReplayRun up = TargetTracking.replay("svc", cpu(2, 100, 100), 50, 1, 10, Duration.ofMinutes(5));
		assertThat(up.instances()).containsExactly(4, 4);
	}

	@Test
	void minAndMaxClampTheRecommendation() {
		// 2 at 100 % against 20 % wants 10, max 6; 4 at 5 % against 50 % wants 1, min 3
		assertThat(TargetTracking.replay("svc", cpu(2, 100), 20, 1, 6, Duration.ofMinutes(5)).instancesAtEnd())
			.isEqualTo(6);
		assertThat(TargetTracking.replay("svc", cpu(4, 5), 50, 3, 10, Duration.ZERO).instancesAtEnd()).isEqualTo(3);
	}

}
