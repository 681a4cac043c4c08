package org.opsreport.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.opsreport.job.CommandLine;
import org.opsreport.job.CommandLine.Outcome;
import org.opsreport.job.FixtureWorkspace;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 classes 1, 2, 3, 5 (symbolic links) and 7 through the command line, as an operator meets them.
 */
class IngestCommandLineTest {

	@TempDir
	Path work;

	private Outcome launch(String store, String... extra) {
		return CommandLine.run(this.work, CommandLine.memoryStore(store), "reports", extra);
	}

	@Test
	void anOlderExportAppendedToDoesNotResurrectTheSupersededIncident() throws Exception {
		FixtureWorkspace.copy("basic", this.work);
		Path incidents = this.work.resolve("data/incidents");
		Files.writeString(incidents.resolve("a.csv"), "id,title,services,detected_at,resolved_at,severity\n"
				+ "INC-X,Checkout down,alpha,2026-11-02T08:00:00Z,,SEV1\n");
		Files.writeString(incidents.resolve("b.csv"), "id,title,services,detected_at,resolved_at,severity\n"
				+ "INC-X,Checkout down,alpha,2026-11-02T08:00:00Z,2026-11-02T09:00:00Z,SEV4\n");
		String store = "resurrect-" + UUID.randomUUID();
		assertThat(launch(store, "date=2026-11-02").status()).isZero();
		assertThat(severityOf(store, "INC-X")).isEqualTo("SEV4");
		Files.writeString(incidents.resolve("a.csv"), "INC-Y,Search slow,beta,2026-11-02T10:00:00Z,,SEV3\n",
				StandardOpenOption.APPEND);
		assertThat(launch(store, "date=2026-11-02").status()).isZero();
		assertThat(severityOf(store, "INC-X")).isEqualTo("SEV4");
		assertThat(severityOf(store, "INC-Y")).isEqualTo("SEV3");
		// an edit of the older file (not an append) reads every file again: still the newer row
		Files.writeString(incidents.resolve("a.csv"), "id,title,services,detected_at,resolved_at,severity\n"
				+ "INC-X,Checkout down hard,alpha,2026-11-02T08:00:00Z,,SEV1\n");
		assertThat(launch(store, "date=2026-11-02").status()).isZero();
		assertThat(severityOf(store, "INC-X")).isEqualTo("SEV4");
	}

	@Test
	void aFarFutureSampleDoesNotMoveTheDefaultReportDate() throws Exception {
		FixtureWorkspace.copy("basic", this.work);
		Files.writeString(this.work.resolve("data/metrics/zz-future.csv"), """
				timestamp,service,metric,value
				2099-12-31T00:00:00Z,alpha,request_rate,1
				99999999999,alpha,request_rate,1
				""");
		launch("future-" + UUID.randomUUID());
		assertThat(this.work.resolve("reports/2026-11-02")).isDirectory();
		try (var dates = Files.list(this.work.resolve("reports"))) {
			assertThat(dates.filter(Files::isDirectory).map(p -> p.getFileName().toString())).containsExactly("2026-11-02");
		}
	}

	@Test
	void oneTypoInASmallExportIsListedAndTheNightGoesOn() throws Exception {
		FixtureWorkspace.copy("basic", this.work);
		StringBuilder csv = new StringBuilder("id,title,services,detected_at,resolved_at,severity\n");
		for (int i = 0; i < 31; i++) {
			csv.append("INC-S").append(i).append(",t,alpha,2026-11-02T0").append(i % 10).append(":00:00Z,,SEV3\n");
		}
		csv.append("INC-S31,t,alpha,2026-11-02T01:00:00Z,,critical-ish\n");
		Files.writeString(this.work.resolve("data/incidents/zz-small.csv"), csv);
		Outcome outcome = launch("small-" + UUID.randomUUID(), "date=2026-11-02");
		assertThat(outcome.status()).as(outcome.stderr()).isZero();
		assertThat(Files.readString(this.work.resolve("reports/2026-11-02/rejects.csv")))
			.contains("incidents/zz-small.csv,33,severity,unknown severity 'critical-ish'");
		assertThat(Files.readString(this.work.resolve("reports/2026-11-02/report.html"))).contains("critical-ish");
	}

	@Test
	void anUnwritableOutputFolderStopsTheRunBeforeAnyWorkWithOneLineAndStatus2() throws Exception {
		FixtureWorkspace.copy("basic", this.work);
		Files.createDirectories(this.work.resolve("reports/2026-11-02/rejects.csv"));
		String store = "unwritable-" + UUID.randomUUID();
		Outcome outcome = launch(store, "date=2026-11-02");
		assertThat(outcome.status()).isEqualTo(2);
		assertThat(outcome.stderr().strip().lines()).singleElement()
			.satisfies(line -> assertThat(line).startsWith("opsreport: cannot write the output (opsreport.output-dir): ")
				.contains("rejects.csv: is a folder"));
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + store, "sa", "")) {
			var rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM metric_sample");
			rs.next();
			assertThat(rs.getInt(1)).isZero(); // nothing was ingested
		}
	}

	@Test
	@org.junit.jupiter.api.Timeout(120)
	void aSymlinkOutOfTheInputFolderOrALoopStopsTheRunBeforeAnyWorkWithOneLineAndStatus2() throws Exception {
		FixtureWorkspace.copy("basic", this.work);
		Path secret = Files.writeString(Files.createDirectories(this.work.resolve("elsewhere")).resolve("keys.csv"),
				"timestamp,service,metric,value\n2026-11-02T00:00:00Z,AKIAIOSFODNN7EXAMPLE,request_rate,1\n");
		Path link = Files.createSymbolicLink(this.work.resolve("data/incidents/zz-linked.csv"), secret);
		String store = "symlink-" + UUID.randomUUID();
		Outcome outcome = launch(store, "date=2026-11-02");
		assertThat(outcome.status()).isEqualTo(2);
		assertThat(outcome.stderr().strip().lines()).singleElement()
			.satisfies(line -> assertThat(line).startsWith("opsreport: input folder: " + link + ": a symbolic link to "
					+ secret.toRealPath() + ", outside the input folder ").doesNotContain("AKIA"));
		assertThat(this.work.resolve("reports/2026-11-02/report.html")).doesNotExist();
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + store, "sa", "")) {
			var rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM metric_sample");
			rs.next();
			assertThat(rs.getInt(1)).isZero(); // nothing was ingested
		}
		Files.delete(link);

		// a loop, found while the default report date is looked for: one line naming it, no hang
		Path loop = Files.createSymbolicLink(this.work.resolve("data/metrics/loop.csv"), Path.of("loop.csv"));
		outcome = launch(store);
		assertThat(outcome.status()).isEqualTo(2);
		assertThat(outcome.stderr().strip().lines()).singleElement()
			.isEqualTo("opsreport: input folder: " + loop + ": a symbolic link loop: not followed; remove or fix the link");
		Files.delete(loop);

		// a link inside the input folder is read like the file it names
		Path archive = Files.createDirectories(this.work.resolve("data/archive"));
		Files.writeString(archive.resolve("inc.csv"), "id,title,services,detected_at,resolved_at,severity\n"
				+ "INC-L,Linked export,alpha,2026-11-02T08:00:00Z,2026-11-02T09:00:00Z,SEV3\n");
		Files.createSymbolicLink(this.work.resolve("data/incidents/zz-linked.csv"), Path.of("../archive/inc.csv"));
		outcome = launch(store, "date=2026-11-02");
		assertThat(outcome.status()).as(outcome.stderr()).isZero();
		assertThat(severityOf(store, "INC-L")).isEqualTo("SEV3");
		assertThat(Files.readString(this.work.resolve("reports/2026-11-02/report.md"))).contains("incidents/zz-linked.csv");
	}

	private static String severityOf(String store, String id) throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + store, "sa", "")) {
			var statement = connection.prepareStatement("SELECT severity FROM incident WHERE id = ?");
			statement.setString(1, id);
			var rs = statement.executeQuery();
			return rs.next() ? rs.getString(1) : null;
		}
	}

}
