package org.opsreport.hpa;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opsreport.hpa.HpaController.Normalized;
import org.opsreport.hpa.HpaController.Recommendation;
import org.opsreport.hpa.HpaController.ScaleEvent;
import org.opsreport.hpa.ScalingRules.Policy;
import org.opsreport.hpa.ScalingRules.SelectPolicy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases of Kubernetes' {@code pkg/controller/podautoscaler/horizontal_test.go} (release-1.33): the tables of
 * {@code TestScalingWithRules} (rate policies and limits, {@code convertDesiredReplicasWithBehaviorRate}),
 * {@code TestNormalizeDesiredReplicasWithBehavior} (stabilization windows) and {@code TestStoreScaleEvents}, with the
 * upstream case names. Upstream's helpers are mirrored: {@code generateScalingRules(pods, podsPeriod, percent,
 * percentPeriod, window)} (no policy given: the API defaults, {@code GenerateHPAScale*Rules}) and
 * {@code generateEventsUniformDistribution(changes, period)} (events spread over the last {@code period} seconds).
 */
class HpaControllerTest {

	private static final long NOW = 1_800_000_000_000L;

	private static ScalingRules up(int pods, int podsPeriod, int percent, int percentPeriod, int window) {
		return rules(pods, podsPeriod, percent, percentPeriod, window, ScalingRules.defaultScaleUp());
	}

	private static ScalingRules down(int pods, int podsPeriod, int percent, int percentPeriod, int window) {
		return rules(pods, podsPeriod, percent, percentPeriod, window, ScalingRules.defaultScaleDown());
	}

	private static ScalingRules rules(int pods, int podsPeriod, int percent, int percentPeriod, int window,
			ScalingRules defaults) {
		List<Policy> policies = new ArrayList<>();
		if (pods != 0) {
			policies.add(new Policy(false, pods, podsPeriod));
		}
		if (percent != 0) {
			policies.add(new Policy(true, percent, percentPeriod));
		}
		return new ScalingRules(window, SelectPolicy.MAX, policies.isEmpty() ? defaults.policies() : policies, Double.NaN);
	}

	/** {@code generateEventsUniformDistribution}: event i at {@code period - seg * i - seg / 2} seconds ago. */
	private static List<ScaleEvent> uniform(int[] changes, int periodSeconds) {
		List<ScaleEvent> events = new ArrayList<>();
		double segment = (double) periodSeconds / changes.length;
		for (int i = 0; i < changes.length; i++) {
			long ago = (long) ((periodSeconds - segment * i - segment / 2) * 1000);
			events.add(new ScaleEvent(changes[i], NOW - ago, false));
		}
		return events;
	}

	private record RateCase(String name, int[] upEvents, int[] downEvents, int min, int max, ScalingRules up,
			ScalingRules down, int current, int desired, int expected, String condition) {
	}

	private static RateCase rate(String name, int min, int max, ScalingRules up, ScalingRules down, int current,
			int desired, int expected, String condition) {
		return new RateCase(name, new int[0], new int[0], min, max, up, down, current, desired, expected, condition);
	}

	private static RateCase rate(String name, int[] upEvents, int[] downEvents, int min, int max, ScalingRules up,
			ScalingRules down, int current, int desired, int expected, String condition) {
		return new RateCase(name, upEvents, downEvents, min, max, up, down, current, desired, expected, condition);
	}

	@Test
	void testScalingWithRules() {
		ScalingRules defUp = ScalingRules.defaultScaleUp();
		ScalingRules defDown = ScalingRules.defaultScaleDown();
		int[] none = new int[0];
		List<RateCase> cases = List.of(
				rate("prenormalized desired replicas within range", 3, 8, defUp, defDown, 5, 7, 7, "DesiredWithinRange"),
				rate("prenormalized desired replicas < minReplicas", 2, 8, defUp, defDown, 3, 1, 2, "TooFewReplicas"),
				rate("prenormalized desired replicas within range when minReplicas is 0", 0, 10, defUp, defDown, 1, 0, 0,
						"DesiredWithinRange"),
				rate("maxReplicas is the limit because maxReplicas < scaleUpLimit", 1, 10, defUp, defDown, 20, 1000, 10,
						"TooManyReplicas"),
				rate("desired replica count is more than the maximum replica count", 100, 150, defUp, defDown, 100, 1000,
						150, "TooManyReplicas"),
				rate("scaleUpLimit is the limit because scaleUpLimit < maxReplicas with user policies", 1, 2000,
						up(0, 0, 1, 60, 0), defDown, 3, 1000, 4, "ScaleUpLimit"),
				rate("scaleUp with default behavior", 1, 1000, defUp, defDown, 10, 50, 20, "ScaleUpLimit"),
				rate("scaleUp with pods policy larger than percent policy", 1, 1000, up(100, 60, 100, 60, 0), defDown, 10,
						500, 110, "ScaleUpLimit"),
				rate("scaleUp with percent policy larger than pods policy", 1, 1000, up(2, 60, 100, 60, 0), defDown, 10, 500,
						20, "ScaleUpLimit"),
				rate("scaleUp with spec MaxReplicas limitation with large pod policy", 1, 1000, up(100, 60, 0, 0, 0), defDown,
						10, 50, 50, "DesiredWithinRange"),
				rate("scaleUp with spec MaxReplicas limitation with large percent policy", 1, 1000,
						up(10000, 60, 0, 0, 0), defDown, 10, 50, 50, "DesiredWithinRange"),
				rate("scaleUp with pod policy limitation", 1, 1000, up(30, 60, 0, 0, 0), defDown, 10, 50, 40, "ScaleUpLimit"),
				rate("scaleUp with percent policy limitation", 1, 1000, up(0, 0, 200, 60, 0), defDown, 10, 50, 30,
						"ScaleUpLimit"),
				rate("scaleDown with percent policy larger than pod policy", 1, 1000, defUp, down(20, 60, 1, 60, 300), 100, 2,
						80, "ScaleDownLimit"),
				rate("scaleDown with pod policy larger than percent policy", 1, 1000, defUp, down(2, 60, 1, 60, 300), 100, 2,
						98, "ScaleDownLimit"),
				rate("scaleDown with spec MinReplicas=nil limitation with large pod policy", 1, 1000, defUp,
						down(100, 60, 0, 0, 300), 10, 0, 1, "TooFewReplicas"),
				rate("scaleDown with spec MinReplicas limitation with large percent policy", 5, 1000, defUp,
						down(0, 0, 100, 60, 300), 10, 2, 5, "TooFewReplicas"),
				rate("scaleDown with pod policy limitation", 1, 1000, defUp, down(5, 60, 0, 0, 300), 10, 2, 5,
						"ScaleDownLimit"),
				rate("scaleDown with percent policy limitation", 1, 1000, defUp, down(0, 0, 50, 60, 300), 10, 5, 5,
						"DesiredWithinRange"),
				rate("scaleUp with spec MaxReplicas limitation with large pod policy and events", new int[] { 1, 5, 9 }, none,
						1, 200, up(300, 60, 0, 0, 0), defDown, 100, 500, 200, "TooManyReplicas"),
				rate("scaleUp with spec MaxReplicas limitation with large percent policy and events", new int[] { 1, 5, 9 },
						none, 1, 200, up(0, 0, 10000, 60, 0), defDown, 100, 500, 200, "TooManyReplicas"),
				rate("scaleUp with currentReplicas limitation with rate.PeriodSeconds with a lot of recent scale up events",
						new int[] { 1, 5, 9 }, none, 1, 1000, up(5, 120, 0, 0, 0), defDown, 100, 500, 100, "ScaleUpLimit"),
				rate("scaleUp with pod policy and previous scale up events", new int[] { 1, 5, 9 }, none, 1, 1000,
						up(150, 120, 0, 0, 0), defDown, 100, 500, 235, "ScaleUpLimit"),
				rate("scaleUp with percent policy and previous scale up events", new int[] { 1, 5, 9 }, none, 1, 1000,
						up(0, 0, 200, 120, 0), defDown, 100, 500, 255, "ScaleUpLimit"),
				rate("scaleUp with percent policy and previous scale up and down events", new int[] { 4 }, new int[] { 2 }, 1,
						1000, up(0, 0, 300, 300, 0), defDown, 6, 24, 16, "ScaleUpLimit"),
				rate("scaleDown with default policy and previous events", none, new int[] { 1, 5, 9 }, 1, 1000, defUp,
						defDown, 10, 5, 5, "DesiredWithinRange"),
				rate("scaleDown with spec MinReplicas=nil limitation with large pod policy and previous events", none,
						new int[] { 1, 5, 9 }, 1, 1000, defUp, down(115, 120, 0, 0, 300), 100, 0, 1, "TooFewReplicas"),
				rate("scaleDown with spec MinReplicas limitation with large pod policy and previous events", none,
						new int[] { 1, 5, 9 }, 5, 1000, defUp, down(130, 120, 0, 0, 300), 100, 0, 5, "TooFewReplicas"),
				rate("scaleDown with spec MinReplicas limitation with large percent policy and previous events", none,
						new int[] { 1, 5, 9 }, 5, 1000, defUp, down(0, 0, 100, 120, 300), 100, 2, 5, "TooFewReplicas"),
				rate("scaleDown with pod policy limitation and previous events", none, new int[] { 1, 5, 9 }, 1, 1000, defUp,
						down(5, 120, 0, 0, 300), 100, 2, 100, "ScaleDownLimit"),
				rate("scaleDown with percent policy and previous scale up and down events", new int[] { 2 }, new int[] { 4 },
						1, 1000, defUp, down(0, 0, 50, 180, 0), 10, 1, 6, "ScaleDownLimit"),
				rate("scaleDown with previous events preventing further scale down", none, new int[] { 10, 10, 10 }, 1, 1000,
						defUp, down(0, 0, 10, 120, 300), 100, 0, 100, "ScaleDownLimit"),
				rate("scaleDown with with previous events still allowing more scale down", none, new int[] { 10, 10, 10 }, 1,
						1000, defUp, down(0, 0, 1000, 120, 300), 10, 5, 5, "DesiredWithinRange"),
				rate("check 'outdated' flag for events for one behavior for up", new int[] { 8, 12, 9, 11 }, none, 1, 1000,
						up(1000, 60, 0, 0, 0), defDown, 100, 200, 200, "DesiredWithinRange"),
				rate("check that events were not marked 'outdated' for two different policies in the behavior for up",
						new int[] { 8, 12, 9, 11 }, none, 1, 1000, up(1000, 120, 100, 60, 0), defDown, 100, 200, 200,
						"DesiredWithinRange"),
				rate("check that events were marked 'outdated' for two different policies in the behavior for up",
						new int[] { 8, 12, 9, 11 }, none, 1, 1000, up(1000, 30, 100, 60, 0), defDown, 100, 200, 200,
						"DesiredWithinRange"),
				rate("check 'outdated' flag for events for one behavior for down", none, new int[] { 8, 12, 9, 11 }, 1, 1000,
						defUp, down(1000, 60, 0, 0, 300), 100, 5, 5, "DesiredWithinRange"),
				rate("check that events were not marked 'outdated' for two different policies in the behavior for down",
						none, new int[] { 8, 12, 9, 11 }, 1, 1000, defUp, down(1000, 120, 100, 60, 300), 100, 5, 5,
						"DesiredWithinRange"),
				rate("check that events were marked 'outdated' for two different policies in the behavior for down", none,
						new int[] { 8, 12, 9, 11 }, 1, 1000, defUp, down(1000, 30, 100, 60, 300), 100, 5, 5,
						"DesiredWithinRange"));
		for (RateCase c : cases) {
			HpaController controller = new HpaController(c.min(), c.max(), true, c.up(), c.down());
			controller.scaleUpEvents.addAll(uniform(c.upEvents(), 120));
			controller.scaleDownEvents.addAll(uniform(c.downEvents(), 120));
			Normalized result = controller.convertDesiredReplicasWithBehaviorRate(NOW, c.current(), c.desired());
			assertThat(result.replicas()).as(c.name()).isEqualTo(c.expected());
			assertThat(result.reason()).as(c.name()).isEqualTo(c.condition());
		}
	}

	private record StabilizeCase(String name, int[] replicas, long[] agoMillis, int current, int desired, int expected,
			int upWindow, int downWindow, int expectedLog) {
	}

	@Test
	void testNormalizeDesiredReplicasWithBehavior() {
		List<StabilizeCase> cases = List.of(
				new StabilizeCase("empty recommendations for scaling down", new int[0], new long[0], 100, 5, 5, 0, 0, 1),
				new StabilizeCase("simple scale down stabilization", new int[] { 4, 5 }, new long[] { 120_000, 60_000 }, 100,
						3, 5, 0, 180, 3),
				new StabilizeCase("simple scale up stabilization", new int[] { 4, 5 }, new long[] { 120_000, 60_000 }, 1, 7,
						4, 300, 0, 3),
				new StabilizeCase("no scale down stabilization", new int[] { 1, 2 }, new long[] { 120_000, 60_000 }, 100, 3,
						3, 300, 0, 3),
				new StabilizeCase("no scale up stabilization", new int[] { 4, 5 }, new long[] { 120_000, 60_000 }, 1, 3, 3,
						0, 300, 3));
		for (StabilizeCase c : cases) {
			ScalingRules up = ScalingRules.defaultScaleUp().withStabilization(c.upWindow());
			ScalingRules down = ScalingRules.defaultScaleDown().withStabilization(c.downWindow());
			HpaController controller = new HpaController(1, 1000, true, up, down);
			for (int i = 0; i < c.replicas().length; i++) {
				controller.recommendations.add(new Recommendation(c.replicas()[i], NOW - c.agoMillis()[i]));
			}
			assertThat(controller.stabilizeRecommendationWithBehaviors(NOW, c.current(), c.desired())).as(c.name())
				.isEqualTo(c.expected());
			assertThat(controller.recommendations).as(c.name()).hasSize(c.expectedLog());
		}
	}

	@Test
	void staleRecommendationSlotIsReused() {
		// stabilizeRecommendationWithBehaviors overwrites a recommendation older than both windows instead of growing
		HpaController controller = new HpaController(1, 100, true, ScalingRules.defaultScaleUp(),
				ScalingRules.defaultScaleDown().withStabilization(60));
		controller.recommendations.add(new Recommendation(9, NOW - 61_000));
		controller.recommendations.add(new Recommendation(7, NOW - 30_000));
		assertThat(controller.stabilizeRecommendationWithBehaviors(NOW, 8, 5)).isEqualTo(7);
		assertThat(controller.recommendations).hasSize(2);
		assertThat(controller.recommendations.get(0).replicas).isEqualTo(5);
	}

	private record StoreCase(String name, long[] prevAgoSeconds, int[] prevChanges, int longestPeriodSeconds,
			boolean behavior, int expectedChangeIn60s, int[] newChanges, boolean[] newOutdated) {
	}

	@Test
	void testStoreScaleEvents() {
		List<StoreCase> cases = List.of(
				new StoreCase("empty entries with default behavior", new long[0], new int[0], 60, false, 0, new int[0],
						new boolean[0]),
				new StoreCase("empty entries with two-policy-behavior", new long[0], new int[0], 60, true, 0, new int[] { 5 },
						new boolean[] { false }),
				new StoreCase("one outdated entry to be kept untouched without behavior", new long[] { 61 }, new int[] { 7 },
						60, false, 0, new int[] { 7 }, new boolean[] { false }),
				new StoreCase("one outdated entry to be replaced with behavior", new long[] { 61 }, new int[] { 7 }, 60, true,
						0, new int[] { 5 }, new boolean[] { false }),
				new StoreCase("one actual entry to be not touched with behavior", new long[] { 58 }, new int[] { 7 }, 60,
						true, 7, new int[] { 7, 5 }, new boolean[] { false, false }),
				new StoreCase("two entries, one of them to be replaced", new long[] { 61, 59 }, new int[] { 7, 6 }, 60, true,
						6, new int[] { 5, 6 }, new boolean[] { false, false }),
				new StoreCase("replace one entry, use policies with different periods", new long[] { 29, 59, 61, 61 },
						new int[] { 8, 6, 7, 9 }, 60, true, 14, new int[] { 8, 6, 7, 5 },
						new boolean[] { false, false, true, false }),
				new StoreCase("two entries, both actual", new long[] { 58, 59 }, new int[] { 7, 6 }, 120, true, 13,
						new int[] { 7, 6, 5 }, new boolean[] { false, false, false }));
		for (StoreCase c : cases) {
			for (boolean scaleUp : new boolean[] { true, false }) {
				ScalingRules rules = new ScalingRules(0, SelectPolicy.MAX,
						List.of(new Policy(false, 10, c.longestPeriodSeconds()), new Policy(true, 100, 30)), Double.NaN);
				HpaController controller = new HpaController(1, 1000, c.behavior(), scaleUp ? rules : ScalingRules.defaultScaleUp(),
						scaleUp ? ScalingRules.defaultScaleDown() : rules);
				List<ScaleEvent> events = scaleUp ? controller.scaleUpEvents : controller.scaleDownEvents;
				for (int i = 0; i < c.prevChanges().length; i++) {
					events.add(new ScaleEvent(c.prevChanges()[i], NOW - c.prevAgoSeconds()[i] * 1000, false));
				}
				assertThat(HpaController.changeInPeriod(NOW, 60, events)).as(c.name()).isEqualTo(c.expectedChangeIn60s());
				controller.storeScaleEvent(NOW, 10, scaleUp ? 15 : 5);
				assertThat(events).as(c.name()).hasSize(c.newChanges().length);
				for (int i = 0; i < events.size(); i++) {
					assertThat(events.get(i).change).as(c.name() + " " + i).isEqualTo(c.newChanges()[i]);
					assertThat(events.get(i).outdated).as(c.name() + " " + i).isEqualTo(c.newOutdated()[i]);
				}
			}
		}
	}

	@Test
	void withoutBehaviorTheLegacyPathStabilizesFiveMinutesAndLimitsScaleUp() {
		// normalizeDesiredReplicas: largest recommendation not older than 5 minutes; convertDesiredReplicasWithRules:
		// scale-up at most max(2 x current, 4)
		HpaController controller = new HpaController(1, 100, false, ScalingRules.defaultScaleUp(),
				ScalingRules.defaultScaleDown());
		assertThat(controller.reconcile(NOW, 3, 20)).isEqualTo(6);
		// 20 recommended 15 s ago holds, limited to 2 x 6
		assertThat(controller.reconcile(NOW + 15_000, 6, 2)).isEqualTo(12);
		// exactly 5 minutes old still counts (upstream drops only recommendations strictly before the cutoff)
		assertThat(controller.reconcile(NOW + 300_000, 12, 2)).isEqualTo(20);
		// a millisecond later it is dropped
		assertThat(controller.reconcile(NOW + 300_001, 20, 2)).isEqualTo(2);
		assertThat(HpaController.convertDesiredReplicasWithRules(1, 10, 1, 100).replicas()).isEqualTo(4);
		assertThat(controller.scaleUpEvents).isEmpty(); // no behaviour: no events stored
	}

	@Test
	void outOfBoundsCountIsSetToTheBoundWithoutMetrics() {
		HpaController controller = new HpaController(2, 5, true, ScalingRules.defaultScaleUp(),
				ScalingRules.defaultScaleDown());
		assertThat(controller.reconcile(NOW, 8, -1)).isEqualTo(5);
		assertThat(controller.reconcile(NOW, 1, -1)).isEqualTo(2);
		assertThat(controller.reconcile(NOW, 3, -1)).isEqualTo(3); // invalid metrics: no change
	}

}
