package org.opsreport.scaling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.opsreport.timeseries.MedianSpacing;

/**
 * Turns one service's stored series (parallel arrays of epoch seconds and values, one per metric) into the aligned
 * {@link MetricSample} list of the replay. Plain Java; the pipeline loads the arrays.
 * <p>
 * <b>Alignment.</b> The sample times are the union of the times of {@code cpu_utilization} and
 * {@code instance_count}; other metrics join on the exact timestamp and are NaN where they have no sample.
 * {@code instance_count} is a state, not a measurement: where it has no sample at a time, the last earlier recorded
 * count holds (before the first one, the first one); a recorded count below 1 (scaled to zero) is taken as 1, the
 * replay needs a fleet to divide the load by. A service without any instance count gives no samples.
 * <p>
 * <b>Interval.</b> The median spacing of the aligned times (commons-math would be overkill for a sorted array); with
 * fewer than two samples the default {@value #DEFAULT_INTERVAL_SECONDS} seconds.
 */
public final class SampleAlignment {

	/** Metric names of the stored series. */
	public static final String CPU = "cpu_utilization";

	public static final String INSTANCES = "instance_count";

	public static final String MEMORY = "memory_utilization";

	public static final String REQUEST_RATE = "request_rate";

	public static final String QUEUE_DEPTH = "queue_depth";

	public static final String RESPONSE_TIME = "avg_response_time_ms";

	/** Every metric the replay and the bottleneck analysis read. */
	public static final List<String> METRICS = List.of(CPU, INSTANCES, MEMORY, REQUEST_RATE, QUEUE_DEPTH,
			RESPONSE_TIME);

	/** The interval assumed when a day has fewer than two samples (the exporters' usual 5 minutes). */
	public static final long DEFAULT_INTERVAL_SECONDS = 300;

	private SampleAlignment() {
	}

	/** One stored series: epoch seconds ascending, values. */
	public record Series(long[] epochSeconds, double[] values) {

		static final Series EMPTY = new Series(new long[0], new double[0]);

		double at(long epochSecond) {
			int i = Arrays.binarySearch(this.epochSeconds, epochSecond);
			return (i >= 0) ? this.values[i] : Double.NaN;
		}

	}

	/**
	 * The aligned samples.
	 * @param series per metric name (see {@link #METRICS}); missing metrics are treated as empty
	 * @return samples in time order; empty when there is no instance count or no sample time
	 */
	public static List<MetricSample> align(Map<String, Series> series) {
		Series cpu = series.getOrDefault(CPU, Series.EMPTY);
		Series instances = series.getOrDefault(INSTANCES, Series.EMPTY);
		if (instances.values().length == 0) {
			return List.of();
		}
		TreeSet<Long> times = new TreeSet<>();
		Arrays.stream(cpu.epochSeconds()).forEach(times::add);
		Arrays.stream(instances.epochSeconds()).forEach(times::add);
		Series memory = series.getOrDefault(MEMORY, Series.EMPTY);
		Series rate = series.getOrDefault(REQUEST_RATE, Series.EMPTY);
		Series queue = series.getOrDefault(QUEUE_DEPTH, Series.EMPTY);
		Series latency = series.getOrDefault(RESPONSE_TIME, Series.EMPTY);
		List<MetricSample> result = new ArrayList<>(times.size());
		int next = 0;
		double count = instances.values()[0];
		for (long t : times) {
			while (next < instances.epochSeconds().length && instances.epochSeconds()[next] <= t) {
				count = instances.values()[next++];
			}
			int n = Math.max(1, (int) Math.round(count));
			result.add(new MetricSample(Instant.ofEpochSecond(t), n, cpu.at(t), memory.at(t), rate.at(t), queue.at(t),
					latency.at(t)));
		}
		return result;
	}

	/** The median spacing of the samples; {@link #DEFAULT_INTERVAL_SECONDS} with fewer than two. */
	public static Duration interval(List<MetricSample> samples) {
		if (samples.size() < 2) {
			return Duration.ofSeconds(DEFAULT_INTERVAL_SECONDS);
		}
		return Duration.ofSeconds(
				MedianSpacing.of(samples.stream().mapToLong((s) -> s.timestamp().getEpochSecond()).toArray()));
	}

}
