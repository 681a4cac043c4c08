package org.opsreport.scaling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: days of samples at a fixed interval. */
final class Samples {

	static final Instant T0 = Instant.parse("2026-11-25T00:00:00Z");

	private Samples() {
	}

	/** CPU-only samples, one per {@code step}, with a constant recorded instance count. */
	static List<MetricSample> cpu(int recordedInstances, Duration step, double... cpu) {
		List<MetricSample> result = new ArrayList<>();
		for (int i = 0; i < cpu.length; i++) {
			result.add(new MetricSample(T0.plus(step.multipliedBy(i)), recordedInstances, cpu[i], Double.NaN,
					Double.NaN, Double.NaN, Double.NaN));
		}
		return result;
	}

	static List<MetricSample> cpu(int recordedInstances, double... cpu) {
		return cpu(recordedInstances, Duration.ofMinutes(5), cpu);
	}

	static Instant at(int minutes) {
		return T0.plus(Duration.ofMinutes(minutes));
	}

	static ScalingPolicy policy(String id, TriggerType trigger, double up, double down, int cooldown, int min, int max,
			int increment, int periods, String... services) {
		return new ScalingPolicy(id, id, trigger, up, down, ScalingDirection.SCALE_OUT, cooldown, min, max, increment,
				periods, true, List.of(services));
	}

}
