package org.opsreport.forecast;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.opsreport.store.Samples;
import org.opsreport.store.SeriesKey;

/**
 * The series the train step forecasts: every stored series, plus per service the derived series
 * {@value #CPU_LOAD} = cpu_utilization × instance_count (the load in "instance-percent" that capacity
 * planning divides by a target utilization; forecasting utilization alone would hide fleet changes).
 */
final class TrainingSeries {

	static final String CPU_LOAD = "cpu_load";

	private TrainingSeries() {
	}

	/** Every series to train from the stored series, in a stable order (service, metric). */
	static List<Target> list(List<SeriesKey> stored) {
		List<Target> targets = new ArrayList<>();
		TreeSet<String> withLoad = new TreeSet<>();
		for (SeriesKey key : stored) {
			targets.add(new Target(key.service(), key.metric()));
			if (key.metric().equals("cpu_utilization")
					&& stored.stream().anyMatch(k -> k.service().equals(key.service()) && k.metric().equals("instance_count"))) {
				withLoad.add(key.service());
			}
		}
		withLoad.forEach(service -> targets.add(new Target(service, CPU_LOAD)));
		targets.sort(java.util.Comparator.comparing(Target::service).thenComparing(Target::metric));
		return targets;
	}

	/** Reads one stored series in {@code [from, to)} (the metric store's {@code load}). */
	@FunctionalInterface
	interface StoredSeries {

		Samples load(String service, String metric, Instant from, Instant to);

	}

	/** The samples of a target in {@code [from, to)}; derived series are computed where both inputs exist. */
	static Samples load(StoredSeries store, Target target, Instant from, Instant to) {
		if (!target.metric().equals(CPU_LOAD)) {
			return store.load(target.service(), target.metric(), from, to);
		}
		return multiply(store.load(target.service(), "cpu_utilization", from, to),
				store.load(target.service(), "instance_count", from, to));
	}

	/** The product of two series at the times both have a sample. */
	static Samples multiply(Samples cpu, Samples instances) {
		long[] times = new long[Math.min(cpu.size(), instances.size())];
		double[] values = new double[times.length];
		int n = 0;
		for (int i = 0, j = 0; i < cpu.size() && j < instances.size();) {
			long a = cpu.epochSeconds()[i];
			long b = instances.epochSeconds()[j];
			if (a == b) {
				times[n] = a;
				values[n++] = cpu.values()[i++] * instances.values()[j++];
			}
			else if (a < b) {
				i++;
			}
			else {
				j++;
			}
		}
		return new Samples(java.util.Arrays.copyOf(times, n), java.util.Arrays.copyOf(values, n));
	}

	record Target(String service, String metric) {
	}

}
