package org.opsreport.incident;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.opsreport.job.FixtureWorkspace;
import org.opsreport.job.FunctionalTestSupport;
import org.opsreport.job.TestDatabase;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PagerDuty-style export ({@code incident_number, description, service_names, created_on, ...},
 * priorities P1..P5, timestamps {@code yyyy-MM-dd HH:mm:ss} in UTC, comma-separated services) read through
 * {@code jobs/incident-columns.yaml} by the nightly job, unchanged. Two rows are rejected: one with an ISO
 * timestamp that does not match the mapping's format, one with a priority the mapping does not know
 * (the test raises the reject ceiling so that the job completes).
 */
class IncidentExportMappingFunctionalTest extends FunctionalTestSupport {

	static Path workspace = FixtureWorkspace.copy("incident-pagerduty", tempDir());

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("opsreport.input-dir", () -> workspace.resolve("data").toString());
		registry.add("opsreport.config-dir", () -> workspace.resolve("jobs").toString());
		registry.add("opsreport.output-dir", () -> workspace.resolve("reports").toString());
		registry.add("opsreport.ingest.reject-ceiling", () -> "0.5");
		registry.add("opsreport.command.enabled", () -> "false");
		TestDatabase.register(registry, "incident_mapping");
	}

	@Test
	void ingestsThePagerDutyExportThroughTheMapping() throws Exception {
		JobOperatorTestUtils utils = jobs();
		BatchStatus status = utils
			.startJob(new JobParametersBuilder().addLocalDate("date", LocalDate.parse("2026-11-02")).toJobParameters())
			.getStatus();
		assertThat(status).isEqualTo(BatchStatus.COMPLETED);

		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"SELECT id, title, services, severity, detected_at, acknowledged_at, resolved_at FROM incident ORDER BY id");
		assertThat(rows).extracting((r) -> r.get("ID")).containsExactly("1042", "1043", "1044");
		Map<String, Object> first = rows.get(0);
		assertThat(first.get("TITLE")).isEqualTo("Checkout down");
		assertThat(first.get("SERVICES")).isEqualTo("alpha;beta");
		assertThat(first.get("SEVERITY")).isEqualTo("SEV1");
		assertThat(instant(first.get("DETECTED_AT"))).isEqualTo("2026-11-01T10:00Z");
		assertThat(instant(first.get("ACKNOWLEDGED_AT"))).isEqualTo("2026-11-01T10:04Z");
		assertThat(instant(first.get("RESOLVED_AT"))).isEqualTo("2026-11-01T11:30Z");
		assertThat(rows.get(1).get("SEVERITY")).isEqualTo("SEV3"); // "p3": words are case-insensitive
		assertThat(rows.get(1).get("ACKNOWLEDGED_AT")).isNull();
		assertThat(rows.get(2).get("SEVERITY")).isEqualTo("SEV4"); // P5
		assertThat(rows.get(2).get("RESOLVED_AT")).isNull();

		List<String> rejects = Files.readAllLines(workspace.resolve("reports/2026-11-02/rejects.csv"));
		assertThat(rejects).hasSize(3);
		// rejects name our column (the mapped one)
		assertThat(rejects.get(1)).contains("pagerduty-export.csv,").contains(",detected_at,'2026-11-02T21:00:00Z' does not match the timestamp format");
		assertThat(rejects.get(2)).contains(",severity,unknown severity 'P9'");

		String markdown = Files.readString(workspace.resolve("reports/2026-11-02/report.md"));
		assertThat(markdown).contains("| **1042** Checkout down | SEV1 |", "**SEV4 1044** Queue backlog — alpha");
	}

	/** H2 returns TIMESTAMP WITH TIME ZONE as OffsetDateTime, the PostgreSQL driver as java.sql.Timestamp. */
	private static String instant(Object value) {
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toInstant().atOffset(ZoneOffset.UTC).toString();
		}
		return ((OffsetDateTime) value).withOffsetSameInstant(ZoneOffset.UTC).toString();
	}

	private static Path tempDir() {
		try {
			Path dir = Files.createTempDirectory("incident-mapping");
			dir.toFile().deleteOnExit();
			return dir;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
