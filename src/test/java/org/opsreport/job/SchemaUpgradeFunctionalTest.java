package org.opsreport.job;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store written by the schema before Flyway ({@code db/legacy/*-schema.sql}, a copy of the last
 * {@code db/<vendor>/schema.sql}) is upgraded in place: opsreport's Flyway start-up baselines it at
 * version 0 and applies V1 (which adds only what is missing), keeps every row, and the failed run
 * the old version left behind is restarted where it stopped (only the failed step runs again).
 * Runs forked JVMs, as an operator upgrades: the old store is made by a run with Flyway off and the
 * old schema script, whose mail step fails (no SMTP server on the port).
 */
class SchemaUpgradeFunctionalTest {

	@TempDir
	Path work;

	@Test
	void aStoreOfThePreFlywaySchemaKeepsItsRowsAndItsFailedRunRestartsAfterTheUpgrade() throws Exception {
		FixtureWorkspace.copy("basic", this.work);
		TestDatabase.freshPostgresqlSchemas("upgrade");
		String vendor = TestDatabase.isPostgresql() ? "postgresql" : "h2";

		// the previous version: tables from schema.sql, no Flyway; the run fails at its mail step. This code
		// needs V2's columns to write at all, so the "old" store is the last pre-Flyway schema plus V2's
		// additions (both IF NOT EXISTS); aBareLegacyStoreGetsWhatV2Adds checks V2 on the bare legacy schema.
		List<String> old = command();
		old.addAll(List.of("--spring.flyway.enabled=false", "--spring.sql.init.mode=always",
				"--spring.sql.init.schema-locations=classpath:db/legacy/" + vendor + "-schema.sql,classpath:db/migration/"
						+ vendor + "/" + V2,
				"--opsreport.mail.to=ops@example.com", "--spring.mail.host=localhost", "--spring.mail.port=" + closedPort()));
		int oldStatus = ForkedOpsReport.run(this.work.resolve("old.log"), old, Duration.ofMinutes(3));
		assertThat(oldStatus).as(Files.readString(this.work.resolve("old.log"))).isEqualTo(1);
		Counts before = Counts.read(url());
		assertThat(before.samples()).isEqualTo(2304);
		assertThat(before.flywayRows()).as("no Flyway history before the upgrade").isEqualTo(-1);
		assertThat(before.lastStatus()).isEqualTo("FAILED");

		// this version, same command without the mail: Flyway baselines the store, the failed run restarts
		int status = ForkedOpsReport.run(this.work.resolve("new.log"), command(), Duration.ofMinutes(3));
		String log = Files.readString(this.work.resolve("new.log"));
		assertThat(status).as(log).isZero();
		assertThat(log).contains("Restarting the failed run");
		Counts after = Counts.read(url());
		assertThat(after.samples()).isEqualTo(before.samples());
		assertThat(after.incidents()).isEqualTo(before.incidents());
		assertThat(after.fileStats()).as("ingest did not run again").isEqualTo(before.fileStats());
		assertThat(after.jobInstances()).isEqualTo(1);
		assertThat(after.lastStatus()).isEqualTo("COMPLETED");
		assertThat(after.versions()).containsExactly("0", "1", "2", "3");

		// and the upgraded store goes on: a re-run of the date, then nothing left to migrate
		int rerun = ForkedOpsReport.run(this.work.resolve("rerun.log"), command(), Duration.ofMinutes(3));
		assertThat(rerun).as(Files.readString(this.work.resolve("rerun.log"))).isZero();
		Counts last = Counts.read(url());
		assertThat(last.samples()).isEqualTo(before.samples());
		assertThat(last.jobInstances()).isEqualTo(2);
		assertThat(last.versions()).containsExactly("0", "1", "2", "3");
	}

	@Test
	void aFreshStoreIsCreatedByTheMigrationsAlone() throws Exception {
		FixtureWorkspace.copy("basic", this.work);
		TestDatabase.freshPostgresqlSchemas("upgrade");
		int status = ForkedOpsReport.run(this.work.resolve("fresh.log"), command(), Duration.ofMinutes(3));
		assertThat(status).as(Files.readString(this.work.resolve("fresh.log"))).isZero();
		Counts counts = Counts.read(url());
		assertThat(counts.samples()).isEqualTo(2304);
		assertThat(counts.versions()).containsExactly("1", "2", "3");
	}

	@Test
	void aBareLegacyStoreGetsWhatV2Adds() throws Exception {
		String url = "jdbc:h2:mem:legacy-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(
				new org.h2.Driver(), url, "sa", "");
		new ResourceDatabasePopulator(
				new ClassPathResource("db/legacy/h2-schema.sql")).execute(dataSource);
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2")
			.baselineOnMigrate(true).baselineVersion("0").load().migrate();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			assertThat(Counts.count(statement, "SELECT COUNT(*) FROM information_schema.columns WHERE LOWER(table_name) = 'ingested_file'"
					+ " AND LOWER(column_name) = 'content_size'")).isEqualTo(1);
			assertThat(Counts.count(statement, "SELECT COUNT(*) FROM information_schema.columns WHERE LOWER(table_name) = 'forecast_model'"
					+ " AND LOWER(column_name) IN ('msis', 'winkler80', 'coverage80_6h', 'coverage95_48h')")).isEqualTo(4);
			assertThat(Counts.count(statement, "SELECT COUNT(*) FROM slo_budget_snapshot")).isZero();
		}
	}

	static final String V2 = "V2__ingest_size_interval_scores_budget_snapshots.sql";

	List<String> command() {
		List<String> command = new ArrayList<>(List.of("date=2026-11-02", "--spring.datasource.url=" + url(),
				"--opsreport.input-dir=" + this.work.resolve("data"), "--opsreport.config-dir=" + this.work.resolve("jobs"),
				"--opsreport.output-dir=" + this.work.resolve("reports"),
				"--opsreport.template-dir=" + this.work.resolve("no-templates"), "--opsreport.forecast.enabled=false"));
		if (TestDatabase.isPostgresql()) {
			command.addAll(List.of("--spring.datasource.username=" + TestDatabase.postgresqlUser(),
					"--spring.datasource.password=" + TestDatabase.postgresqlPassword()));
		}
		return command;
	}

	String url() {
		if (TestDatabase.isPostgresql()) {
			return TestDatabase.postgresqlUrl("upgrade");
		}
		return "jdbc:h2:file:" + this.work.resolve("store/opsreport").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
	}

	static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	record Counts(long samples, long incidents, long fileStats, long jobInstances, String lastStatus, long flywayRows,
			List<String> versions) {

		static Counts read(String url) throws Exception {
			try (Connection connection = TestDatabase.isPostgresql()
					? DriverManager.getConnection(url, TestDatabase.postgresqlUser(), TestDatabase.postgresqlPassword())
					: DriverManager.getConnection(url, "sa", "");
					Statement statement = connection.createStatement()) {
				List<String> versions = new ArrayList<>();
				long flywayRows = -1;
				boolean hasHistory;
				try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
					hasHistory = false;
					while (tables.next()) {
						hasHistory |= tables.getString("TABLE_NAME").equalsIgnoreCase("flyway_schema_history");
					}
				}
				if (hasHistory) {
					try (ResultSet rs = statement.executeQuery(
							"SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
						while (rs.next()) {
							assertThat(rs.getBoolean(2)).isTrue();
							versions.add(rs.getString(1));
						}
					}
					flywayRows = versions.size();
				}
				return new Counts(count(statement, "SELECT COUNT(*) FROM metric_sample"),
						count(statement, "SELECT COUNT(*) FROM incident"),
						count(statement, "SELECT COUNT(*) FROM ingest_file_stats"),
						count(statement, "SELECT COUNT(*) FROM batch_job_instance"),
						text(statement, "SELECT status FROM batch_job_execution ORDER BY job_execution_id DESC LIMIT 1"),
						flywayRows, versions);
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
