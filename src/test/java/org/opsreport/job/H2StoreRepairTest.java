package org.opsreport.job;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The store check after an unclean end: a consistent store passes untouched, and rebuilding a key
 * constraint keeps every row, keeps the last-written row of a key present twice, and enforces the key
 * again. (An index entry without its row cannot be made with SQL; bench/crash kills real runs.)
 */
class H2StoreRepairTest {

	@Test
	void aConsistentStorePassesAndARebuiltKeyKeepsTheRows() throws Exception {
		String url = "jdbc:h2:mem:repair-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			SingleConnectionDataSource dataSource = new SingleConnectionDataSource(connection, true);
			Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
			try (Statement statement = connection.createStatement()) {
				statement.execute("INSERT INTO series (service, metric) VALUES ('a', 'cpu'), ('b', 'cpu')");
				statement.execute("INSERT INTO metric_sample VALUES (1, 60, 1.0), (1, 120, 2.0), (2, 60, 3.0)");
			}
			assertThat(H2StoreRepair.isH2(dataSource)).isTrue();
			assertThat(H2StoreRepair.keyConstraints(connection)).extracting(H2StoreRepair.KeyConstraint::table)
				.contains("METRIC_SAMPLE", "SERIES", "INCIDENT", "RUN_LOCK")
				.noneMatch(table -> table.startsWith("BATCH_"));
			assertThat(new H2StoreRepair(dataSource).verifyAndRepair()).isEmpty();

			H2StoreRepair.KeyConstraint key = H2StoreRepair.keyConstraints(connection).stream()
				.filter(c -> c.table().equals("METRIC_SAMPLE"))
				.findFirst()
				.orElseThrow();
			assertThat(key.columns()).containsExactly("SERIES_ID", "EPOCH_SECOND");
			// a key present twice, as when a row was written again while its index entry was missing (a wider
			// constraint under the key's name stands in for the damaged one that rebuild drops)
			try (Statement statement = connection.createStatement()) {
				statement.execute("ALTER TABLE metric_sample DROP CONSTRAINT \"" + key.name() + "\"");
				statement.execute("INSERT INTO metric_sample VALUES (1, 120, 2.5)");
				statement.execute("ALTER TABLE metric_sample ADD CONSTRAINT \"" + key.name() + "\" UNIQUE (series_id, epoch_second, sample_value)");
			}
			H2StoreRepair.rebuild(connection, new H2StoreRepair.KeyConstraint("METRIC_SAMPLE", key.name(), "PRIMARY KEY",
					java.util.List.of("SERIES_ID", "EPOCH_SECOND")));
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("SELECT sample_value FROM metric_sample WHERE series_id = 1 ORDER BY epoch_second")) {
				rs.next();
				assertThat(rs.getDouble(1)).isEqualTo(1.0);
				rs.next();
				assertThat(rs.getDouble(1)).isEqualTo(2.5);
				assertThat(rs.next()).isFalse();
			}
			try (Statement statement = connection.createStatement()) {
				assertThatThrownBy(() -> statement.execute("INSERT INTO metric_sample VALUES (2, 60, 9.0)"))
					.hasMessageContaining("primary key violation");
			}
			assertThat(new H2StoreRepair(dataSource).verifyAndRepair()).isEmpty();
		}
	}

}
