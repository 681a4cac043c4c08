package org.opsreport.job;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 during ingest, then the same command again: the store and the ingest totals must equal
 * those of a clean run exactly (nothing lost, nothing counted or stored twice), the run ends with
 * status 0, and the report is complete. Runs opsreport in forked JVMs on a PostgreSQL schema, as in
 * production; the kill point is found from the ingest progress log, and the test checks that the
 * killed run had stored some but not all rows, so it never passes on a run that was not interrupted.
 * <p>
 * Not on the H2 file store: in 2 of 5 full-suite runs on 2026-11-26 the H2 store killed mid-chunk came
 * back inconsistent (a read failed with "Row not found in primary index", and once the restarted run
 * ended one row short: an index entry left without its row makes the upsert's NOT EXISTS skip the
 * row). That is H2's crash recovery (2.4.240), not opsreport's restart logic, which this test checks.
 */
@EnabledIf(value = "onPostgresqlOrAsked",
		disabledReason = "H2 2.4.240 can leave a primary-key index entry without its row after kill -9 (README, "
				+ "'Crash safety'); the restart logic is checked on PostgreSQL (.ci/run's second phase); "
				+ "-Dopsreport.test.h2-crash=true runs it on H2")
class CrashRestartFunctionalTest {

	/** On PostgreSQL; on H2 only when asked ({@code -Dopsreport.test.h2-crash=true}), to study H2's recovery. */
	static boolean onPostgresqlOrAsked() {
		return TestDatabase.isPostgresql() || Boolean.getBoolean("opsreport.test.h2-crash");
	}

	static final int FILES = 4;

	static final int ROWS_PER_FILE = 30_000;

	static final int SERIES = 20;

	static final Instant END = Instant.parse("2026-11-03T00:00:00Z");

	@TempDir
	Path work;

	@Test
	void aRunKilledMidIngestIsCompletedByTheSameCommandWithExactlyTheRowsOfACleanRun() throws Exception {
		Path data = generateInputs(this.work.resolve("data"));
		Files.createDirectories(this.work.resolve("jobs"));
		TestDatabase.freshPostgresqlSchemas("crash_clean", "crash_crash");

		// a clean run, for reference
		int clean = ForkedOpsReport.run(this.work.resolve("clean.log"), command("clean"), Duration.ofMinutes(5));
		assertThat(clean).as(Files.readString(this.work.resolve("clean.log"))).isZero();
		Store expected = Store.read(url("clean"));
		assertThat(expected.samples()).isEqualTo(FILES * ROWS_PER_FILE - 10);

		// the same run, killed after some chunks of metrics were written
		ForkedOpsReport crashing = ForkedOpsReport.start(this.work.resolve("crash.log"), command("crash"));
		crashing.awaitLines(l -> l.contains("metrics chunk written"), 30, Duration.ofMinutes(3));
		crashing.kill();
		// counts only: the killed store's digest is not needed; the restart below and the digest of the
		// store it leaves are what must hold
		Store killed = Store.read(url("crash"), false);
		assertThat(killed.samples()).as("the kill came mid-ingest").isGreaterThan(0).isLessThan(expected.samples());
		assertThat(killed.lastExecutionStatus()).isEqualTo("STARTED");
		assertThat(killed.runLocks()).isEqualTo(1); // the dead process's lease is still there

		// the same command again: recovers the interrupted execution, takes over the lease, resumes
		Path restartLog = this.work.resolve("restart.log");
		int restarted = ForkedOpsReport.run(restartLog, command("crash"), Duration.ofMinutes(5));
		String log = Files.readString(restartLog);
		assertThat(restarted).as(log).isZero();
		assertThat(log).contains("was interrupted").contains("recovering it").contains("Restarting the failed run")
			.contains("Resuming metrics ingest");

		Store actual = Store.read(url("crash"));
		assertThat(actual.samples()).isEqualTo(expected.samples());
		assertThat(actual.series()).isEqualTo(expected.series());
		assertThat(actual.incidents()).isEqualTo(expected.incidents());
		assertThat(actual.digest()).as("every stored value").isEqualTo(expected.digest());
		assertThat(actual.jobInstances()).isEqualTo(1);
		assertThat(actual.runLocks()).isZero();

		JsonMapper json = JsonMapper.builder().build();
		JsonNode cleanReport = json.readTree(this.work.resolve("out-clean/2026-11-02/report.json").toFile());
		JsonNode report = json.readTree(this.work.resolve("out-crash/2026-11-02/report.json").toFile());
		assertThat(report.get("ingest").get("totals")).isEqualTo(cleanReport.get("ingest").get("totals"));
		assertThat(report.get("ingest").get("files")).isEqualTo(cleanReport.get("ingest").get("files"));
		assertThat(report.get("ingest").get("rejectsShown")).isEqualTo(cleanReport.get("ingest").get("rejectsShown"));
		assertThat(report.get("coverage")).isEqualTo(cleanReport.get("coverage"));
		JsonNode totals = report.get("ingest").get("totals");
		assertThat(totals.get("read").asLong()).isEqualTo(FILES * ROWS_PER_FILE + 2 + 2);
		assertThat(totals.get("rejected").asLong()).isEqualTo(10);
		assertThat(totals.get("replaced").asLong()).isEqualTo(1);
		assertThat(totals.get("unchanged").asLong()).isEqualTo(1);
		assertThat(Files.readString(this.work.resolve("out-crash/2026-11-02/rejects.csv")))
			.isEqualTo(Files.readString(this.work.resolve("out-clean/2026-11-02/rejects.csv")));

		// the report folder holds complete files only
		Path folder = this.work.resolve("out-crash/2026-11-02");
		try (Stream<Path> files = Files.list(folder)) {
			assertThat(files.map(f -> f.getFileName().toString()))
				.contains("report.json", "report.md", "report.html", "rejects.csv", "forecasts.csv")
				.noneMatch(name -> name.endsWith(".tmp"));
		}
		assertThat(Files.readString(folder.resolve("report.html")).strip()).endsWith("</html>");
	}

	List<String> command(String name) {
		List<String> command = new ArrayList<>(List.of("date=2026-11-02", "--spring.datasource.url=" + url(name),
				"--opsreport.input-dir=" + this.work.resolve("data"), "--opsreport.config-dir=" + this.work.resolve("jobs"),
				"--opsreport.output-dir=" + this.work.resolve("out-" + name),
				"--opsreport.template-dir=" + this.work.resolve("no-templates"), "--opsreport.ingest.chunk-size=1000",
				"--logging.level.org.opsreport.ingest.IngestWriter=debug"));
		if (TestDatabase.isPostgresql()) {
			command.addAll(List.of("--spring.datasource.username=" + TestDatabase.postgresqlUser(),
					"--spring.datasource.password=" + TestDatabase.postgresqlPassword(),
					"--spring.sql.init.platform=postgresql"));
		}
		return command;
	}

	/** The store of run {@code name}: an H2 file, or a PostgreSQL schema when the suite runs on PostgreSQL. */
	String url(String name) {
		if (TestDatabase.isPostgresql()) {
			return TestDatabase.postgresqlUrl("crash_" + name);
		}
		return "jdbc:h2:file:" + this.work.resolve("store-" + name).resolve("opsreport").toAbsolutePath()
				+ ";DB_CLOSE_ON_EXIT=FALSE";
	}

	/**
	 * {@value #FILES} files of {@value #ROWS_PER_FILE} one-minute samples of {@value #SERIES} series, in
	 * time order, ending on the report date; 10 rows with NaN in file 2; the first row of file 3 corrects
	 * the last row of file 2 (replaced) and the first row of file 4 repeats the last of file 3 (unchanged).
	 */
	static Path generateInputs(Path data) throws Exception {
		Path metrics = Files.createDirectories(data.resolve("metrics"));
		long minutes = (long) FILES * ROWS_PER_FILE / SERIES;
		Instant start = END.minusSeconds(60 * minutes);
		int row = 0;
		String previousLast = null;
		for (int f = 1; f <= FILES; f++) {
			try (BufferedWriter out = Files.newBufferedWriter(metrics.resolve("part-" + f + ".csv"), StandardCharsets.UTF_8)) {
				out.write("timestamp,service,metric,value\n");
				if (f == 3) {
					out.write(previousLast.replaceFirst(",[^,]*$", ",99.9") + "\n"); // corrects file 2's last row
				}
				if (f == 4) {
					out.write(previousLast + "\n"); // repeats file 3's last row
				}
				for (int i = 0; i < ROWS_PER_FILE; i++, row++) {
					Instant at = start.plusSeconds(60L * (row / SERIES));
					int series = row % SERIES;
					String metric = series % 2 == 0 ? "cpu_utilization" : "request_rate";
					String value = (f == 2 && i % 3000 == 17) ? "NaN"
							: String.format(Locale.ROOT, "%.1f", series % 2 == 0 ? (row * 7 % 900) / 10.0 : row % 500);
					String line = at + ",svc-" + (series / 2) + "," + metric + "," + value;
					out.write(line + "\n");
					previousLast = line;
				}
			}
		}
		Path incidents = Files.createDirectories(data.resolve("incidents"));
		Files.writeString(incidents.resolve("incidents.csv"), """
				id,title,services,detected_at,resolved_at,severity
				INC-1,Checkout errors,svc-1,2026-11-02T08:00:00Z,2026-11-02T09:00:00Z,SEV2
				INC-2,Slow search,svc-2,2026-11-02T13:00:00Z,,SEV3
				""");
		return data;
	}

	/** What a store holds, read with plain JDBC after the process that wrote it has ended. */
	record Store(long samples, long series, long incidents, String digest, String lastExecutionStatus,
			long jobInstances, long runLocks) {

		static Store read(String url) throws Exception {
			return read(url, true);
		}

		static Store read(String url, boolean withDigest) throws Exception {
			try (Connection connection = TestDatabase.isPostgresql()
					? DriverManager.getConnection(url, TestDatabase.postgresqlUser(), TestDatabase.postgresqlPassword())
					: DriverManager.getConnection(url, "sa", "");
					Statement statement = connection.createStatement()) {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				if (withDigest) try (ResultSet rs = statement.executeQuery("""
						SELECT s.service, s.metric, m.epoch_second, m.sample_value
						FROM metric_sample m JOIN series s ON s.id = m.series_id
						ORDER BY s.service, s.metric, m.epoch_second""")) {
					while (rs.next()) {
						digest.update((rs.getString(1) + ',' + rs.getString(2) + ',' + rs.getLong(3) + ','
								+ rs.getDouble(4) + '\n').getBytes(StandardCharsets.UTF_8));
					}
				}
				return new Store(count(statement, "SELECT COUNT(*) FROM metric_sample"),
						count(statement, "SELECT COUNT(*) FROM series"), count(statement, "SELECT COUNT(*) FROM incident"),
						HexFormat.of().formatHex(digest.digest()),
						text(statement, "SELECT status FROM batch_job_execution ORDER BY job_execution_id DESC LIMIT 1"),
						count(statement, "SELECT COUNT(*) FROM batch_job_instance"),
						count(statement, "SELECT COUNT(*) FROM run_lock WHERE lock_name LIKE 'nightly:%'"));
			}
		}

		private static long count(Statement statement, String sql) throws Exception {
			try (ResultSet rs = statement.executeQuery(sql)) {
				rs.next();
				return rs.getLong(1);
			}
		}

		private static String text(Statement statement, String sql) throws Exception {
			try (ResultSet rs = statement.executeQuery(sql)) {
				return rs.next() ? rs.getString(1) : null;
			}
		}

	}

}
