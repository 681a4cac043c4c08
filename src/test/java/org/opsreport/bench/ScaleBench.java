package org.opsreport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.opsreport.sample.ScaledSampleData;

/**
 * Scale benchmark: for each scale factor, generates the sample services replicated {@code n}
 * times (8n services x 8 metrics x 56 days at 5-minute steps: 1x = 1,032,192 rows), runs the
 * nightly job of the application jar on them in its own JVM ({@code -Xmx512m} unless told
 * otherwise, GC log on), then reads from the store it left behind:
 * <ul>
 * <li>per step: wall time (Spring Batch step executions), items read and written;</li>
 * <li>rows/s of the ingest step and of the whole job;</li>
 * <li>peak heap: the largest heap occupancy the GC log shows before a collection, the largest after
 * one (an upper bound of what the job holds on to: a young collection leaves old garbage in place),
 * and the number of full collections (memory pressure);</li>
 * <li>H2's {@code CSVREAD} of the same files into a table shaped like {@code metric_sample}, in
 * the same store, and the ratio of the ingest step to it.</li>
 * </ul>
 *
 * <pre>
 * bench/scale [1 4 16]     (env BENCH_APP_HEAP=512m, BENCH_DAYS=56)
 * </pre>
 */
public final class ScaleBench {

	private static final LocalDate END = LocalDate.parse("2026-11-25");

	private static final Pattern GC_HEAP = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

	private ScaleBench() {
	}

	public static void main(String[] args) throws Exception {
		List<Integer> scales = new ArrayList<>();
		for (String arg : args) {
			scales.add(Integer.parseInt(arg.replace("x", "")));
		}
		if (scales.isEmpty()) {
			scales = List.of(1, 4, 16);
		}
		int days = Integer.parseInt(System.getenv().getOrDefault("BENCH_DAYS", "56"));
		String heap = System.getenv().getOrDefault("BENCH_APP_HEAP", "512m");
		Path jar = Path.of(System.getenv().getOrDefault("BENCH_JAR", "target/opsreport.jar")).toAbsolutePath();
		Path out = Path.of(System.getenv().getOrDefault("BENCH_OUT", "bench/out/scale")).toAbsolutePath();
		List<Run> runs = new ArrayList<>();
		for (int scale : scales) {
			Run run = run(out.resolve(scale + "x"), scale, days, heap, jar);
			runs.add(run);
			System.out.println();
			System.out.println("### " + scale + "x: " + String.format(Locale.ROOT, "%,d", run.rows) + " metric rows, "
					+ (8 * scale) + " services");
			System.out.println();
			System.out.println("| step | wall s | read | written |");
			System.out.println("|---|---:|---:|---:|");
			for (StepTime step : run.steps) {
				System.out.printf(Locale.ROOT, "| %s | %.1f | %,d | %,d |%n", step.name, seconds(step.wall), step.read,
						step.written);
			}
			System.out.println();
			printSummary(runs);
		}
	}

	static void printSummary(List<Run> runs) {
		System.out.println("| scale | metric rows | process s | job s | ingestMetrics s | ingest rows/s | train s | job rows/s "
				+ "| peak heap MB | max after GC MB | full GCs | heap max | CSVREAD s | ingest / CSVREAD | job s per M rows |");
		System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|");
		for (Run r : runs) {
			double ingest = seconds(r.step("ingestMetrics"));
			System.out.printf(Locale.ROOT,
					"| %dx | %,d | %.1f | %.1f | %.1f | %,.0f | %.1f | %,.0f | %.0f | %.0f | %d | %s | %.1f | %.2f | %.1f |%n",
					r.scale, r.rows, seconds(r.process), seconds(r.job), ingest, r.rows / ingest, seconds(r.step("train")),
					r.rows / seconds(r.job), r.peakHeapMb, r.maxLiveMb, r.fullGcs, r.heap, seconds(r.csvread),
					ingest / seconds(r.csvread), seconds(r.job) / (r.rows / 1e6));
		}
	}

	record StepTime(String name, Duration wall, long read, long written) {
	}

	static final class Run {

		int scale;

		long rows;

		String heap;

		Duration process;

		Duration job;

		List<StepTime> steps = new ArrayList<>();

		double peakHeapMb;

		/** The largest heap after a collection: an upper bound of the live data (a young GC leaves old garbage). */
		double maxLiveMb;

		int fullGcs;

		Duration csvread;

		Duration step(String name) {
			return this.steps.stream().filter(s -> s.name.equals(name)).map(StepTime::wall).findFirst().orElse(Duration.ZERO);
		}

	}

	static Run run(Path dir, int scale, int days, String heap, Path jar) throws Exception {
		IngestBench.deleteRecursively(dir);
		Files.createDirectories(dir);
		Run run = new Run();
		run.scale = scale;
		run.heap = "-Xmx" + heap;
		long t0 = System.nanoTime();
		run.rows = ScaledSampleData.generate(dir, 42, END, days, scale, false);
		System.out.printf(Locale.ROOT, "%n%dx: generated %,d rows in %.0f s under %s%n", scale, run.rows,
				(System.nanoTime() - t0) / 1e9, dir);
		IngestBench.copyJobs(dir);

		Path gcLog = dir.resolve("gc.log");
		// settings through the environment, so the command line stays short and plain
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
				"-Xlog:gc:file=" + gcLog, "-jar", jar.toString());
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("run.log").toFile());
		builder.environment().put("OPSREPORT_INPUTDIR", dir.resolve("data").toString());
		builder.environment().put("OPSREPORT_CONFIGDIR", dir.resolve("jobs").toString());
		builder.environment().put("OPSREPORT_OUTPUTDIR", dir.resolve("reports").toString());
		builder.environment().put("SPRING_DATASOURCE_URL", "jdbc:h2:file:" + dir.resolve("store/opsreport"));
		System.out.println("running: " + String.join(" ", command) + " (settings in the environment: " + dir + ")");
		long started = System.nanoTime();
		Process process = builder.start();
		int exit = process.waitFor();
		run.process = Duration.ofNanos(System.nanoTime() - started);
		if (exit != 0) {
			throw new IllegalStateException("nightly job exited with " + exit + "; see " + dir.resolve("run.log"));
		}
		readHeap(gcLog, run);
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("store/opsreport"), "sa",
				"")) {
			readSteps(connection, run);
			run.csvread = csvread(connection, dir.resolve("data/metrics"), run.rows);
		}
		System.out.printf(Locale.ROOT, "%dx: process %.1f s, job %.1f s, peak heap %.0f MB, CSVREAD %.1f s%n", scale,
				seconds(run.process), seconds(run.job), run.peakHeapMb, seconds(run.csvread));
		return run;
	}

	private static void readSteps(Connection connection, Run run) throws Exception {
		try (Statement statement = connection.createStatement()) {
			try (ResultSet rs = statement.executeQuery("""
					SELECT start_time, end_time FROM batch_job_execution ORDER BY job_execution_id DESC LIMIT 1""")) {
				rs.next();
				run.job = Duration.between(rs.getObject(1, LocalDateTime.class), rs.getObject(2, LocalDateTime.class));
			}
			Map<String, StepTime> steps = new LinkedHashMap<>();
			try (ResultSet rs = statement.executeQuery("""
					SELECT step_name, start_time, end_time, read_count, write_count FROM batch_step_execution
					WHERE job_execution_id = (SELECT MAX(job_execution_id) FROM batch_job_execution)
					ORDER BY step_execution_id""")) {
				while (rs.next()) {
					String name = rs.getString(1);
					Duration wall = Duration.between(rs.getObject(2, LocalDateTime.class), rs.getObject(3, LocalDateTime.class));
					if (name.contains(":")) {
						continue; // a partition of a partitioned step: its manager step carries the wall time
					}
					steps.put(name, new StepTime(name, wall, rs.getLong(4), rs.getLong(5)));
				}
			}
			run.steps.addAll(steps.values());
		}
	}

	/** H2 CSVREAD of every metrics file, into a table shaped like metric_sample, timed over all files. */
	private static Duration csvread(Connection connection, Path metrics, long expectedRows) throws Exception {
		List<Path> files;
		try (Stream<Path> list = Files.list(metrics)) {
			files = list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE IF EXISTS csvread_sample");
			statement.execute("""
					CREATE TABLE csvread_sample (series_id BIGINT NOT NULL, epoch_second BIGINT NOT NULL,
					  sample_value DOUBLE PRECISION NOT NULL, PRIMARY KEY (series_id, epoch_second))""");
			long started = System.nanoTime();
			for (Path file : files) {
				statement.executeUpdate(IngestBench.csvreadInsert(file));
			}
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM csvread_sample")) {
				rs.next();
				if (rs.getLong(1) != expectedRows) {
					throw new IllegalStateException("CSVREAD loaded " + rs.getLong(1) + " rows, expected " + expectedRows);
				}
			}
			return took;
		}
	}

	private static void readHeap(Path gcLog, Run run) throws IOException {
		for (String line : Files.readAllLines(gcLog)) {
			if (line.contains("Pause Full")) {
				run.fullGcs++;
			}
			Matcher m = GC_HEAP.matcher(line);
			if (m.find()) {
				run.peakHeapMb = Math.max(run.peakHeapMb, mb(m.group(1), m.group(2)));
				run.maxLiveMb = Math.max(run.maxLiveMb, mb(m.group(3), m.group(4)));
			}
		}
	}

	private static double mb(String value, String unit) {
		double v = Double.parseDouble(value);
		return switch (unit) {
			case "K" -> v / 1024;
			case "G" -> v * 1024;
			default -> v;
		};
	}

	private static double seconds(Duration d) {
		return d.toNanos() / 1e9;
	}

}
