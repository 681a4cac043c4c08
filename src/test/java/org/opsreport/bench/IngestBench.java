package org.opsreport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opsreport.OpsReportApplication;
import org.springframework.batch.core.step.Step;
import org.opsreport.sample.ScaledSampleData;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ingest benchmark: the real {@code ingestMetrics} step (reader, validating processor, upserting
 * writer, chunk transactions, restart state) on an empty store against H2's own bulk load of the
 * same file in the same run:
 * {@code INSERT INTO csvread_sample SELECT ... FROM CSVREAD(file)}, into a table shaped like
 * {@code metric_sample} (same key and columns; series ids looked up in the series table).
 *
 * <pre>
 * bench/ingest [--rows 2000000] [--out bench/out/ingest] [--spring.property=value ...]
 * </pre>
 * Prints one table row: rows, both times, both rates and the ratio ingest / CSVREAD.
 */
public final class IngestBench {

	private IngestBench() {
	}

	public static void main(String[] args) throws Exception {
		long rows = 2_000_000;
		Path out = Path.of("bench/out/ingest");
		List<String> springArgs = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--rows" -> rows = Long.parseLong(args[++i]);
				case "--out" -> out = Path.of(args[++i]);
				default -> springArgs.add(args[i]);
			}
		}
		out = out.toAbsolutePath();
		Result result = run(out, rows, springArgs);
		System.out.println();
		System.out.println("| rows | ingestMetrics s | rows/s | H2 CSVREAD s | rows/s | ratio | ingest CPU s | CSVREAD CPU s | CPU ratio |");
		System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		System.out.println(result.tableRow());
		System.exit(0);
	}

	/** One measurement. */
	record Result(long rows, Duration ingest, Duration csvread, Duration ingestCpu, Duration csvreadCpu) {

		double ratio() {
			return seconds(this.ingest) / seconds(this.csvread);
		}

		String tableRow() {
			return String.format(Locale.ROOT, "| %,d | %.1f | %,.0f | %.1f | %,.0f | %.2f | %.1f | %.1f | %.2f |", this.rows,
					seconds(this.ingest), this.rows / seconds(this.ingest), seconds(this.csvread),
					this.rows / seconds(this.csvread), ratio(), seconds(this.ingestCpu), seconds(this.csvreadCpu),
					seconds(this.ingestCpu) / seconds(this.csvreadCpu));
		}

	}

	static Result run(Path out, long targetRows, List<String> springArgs) throws Exception {
		deleteRecursively(out);
		Files.createDirectories(out);
		LocalDate end = LocalDate.parse("2026-11-25");
		int days = (int) Math.max(1, Math.round(targetRows / (8.0 * ScaledSampleData.ROWS_PER_SERVICE_DAY)));
		long t0 = System.nanoTime();
		long rows = ScaledSampleData.generate(out, 42, end, days, 1, true);
		Path csv = out.resolve("data/metrics/metrics.csv");
		System.out.printf(Locale.ROOT, "generated %,d rows (%d days x 8 services x 8 metrics) in %s, %,d bytes%n", rows,
				days, Duration.ofNanos(System.nanoTime() - t0), Files.size(csv));
		copyJobs(out);

		List<String> arguments = new ArrayList<>(List.of("--opsreport.command.enabled=false",
				"--opsreport.input-dir=" + out.resolve("data"), "--opsreport.config-dir=" + out.resolve("jobs"),
				"--opsreport.output-dir=" + out.resolve("reports"),
				"--spring.datasource.url=jdbc:h2:file:" + out.resolve("store/opsreport")));
		arguments.addAll(springArgs);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OpsReportApplication.class)
			.run(arguments.toArray(String[]::new))) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			JobRepository jobRepository = context.getBean(JobRepository.class);
			JobOperator jobOperator = context.getBean(JobOperator.class);
			Step ingest = context.getBean("ingestMetricsStep", Step.class);
			Job job = new JobBuilder("benchIngest", jobRepository).start(ingest).build();

			long started = System.nanoTime();
			long cpuStarted = processCpuNanos();
			JobExecution execution = jobOperator.start(job,
					new JobParametersBuilder().addLocalDate("date", end.minusDays(1)).toJobParameters());
			Duration ingestWall = Duration.ofNanos(System.nanoTime() - started);
			Duration ingestCpu = Duration.ofNanos(processCpuNanos() - cpuStarted);
			if (execution.getStatus() != BatchStatus.COMPLETED) {
				throw new IllegalStateException("ingest ended " + execution.getStatus() + ": " + execution.getAllFailureExceptions());
			}
			StepExecution step = execution.getStepExecutions().iterator().next();
			Duration stepTime = Duration.between(step.getStartTime(), step.getEndTime());
			long stored = jdbc.queryForObject("SELECT COUNT(*) FROM metric_sample", Long.class);
			System.out.printf(Locale.ROOT, "ingestMetrics: %s (job wall %s), read %,d, written %,d, stored %,d%n",
					stepTime, ingestWall, step.getReadCount(), step.getWriteCount(), stored);
			if (stored != rows) {
				throw new IllegalStateException("stored " + stored + " rows, expected " + rows);
			}

			long csvCpuStarted = processCpuNanos();
			Duration csvread = csvread(jdbc, csv);
			Duration csvreadCpu = Duration.ofNanos(processCpuNanos() - csvCpuStarted);
			long loaded = jdbc.queryForObject("SELECT COUNT(*) FROM csvread_sample", Long.class);
			long differing = jdbc.queryForObject("""
					SELECT COUNT(*) FROM metric_sample m JOIN csvread_sample c
					  ON c.series_id = m.series_id AND c.epoch_second = m.epoch_second
					WHERE c.sample_value <> m.sample_value""", Long.class);
			System.out.printf(Locale.ROOT, "CSVREAD: %s, loaded %,d rows, %d values differ from the ingested ones%n", csvread,
					loaded, differing);
			if (loaded != rows || differing != 0) {
				throw new IllegalStateException("CSVREAD loaded something else than ingest");
			}
			return new Result(rows, stepTime, csvread, ingestCpu, csvreadCpu);
		}
	}

	/**
	 * H2's bulk load of the same file into a table shaped like {@code metric_sample}. It is given the
	 * series ids the ingest created (a join on a table of 64 rows) and converts the ISO timestamps
	 * to epoch seconds in SQL.
	 */
	static Duration csvread(JdbcTemplate jdbc, Path csv) {
		jdbc.execute("DROP TABLE IF EXISTS csvread_sample");
		jdbc.execute("""
				CREATE TABLE csvread_sample (series_id BIGINT NOT NULL, epoch_second BIGINT NOT NULL,
				  sample_value DOUBLE PRECISION NOT NULL, PRIMARY KEY (series_id, epoch_second))""");
		long started = System.nanoTime();
		jdbc.update(csvreadInsert(csv));
		return Duration.ofNanos(System.nanoTime() - started);
	}

	/**
	 * The bulk load of one file. CSVREAD's arguments must be literals: H2 reads the file's columns
	 * when it prepares the statement. Its column names are the header's, upper-cased.
	 */
	static String csvreadInsert(Path csv) {
		return """
				INSERT INTO csvread_sample (series_id, epoch_second, sample_value)
				SELECT s.id,
				  DATEDIFF(SECOND, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00Z', CAST(c."TIMESTAMP" AS TIMESTAMP WITH TIME ZONE)),
				  CAST(c."VALUE" AS DOUBLE PRECISION)
				FROM CSVREAD('%s', NULL, 'charset=UTF-8') c JOIN series s ON s.service = c."SERVICE" AND s.metric = c."METRIC"
				""".formatted(csv.toAbsolutePath().toString().replace("'", "''"));
	}

	static void copyJobs(Path out) throws IOException {
		Path source = Path.of("jobs");
		if (!Files.isDirectory(source)) {
			return;
		}
		try (var files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path target = out.resolve("jobs").resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else if (!file.getFileName().toString().equals("services.yaml") || !file.getParent().equals(source)) {
					Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	/** CPU time of all threads of this JVM (incl. JIT and GC): fair to compare on a busy machine. */
	static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	static double seconds(Duration d) {
		return d.toNanos() / 1e9;
	}

	static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (var files = Files.walk(dir)) {
			for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

}
