package org.opsreport.job;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsreport.job.CommandLine.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line as operators run it ({@link Launch#run}, in this JVM, on in-memory stores): one
 * run per date (exit status 3), runs of different dates leave each other's results alone, and the
 * same inputs give byte-identical reports on fresh stores.
 */
class CommandLineReliabilityTest {

	@TempDir
	Path work;

	Outcome launch(String store, String output, String... extra) {
		return CommandLine.run(this.work, CommandLine.memoryStore(store), output, extra);
	}

	@Test
	void aSecondRunOfTheSameDateWhileOneIsGoingOnIsRefusedWithStatus3() throws Exception {
		FixtureWorkspace.copy("basic", this.work);
		String store = "lock-" + UUID.randomUUID();
		assertThat(launch(store, "reports", "date=2026-11-02").status()).isZero();
		// a live process (this one) holds the lease of nightly:2026-11-02, as a running nightly would
		String owner = InetAddress.getLocalHost().getHostName() + ":" + ProcessHandle.current().pid() + ":1";
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + store, "sa", "")) {
			connection.createStatement()
				.executeUpdate("INSERT INTO run_lock (lock_name, owner, heartbeat_at) VALUES ('nightly:2026-11-02', '"
						+ owner + "', " + System.currentTimeMillis() + ")");
			Outcome refused = launch(store, "reports", "date=2026-11-02");
			assertThat(refused.status()).isEqualTo(ExitCodes.ALREADY_RUNNING);
			assertThat(refused.stderr()).isEqualTo(
					"opsreport: a nightly run for 2026-11-02 is already going on; this one was not started" + System.lineSeparator());
			// another date is not blocked
			assertThat(launch(store, "reports", "date=2026-11-01").status()).isZero();
			// once the lease is gone (the run ended), the same command runs
			connection.createStatement().executeUpdate("DELETE FROM run_lock WHERE lock_name = 'nightly:2026-11-02'");
			assertThat(launch(store, "reports", "date=2026-11-02").status()).isZero();
		}
	}

	@Test
	void aLeaseOfADeadProcessIsTakenOver() throws Exception {
		FixtureWorkspace.copy("basic", this.work);
		String store = "dead-" + UUID.randomUUID();
		assertThat(launch(store, "reports", "date=2026-11-02").status()).isZero();
		Process dead = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
			.redirectErrorStream(true)
			.start();
		dead.getInputStream().readAllBytes();
		dead.waitFor();
		String owner = InetAddress.getLocalHost().getHostName() + ":" + dead.pid() + ":1";
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + store, "sa", "")) {
			// a fresh heartbeat: only the dead-process check can tell that the lease is stale
			connection.createStatement()
				.executeUpdate("INSERT INTO run_lock (lock_name, owner, heartbeat_at) VALUES ('nightly:2026-11-02', '"
						+ owner + "', " + System.currentTimeMillis() + ")");
			assertThat(launch(store, "reports", "date=2026-11-02").status()).isZero();
		}
	}

	@Test
	void runsOfDifferentDatesLeaveEachOthersResultsIntact() throws Exception {
		FixtureWorkspace.copy("basic", this.work);
		String store = "dates-" + UUID.randomUUID();
		assertThat(launch(store, "reports", "date=2026-11-01").status()).isZero();
		String first = masked(this.work.resolve("reports/2026-11-01/report.json"));
		assertThat(launch(store, "reports", "date=2026-11-02").status()).isZero();
		// render 11-01 again from its stored results, after the run of 11-02
		assertThat(launch(store, "rerendered", "--spring.batch.job.name=report", "date=2026-11-01").status()).isZero();
		assertThat(masked(this.work.resolve("rerendered/2026-11-01/report.json"))
			.replace(this.work.resolve("rerendered").toString(), this.work.resolve("reports").toString()))
			.isEqualTo(first);
		assertThat(first).contains("\"reportDate\" : \"2026-11-01\"").contains("INC-1");
		assertThat(masked(this.work.resolve("reports/2026-11-02/report.json"))).contains("\"reportDate\" : \"2026-11-02\"")
			.contains("INC-3");
	}

	@Test
	void theSameInputsGiveByteIdenticalReportsOnFreshStores() throws Exception {
		FixtureWorkspace.copy("basic", this.work);
		assertThat(launch("determinism-a-" + UUID.randomUUID(), "a", "date=2026-11-02").status()).isZero();
		assertThat(launch("determinism-b-" + UUID.randomUUID(), "b", "date=2026-11-02").status()).isZero();
		Path a = this.work.resolve("a/2026-11-02");
		Path b = this.work.resolve("b/2026-11-02");
		// the output folder is named in the ingest section (where rejects.csv is): same relative place
		assertThat(masked(b.resolve("report.json")).replace(this.work.resolve("b").toString(), this.work.resolve("a").toString()))
			.isEqualTo(masked(a.resolve("report.json")));
		assertThat(masked(b.resolve("report.md")).replace(this.work.resolve("b").toString(), this.work.resolve("a").toString()))
			.isEqualTo(masked(a.resolve("report.md")));
		assertThat(Files.readString(b.resolve("rejects.csv"))).isEqualTo(Files.readString(a.resolve("rejects.csv")));
		assertThat(Files.readString(b.resolve("forecasts.csv"))).isEqualTo(Files.readString(a.resolve("forecasts.csv")))
			.startsWith("service,metric,timestamp,forecast,lower80,upper80,lower95,upper95,model\n");
	}

	@Test
	void aFileWithAWrongHeaderFailsTheJobWithOneLineNamingTheFile() throws Exception {
		FixtureWorkspace.copy("basic", this.work);
		Files.copy(Path.of("src/test/resources/bad-input/wrong-header/metrics/export.csv"),
				this.work.resolve("data/metrics/zz-export.csv"));
		Outcome outcome = launch("header-" + UUID.randomUUID(), "reports", "date=2026-11-02");
		assertThat(outcome.status()).isEqualTo(ExitCodes.FAILED);
		assertThat(outcome.stderr().strip().lines()).singleElement()
			.satisfies(line -> assertThat(line).startsWith("opsreport: nightly for 2026-11-02 ended FAILED: ")
				.contains("zz-export.csv: wrong header for metrics: missing column(s) timestamp, service"));
	}

	@Test
	void noErrorLinePrintsTheContentOfAFile() throws Exception {
		// issue 15 class 5: a file without a header whose first row holds a secret, and a binary file
		FixtureWorkspace.copy("basic", this.work);
		Path headerless = this.work.resolve("data/incidents/zz-headerless.csv");
		Files.writeString(headerless, "INC-9,db password hunter2-AKIAIOSFODNN7EXAMPLE,alpha,2026-11-02T08:00:00Z,,SEV1\n");
		Outcome outcome = launch("content-" + UUID.randomUUID(), "reports", "date=2026-11-02");
		assertThat(outcome.status()).isEqualTo(ExitCodes.FAILED);
		assertThat(outcome.stderr().strip().lines()).singleElement()
			.satisfies(line -> assertThat(line).endsWith("zz-headerless.csv: wrong header for incidents: missing column(s) "
					+ "id, title, services, detected_at, resolved_at; expected id,title,services,detected_at,resolved_at (the first row has 6 columns, none of them "
					+ "a known column: does the file start with data?)").doesNotContain("hunter2").doesNotContain("AKIA"));
		Files.delete(headerless);

		byte[] binary = new byte[4096];
		new java.util.Random(15).nextBytes(binary);
		Files.write(this.work.resolve("data/metrics/zz-binary.csv"), binary);
		outcome = launch("content-" + UUID.randomUUID(), "reports", "date=2026-11-02");
		assertThat(outcome.status()).isEqualTo(ExitCodes.FAILED);
		assertThat(outcome.stderr().strip().lines()).singleElement()
			.satisfies(line -> assertThat(line).endsWith("zz-binary.csv: not a CSV text file (binary or non-UTF-8 bytes in the header)"));
		assertThat(outcome.stderr().codePoints().filter(c -> c != '\n' && c != '\r' && (c < 0x20 || c == 0xFFFD)))
			.isEmpty();
	}

	@Test
	void aFileOverTheRejectCeilingFailsTheJobAndKeepsItsValidRows() throws Exception {
		FixtureWorkspace.copy("basic", this.work);
		Files.writeString(this.work.resolve("data/metrics/zz-garbage.csv"), """
				timestamp,service,metric,value
				2026-11-03T00:00:00Z,gamma,cpu_utilization,5
				2026-11-03T00:05:00Z,gamma,cpu_utilization,oops
				""");
		String store = "ceiling-" + UUID.randomUUID();
		// a two-row file: the ratio applies to it only without the minimum row count (issue 15 class 7)
		Outcome outcome = launch(store, "reports", "date=2026-11-02", "--opsreport.ingest.reject-ceiling-min-rows=0");
		assertThat(outcome.status()).isEqualTo(ExitCodes.FAILED);
		assertThat(outcome.stderr()).contains("metrics/zz-garbage.csv: 1 of 2 rows rejected (50.0%)")
			.contains("above the reject ceiling of 1.0%");
		assertThat(Files.readString(this.work.resolve("reports/2026-11-02/rejects.csv")))
			.contains("metrics/zz-garbage.csv,3,value,'oops' is not a number");
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + store, "sa", "")) {
			var rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM series WHERE service = 'gamma'");
			rs.next();
			assertThat(rs.getInt(1)).isEqualTo(1); // the valid row is stored
		}
	}

	@Test
	void runsOfDifferentDatesInParallelOnOneStore() throws Exception {
		FixtureWorkspace.copy("basic", this.work);
		String store = "parallel-" + UUID.randomUUID();
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			List<Integer> statuses = CommandLine.concurrently(() -> {
				var first = pool.submit(() -> CommandLine.runInParallel(this.work, CommandLine.memoryStore(store), "reports",
						"date=2026-11-01"));
				var second = pool.submit(() -> CommandLine.runInParallel(this.work, CommandLine.memoryStore(store), "reports",
						"date=2026-11-02"));
				return List.of(first.get(), second.get());
			});
			assertThat(statuses).containsExactly(0, 0);
		}
		finally {
			pool.shutdown();
		}
		assertThat(masked(this.work.resolve("reports/2026-11-01/report.json"))).contains("\"reportDate\" : \"2026-11-01\"");
		assertThat(masked(this.work.resolve("reports/2026-11-02/report.json"))).contains("\"reportDate\" : \"2026-11-02\"");
		// both runs ingested the same exports: every row is stored once
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + store, "sa", "")) {
			var rs = connection.createStatement().executeQuery(
					"SELECT (SELECT COUNT(*) FROM metric_sample), (SELECT COUNT(*) FROM incident)");
			rs.next();
			assertThat(rs.getInt(1)).isEqualTo(2304);
			assertThat(rs.getInt(2)).isEqualTo(3);
		}
		// each report accounts for every input row: read by its own run, or carried over from the run
		// that read the unchanged file first (which of the two runs that was depends on timing)
		var json = tools.jackson.databind.json.JsonMapper.builder().build();
		for (String date : List.of("2026-11-01", "2026-11-02")) {
			var totals = json.readTree(this.work.resolve("reports/" + date + "/report.json").toFile()).get("ingest").get("totals");
			assertThat(totals.get("read").asLong()).isEqualTo(2311);
			assertThat(totals.get("rejected").asLong()).isEqualTo(3);
		}
	}

	/**
	 * The file with its generation timestamps masked, the things allowed to differ: when the report was
	 * rendered and when each model was trained.
	 */
	static String masked(Path file) throws Exception {
		return Files.readString(file)
			.replaceAll("\"generatedAt\" : \"[^\"]+\"", "\"generatedAt\" : \"*\"")
			.replaceAll("\"trainedAt\" : \"[^\"]+\"", "\"trainedAt\" : \"*\"")
			// "Generated 2026-11-25 06:00 UTC": to the minute, so two runs can straddle a minute
			.replaceAll("Generated \\d{4}-\\d{2}-\\d{2}[ T][0-9:.]+(Z| UTC)", "Generated *");
	}

}
