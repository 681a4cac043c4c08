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
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the deterministic sample data set: metrics per service ({@code data/metrics/<service>.csv.gz}),
 * incidents ({@code data/incidents/incidents.csv}), chaos experiments ({@code data/chaos/experiments.csv})
 * and the service catalogue ({@code jobs/services.yaml}). The same options give byte-identical files
 * (one {@link SplittableRandom} tree from the seed; gzip header mtime is 0).
 *
 * <pre>
 * java -cp target/classes org.opsreport.sample.SampleDataGenerator --out . --seed 42 --end 2026-11-25 --days 37
 * </pre>
 *
 * See {@code docs/sample-data.md} for the scenarios built into the data.
 */
public final class SampleDataGenerator {

	/**
	 * @param outputRoot directory that receives {@code data/} and {@code jobs/}
	 * @param seed random seed
	 * @param endExclusive first day not generated; the last complete day is the day before
	 * @param days number of days generated, ending at {@code endExclusive}
	 */
	public record Options(Path outputRoot, long seed, LocalDate endExclusive, int days) {

		public static Options defaults() {
			return new Options(Path.of("."), 42, LocalDate.parse("2026-11-25"), 37);
		}

		public Options withRoot(Path root) {
			return new Options(root, this.seed, this.endExclusive, this.days);
		}

	}

	/** What was generated: the incidents and experiments (with their planned outcomes) and metric rows. */
	public record Summary(List<SampleIncident> incidents, List<SampleChaosExperiment> experiments, long metricRows) {
	}

	private static final String INCIDENT_HEADER = "id,title,services,detected_at,resolved_at,severity,acknowledged_at,"
			+ "mitigated_at,service_unavailable,affected_users_pct,data_loss,security_incident,"
			+ "performance_degradation_pct,postmortem_completed_at,primary_cause,contributing_factors,action_items,"
			+ "lessons_learned";

	private SampleDataGenerator() {
	}

	public static void main(String[] args) throws IOException {
		Options o = Options.defaults();
		Path out = o.outputRoot();
		long seed = o.seed();
		LocalDate end = o.endExclusive();
		int days = o.days();
		for (int i = 0; i < args.length; i++) {
			String value = (i + 1 < args.length) ? args[i + 1] : null;
			switch (args[i]) {
				case "--out" -> out = Path.of(require(args[i], value));
				case "--seed" -> seed = Long.parseLong(require(args[i], value));
				case "--end" -> end = LocalDate.parse(require(args[i], value));
				case "--days" -> days = Integer.parseInt(require(args[i], value));
				default -> {
					System.err.println("usage: SampleDataGenerator [--out DIR] [--seed N] [--end YYYY-MM-DD (exclusive)]"
							+ " [--days N]");
					System.exit(2);
				}
			}
			i++;
		}
		Summary summary = generate(new Options(out, seed, end, days));
		System.out.printf(Locale.ROOT, "wrote %d metric rows, %d incidents, %d chaos experiments under %s%n",
				summary.metricRows(), summary.incidents().size(), summary.experiments().size(), out.toAbsolutePath());
		for (SampleIncident inc : summary.incidents()) {
			System.out.printf(Locale.ROOT, "%s %-5s %-28s %s .. %s  %s%n", inc.id(),
					(inc.severity() == null) ? "-" : inc.severity(), String.join(";", inc.services()),
					inc.detectedAt(), (inc.resolvedAt() == null) ? "open" : inc.resolvedAt(), inc.title());
		}
		for (SampleChaosExperiment c : summary.experiments()) {
			System.out.printf(Locale.ROOT, "%s %-14s %s %d min: %s%n", c.id(), String.join(";", c.targetServices()),
					c.startedAt(), c.durationMinutes(), c.expectedOutcome());
		}
	}

	private static String require(String option, String value) {
		if (value == null) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return value;
	}

	/** Generates everything under {@code options.outputRoot()}. */
	public static Summary generate(Options options) throws IOException {
		if (options.days() < 1) {
			throw new IllegalArgumentException("days must be >= 1");
		}
		SplittableRandom root = new SplittableRandom(options.seed());
		SplittableRandom incidentRandom = root.split();
		IncidentPlan plan = new IncidentPlan(options.endExclusive(), options.days());
		Instant start = options.endExclusive().minusDays(options.days()).atStartOfDay(ZoneOffset.UTC).toInstant();
		List<SampleChaosExperiment> chaos = SampleChaosExperiment.plan(plan, start);
		List<SampleIncident> incidents = plan.build(incidentRandom, chaos);
		Path root0 = options.outputRoot();
		long rows = 0;
		for (ServiceProfile p : ServiceProfile.SAMPLE) {
			rows += writeMetrics(root0.resolve("data/metrics/" + p.name() + ".csv.gz"), p, root.split(), incidents,
					plan, options);
		}
		writeIncidents(root0.resolve("data/incidents/incidents.csv"), incidents);
		writeChaos(root0.resolve("data/chaos/experiments.csv"), chaos);
		writeServices(root0.resolve("jobs/services.yaml"));
		return new Summary(incidents, chaos, rows);
	}

	/** The hour missing from the notifications metrics: 02:00-03:00 UTC on the last day. */
	static boolean inNotificationsGap(ServiceProfile p, Instant t, LocalDate lastDay) {
		Instant from = lastDay.atTime(2, 0).toInstant(ZoneOffset.UTC);
		return p.name().equals("notifications") && !t.isBefore(from) && t.isBefore(from.plusSeconds(3600));
	}

	private static long writeMetrics(Path file, ServiceProfile p, SplittableRandom random,
			List<SampleIncident> incidents, IncidentPlan plan, Options options) throws IOException {
		Files.createDirectories(file.getParent());
		LocalDate lastDay = options.endExclusive().minusDays(1);
		MetricSimulator sim = new MetricSimulator(p, random, incidents, plan, lastDay);
		Instant t = options.endExclusive().minusDays(options.days()).atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant end = options.endExclusive().atStartOfDay(ZoneOffset.UTC).toInstant();
		long rows = 0;
		try (Writer w = new BufferedWriter(new OutputStreamWriter(
				new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
			w.write("timestamp,service,metric,value\n");
			StringBuilder line = new StringBuilder(64);
			for (; t.isBefore(end); t = t.plus(MetricSimulator.STEP)) {
				double[] values = sim.step(t);
				if (inNotificationsGap(p, t, lastDay)) {
					continue;
				}
				String ts = t.toString();
				for (int m = 0; m < values.length; m++) {
					line.setLength(0);
					line.append(ts).append(',').append(p.name()).append(',').append(MetricSimulator.METRICS.get(m))
						.append(',');
					appendNumber(line, values[m]);
					line.append('\n');
					w.append(line);
					rows++;
				}
			}
		}
		return rows;
	}

	/** Integers without a decimal point, everything else with one decimal (values are pre-rounded). */
	static void appendNumber(StringBuilder sb, double v) {
		long tenths = Math.round(v * 10);
		if (tenths % 10 == 0) {
			sb.append(tenths / 10);
		}
		else {
			if (tenths < 0) {
				sb.append('-');
				tenths = -tenths;
			}
			sb.append(tenths / 10).append('.').append(tenths % 10);
		}
	}

	private static void writeIncidents(Path file, List<SampleIncident> incidents) throws IOException {
		Files.createDirectories(file.getParent());
		try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			w.write(INCIDENT_HEADER);
			w.write('\n');
			for (SampleIncident i : incidents) {
				List<String> f = new ArrayList<>();
				f.add(i.id());
				f.add(i.title());
				f.add(String.join(";", i.services()));
				f.add(ts(i.detectedAt()));
				f.add(ts(i.resolvedAt()));
				f.add((i.severity() == null) ? "" : i.severity());
				f.add(ts(i.acknowledgedAt()));
				f.add(ts(i.mitigatedAt()));
				f.add(Boolean.toString(i.serviceUnavailable()));
				f.add(pct(i.affectedUsersPct()));
				f.add(Boolean.toString(i.dataLoss()));
				f.add(Boolean.toString(i.securityIncident()));
				f.add(pct(i.performanceDegradationPct()));
				f.add(ts(i.postmortemCompletedAt()));
				f.add(i.primaryCause());
				f.add(String.join(";", i.contributingFactors()));
				f.add(String.join(";", i.actionItems()));
				f.add(String.join(";", i.lessonsLearned()));
				writeRow(w, f);
			}
		}
	}

	private static void writeChaos(Path file, List<SampleChaosExperiment> chaos) throws IOException {
		Files.createDirectories(file.getParent());
		try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			w.write("id,name,type,target_services,started_at,duration_minutes,hypothesis,success_criteria\n");
			for (SampleChaosExperiment c : chaos) {
				writeRow(w, List.of(c.id(), c.name(), c.type(), String.join(";", c.targetServices()),
						ts(c.startedAt()), Integer.toString(c.durationMinutes()), c.hypothesis(), c.successCriteria()));
			}
		}
	}

	private static void writeServices(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		StringBuilder sb = new StringBuilder();
		sb.append("# Sample service catalogue, written by org.opsreport.sample.SampleDataGenerator\n");
		sb.append("services:\n");
		for (ServiceProfile p : ServiceProfile.SAMPLE) {
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

	/** RFC 4180 quoting, and also quote fields holding a {@code ;} list so the lists are visibly one field. */
	private static void writeRow(Writer w, List<String> fields) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				w.write(',');
			}
			String f = fields.get(i);
			if (f.contains(",") || f.contains("\"") || f.contains(";") || f.contains("\n")) {
				w.write('"');
				w.write(f.replace("\"", "\"\""));
				w.write('"');
			}
			else {
				w.write(f);
			}
		}
		w.write('\n');
	}

	private static String ts(Instant t) {
		return (t == null) ? "" : t.toString();
	}

	private static String pct(double v) {
		StringBuilder sb = new StringBuilder();
		appendNumber(sb, v);
		return sb.toString();
	}

}
