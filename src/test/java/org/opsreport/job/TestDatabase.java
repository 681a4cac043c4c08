package org.opsreport.job;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The store a functional test runs against: an H2 in-memory database by default, or a PostgreSQL
 * server when the tests run with {@code -Dopsreport.test.db=postgresql}.
 * <p>
 * On PostgreSQL every test class gets its own schema, dropped and created afresh when the class's
 * context starts (the JDBC URL's {@code currentSchema} puts the store's and Spring Batch's tables
 * there), so test classes never see each other's rows and a re-run starts clean. The server is
 * {@code jdbc:postgresql://localhost:5432/opsreport} as user/password {@code opsreport}, or what
 * {@code -Dopsreport.test.postgresql.url=...}, {@code .username} and {@code .password} say.
 * <p>
 * Use it in a functional test's {@code @DynamicPropertySource}:
 * <pre>
 * TestDatabase.register(registry, "nightly_functional");
 * </pre>
 */
public final class TestDatabase {

	/** The system property that picks the database: {@code h2} (default) or {@code postgresql}. */
	public static final String PROPERTY = "opsreport.test.db";

	private TestDatabase() {
	}

	/** Whether the functional tests run against PostgreSQL. */
	public static boolean isPostgresql() {
		return "postgresql".equals(System.getProperty(PROPERTY, "h2").toLowerCase(Locale.ROOT));
	}

	/**
	 * Points {@code spring.datasource.*} and the schema script at a fresh database for one test class.
	 * @param name a name unique to the test class: letters, digits and underscores
	 */
	public static void register(DynamicPropertyRegistry registry, String name) {
		if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
			throw new IllegalArgumentException("test database name must be letters, digits, underscores: " + name);
		}
		if (isPostgresql()) {
			String schema = "test_" + name.toLowerCase(Locale.ROOT);
			String server = System.getProperty("opsreport.test.postgresql.url", "jdbc:postgresql://localhost:5432/opsreport?reWriteBatchedInserts=true");
			String user = System.getProperty("opsreport.test.postgresql.username", "opsreport");
			String password = System.getProperty("opsreport.test.postgresql.password", "opsreport");
			recreateSchema(server, user, password, schema);
			System.out.println("Functional test store: PostgreSQL " + server + ", fresh schema " + schema);
			String url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
			registry.add("spring.datasource.url", () -> url);
			registry.add("spring.datasource.username", () -> user);
			registry.add("spring.datasource.password", () -> password);
			registry.add("spring.sql.init.platform", () -> "postgresql");
			// Spring keeps every test class's context (and its pool) open for reuse: small pools keep
			// the whole suite under PostgreSQL's default of 100 connections
			registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
			registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
		}
		else {
			registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
		}
	}

	/** The PostgreSQL test server's user. */
	public static String postgresqlUser() {
		return System.getProperty("opsreport.test.postgresql.username", "opsreport");
	}

	/** The PostgreSQL test server's password. */
	public static String postgresqlPassword() {
		return System.getProperty("opsreport.test.postgresql.password", "opsreport");
	}

	/** The JDBC URL of schema {@code name} on the PostgreSQL test server (see {@link #freshPostgresqlSchemas}). */
	public static String postgresqlUrl(String name) {
		String server = System.getProperty("opsreport.test.postgresql.url", "jdbc:postgresql://localhost:5432/opsreport?reWriteBatchedInserts=true");
		return server + (server.contains("?") ? "&" : "?") + "currentSchema=test_" + name.toLowerCase(Locale.ROOT);
	}

	/** Drops and creates the schemas of {@link #postgresqlUrl} for the given names; nothing on H2. */
	public static void freshPostgresqlSchemas(String... names) {
		if (!isPostgresql()) {
			return;
		}
		String server = System.getProperty("opsreport.test.postgresql.url", "jdbc:postgresql://localhost:5432/opsreport?reWriteBatchedInserts=true");
		for (String name : names) {
			recreateSchema(server, postgresqlUser(), postgresqlPassword(), "test_" + name.toLowerCase(Locale.ROOT));
		}
	}

	private static void recreateSchema(String url, String user, String password, String schema) {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
			statement.execute("CREATE SCHEMA " + schema);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot prepare PostgreSQL schema " + schema + " at " + url + " as " + user
					+ " (is the server running? see .ci/run): " + ex.getMessage(), ex);
		}
	}

}
