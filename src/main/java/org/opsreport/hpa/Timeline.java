package org.opsreport.hpa;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opsreport.scaling.MetricSample;
import org.opsreport.scaling.SampleAlignment;

/**
 * The recorded day seen at the HPA controller's sync times: every {@value #SYNC_SECONDS} s
 * ({@code --horizontal-pod-autoscaler-sync-period}) from the first sample to the end of the last sample's interval.
 * Each recorded value holds until the next sample of its series (a metric sample describes the interval after it);
 * a metric whose last sample is older than twice the sampling interval is missing at that sync, as metrics-server
 * would return nothing during a coverage gap. The recorded instance count holds until its next change.
 *
 * @param startMillis the first sync (the first sample's time)
 * @param recorded the recorded instance count at each sync
 * @param sampleIndex the sample (of the aligned day) each sync falls in
 * @param metrics each stored metric's value at each sync, NaN where missing
 */
record Timeline(long startMillis, int[] recorded, int[] sampleIndex, Map<String, double[]> metrics) {

	static final int SYNC_SECONDS = 15;

	static final long SYNC_MILLIS = SYNC_SECONDS * 1000L;

	int ticks() {
		return this.recorded.length;
	}

	long at(int tick) {
		return this.startMillis + tick * SYNC_MILLIS;
	}

	/** The metric's values at every sync; all NaN when the series was not loaded. */
	double[] metric(String name) {
		double[] values = this.metrics.get(name);
		if (values == null) {
			values = new double[ticks()];
			Arrays.fill(values, Double.NaN);
		}
		return values;
	}

	/**
	 * @param samples the aligned day (time order), giving the recorded count and the sample grid
	 * @param interval the sampling interval
	 * @param series the stored series the HPA reads, by metric name
	 */
	static Timeline of(List<MetricSample> samples, Duration interval, Map<String, SampleAlignment.Series> series) {
		if (samples.isEmpty()) {
			return new Timeline(0, new int[0], new int[0], Map.of());
		}
		long start = samples.get(0).timestamp().toEpochMilli();
		long end = samples.get(samples.size() - 1).timestamp().toEpochMilli() + interval.toMillis();
		int ticks = (int) ((end - start + SYNC_MILLIS - 1) / SYNC_MILLIS);
		int[] recorded = new int[ticks];
		int[] sampleIndex = new int[ticks];
		int s = 0;
		for (int k = 0; k < ticks; k++) {
			long t = start + k * SYNC_MILLIS;
			while (s + 1 < samples.size() && samples.get(s + 1).timestamp().toEpochMilli() <= t) {
				s++;
			}
			sampleIndex[k] = s;
			recorded[k] = samples.get(s).instanceCount();
		}
		long stale = 2 * interval.toMillis();
		Map<String, double[]> metrics = new HashMap<>();
		series.forEach((name, data) -> {
			double[] values = new double[ticks];
			long[] times = data.epochSeconds();
			int i = -1;
			for (int k = 0; k < ticks; k++) {
				long t = start + k * SYNC_MILLIS;
				while (i + 1 < times.length && times[i + 1] * 1000 <= t) {
					i++;
				}
				values[k] = (i >= 0 && t - times[i] * 1000 < stale) ? data.values()[i] : Double.NaN;
			}
			metrics.put(name, values);
		});
		return new Timeline(start, recorded, sampleIndex, metrics);
	}

}
