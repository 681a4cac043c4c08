package org.opsreport.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Benchmark data: the sample data set (incidents, chaos experiments, the eight sample services)
 * plus {@code replicas - 1} further copies of each sample service ({@code checkout-r1},
 * {@code checkout-r2}, ...), each simulated with its own random stream, so the row count grows with
 * the number of services as it does when a team grows. Metrics are written as plain {@code .csv}
 * (H2's {@code CSVREAD} reads the same files), either one file per service or all in one file.
 * <p>
 * Rows: {@code replicas x 8 services x 8 metrics x 288 steps per day x days}; 8 services and 56 days
 * are 1,032,192 rows.
 */
public final class ScaledSampleData {

	/** Rows one sample service writes per day: 8 metrics every 5 minutes. */
	public static final long ROWS_PER_SERVICE_DAY = 8L * 288;

	private ScaledSampleData() {
	}

	/**
	 * @param root receives {@code data/} and {@code jobs/services.yaml}
	 * @param replicas how many copies of the eight sample services (1: just the sample services)
	 * @param days days of data, ending the day before {@code endExclusive}
	 * @param oneFile all metrics in {@code data/metrics/metrics.csv} instead of one file per service
	 * @return the number of metric rows written
	 */
	public static long generate(Path root, long seed, LocalDate endExclusive, int days, int replicas, boolean oneFile)
			throws IOException {
		SampleDataGenerator.Options options = new SampleDataGenerator.Options(root, seed, endExclusive, days);
		SampleDataGenerator.Summary summary = SampleDataGenerator.generate(options);
		Path metrics = root.resolve("data/metrics");
		try (var old = Files.list(metrics)) {
			for (Path file : old.toList()) {
				Files.delete(file); // the generator's gzip files: replaced by plain CSV below
			}
		}
		IncidentPlan plan = new IncidentPlan(endExclusive, days);
		SplittableRandom random = new SplittableRandom(seed ^ 0x5CA1EL);
		List<ServiceProfile> profiles = new ArrayList<>();
		for (int r = 0; r < replicas; r++) {
			for (ServiceProfile p : ServiceProfile.SAMPLE) {
				profiles.add(r == 0 ? p : rename(p, r));
			}
		}
		long rows = 0;
		Writer shared = oneFile ? open(metrics.resolve("metrics.csv")) : null;
		try {
			for (ServiceProfile p : profiles) {
				Writer w = shared != null ? shared : open(metrics.resolve(p.name() + ".csv"));
				try {
					rows += write(w, p, random.split(), summary.incidents(), plan, endExclusive, days);
				}
				finally {
					if (shared == null) {
						w.close();
					}
				}
			}
		}
		finally {
			if (shared != null) {
				shared.close();
			}
		}
		writeServices(root.resolve("jobs/services.yaml"), profiles);
		return rows;
	}

	private static ServiceProfile rename(ServiceProfile p, int replica) {
		return new ServiceProfile(p.name() + "-r" + replica, p.displayName() + " " + replica, p.team(),
				p.instanceCostPerHour(), p.targetUtilization(), p.minInstances(), p.maxInstances(), p.autoscaled(),
				p.fixedInstances(), p.meanRate(), p.dailyAmplitude(), p.weekendFactor(), p.capacityPerInstance(),
				p.baseLatencyMs(), p.baseErrorRatio(), p.memoryBase());
	}

	private static Writer open(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
		w.write("timestamp,service,metric,value\n");
		return w;
	}

	private static long write(Writer w, ServiceProfile p, SplittableRandom random, List<SampleIncident> incidents,
			IncidentPlan plan, LocalDate endExclusive, int days) throws IOException {
		LocalDate lastDay = endExclusive.minusDays(1);
		MetricSimulator sim = new MetricSimulator(p, random, incidents, plan, lastDay);
		Instant t = endExclusive.minusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant end = endExclusive.atStartOfDay(ZoneOffset.UTC).toInstant();
		long rows = 0;
		StringBuilder line = new StringBuilder(64);
		for (; t.isBefore(end); t = t.plus(MetricSimulator.STEP)) {
			double[] values = sim.step(t);
			String ts = t.toString();
			for (int m = 0; m < values.length; m++) {
				line.setLength(0);
				line.append(ts).append(',').append(p.name()).append(',').append(MetricSimulator.METRICS.get(m)).append(',');
				SampleDataGenerator.appendNumber(line, values[m]);
				line.append('\n');
				w.append(line);
				rows++;
			}
		}
		return rows;
	}

	private static void writeServices(Path file, List<ServiceProfile> profiles) throws IOException {
		Files.createDirectories(file.getParent());
		StringBuilder sb = new StringBuilder("# Benchmark service catalogue, written by ScaledSampleData\nservices:\n");
		for (ServiceProfile p : profiles) {
			sb.append("  - name: ").append(p.name()).append('\n');
			sb.append("    displayName: ").append(p.displayName()).append('\n');
			sb.append("    team: ").append(p.team()).append('\n');
			sb.append("    instanceCostPerHour: ").append(p.instanceCostPerHour()).append('\n');
			sb.append("    targetUtilization: ").append(p.targetUtilization()).append('\n');
			sb.append("    minInstances: ").append(p.minInstances()).append('\n');
			sb.append("    maxInstances: ").append(p.maxInstances()).append('\n');
		}
		Files.writeString(file, sb, StandardCharsets.UTF_8);
	}

}
