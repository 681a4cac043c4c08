package org.opsreport.incident;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentColumnMappingTest {

	private static IncidentColumnMapping load(String yaml) {
		return IncidentColumnMappingLoader.load(new StringReader(yaml), "jobs/incident-columns.yaml");
	}

	@Test
	void identity() {
		IncidentColumnMapping m = IncidentColumnMapping.identity();
		assertThat(m.column("detected_at")).isEqualTo("detected_at");
		assertThat(m.columns()).hasSize(IncidentColumnMapping.FIELDS.size());
		assertThat(m.severityOf("SEV1")).isEqualTo(Severity.SEV1);
		assertThat(m.severityOf("sev3")).isEqualTo(Severity.SEV3);
		assertThat(m.severityOf(" 4 ")).isEqualTo(Severity.SEV4);
		assertThat(m.severityOf("")).isNull();
		assertThat(m.severityOf(null)).isNull();
		assertThatThrownBy(() -> m.severityOf("critical")).isInstanceOf(UnknownSeverityException.class)
			.hasMessage("unknown severity 'critical' (known: SEV1..SEV4, 1..4)");
		assertThat(m.parseTimestamp("2026-03-10T10:00:00Z")).isEqualTo(Instant.parse("2026-03-10T10:00:00Z"));
		assertThat(m.parseTimestamp("2026-03-10T12:00:00+02:00")).isEqualTo(Instant.parse("2026-03-10T10:00:00Z"));
		assertThat(m.parseTimestamp("2026-03-10T10:00:00")).isEqualTo(Instant.parse("2026-03-10T10:00:00Z"));
		assertThat(m.splitList(" api ; db ;")).containsExactly("api", "db");
	}

	@Test
	void loadsMappingAndSeverityWords() {
		IncidentColumnMapping m = load("""
				columns:
				  id: Incident Number
				  detected_at: Created
				severities:
				  Critical: SEV1
				  P2: 2
				timestamp_format: "yyyy-MM-dd HH:mm"
				list_separator: ","
				""");
		assertThat(m.column("id")).isEqualTo("Incident Number");
		assertThat(m.column("title")).isEqualTo("title");
		assertThat(m.severityOf("CRITICAL")).isEqualTo(Severity.SEV1);
		assertThat(m.severityOf("p2")).isEqualTo(Severity.SEV2);
		assertThat(m.severityOf("SEV3")).isEqualTo(Severity.SEV3);
		assertThatThrownBy(() -> m.severityOf("urgent"))
			.hasMessage("unknown severity 'urgent' (known: critical, p2, SEV1..SEV4, 1..4)");
		assertThat(m.parseTimestamp("2026-03-10 10:05")).isEqualTo(Instant.parse("2026-03-10T10:05:00Z"));
		assertThat(m.splitList("a, b")).containsExactly("a", "b");
	}

	@Test
	void refusesUnknownKeysWithFileAndField() {
		assertThatThrownBy(() -> load("colums:\n  id: x\n"))
			.hasMessage("jobs/incident-columns.yaml: unknown key 'colums' (allowed: columns, severities, timestamp_format, list_separator, durations)");
		assertThatThrownBy(() -> load("columns:\n  detected: x\n"))
			.hasMessageStartingWith("jobs/incident-columns.yaml: columns.detected: not an incident field (allowed: id, title,");
		assertThatThrownBy(() -> load("severities:\n  critical: SEV0\n"))
			.hasMessage("jobs/incident-columns.yaml: severities.critical: 'SEV0' is not a severity (use SEV1..SEV4 or 1..4)");
		assertThatThrownBy(() -> load("columns:\n  id: [a, b]\n"))
			.hasMessage("jobs/incident-columns.yaml: columns.id: expected a non-empty text value");
		assertThatThrownBy(() -> load("timestamp_format: \"yyyy-MM-dd {\"\n"))
			.hasMessageStartingWith("jobs/incident-columns.yaml: timestamp_format:");
		assertThatThrownBy(() -> load("severities:\n  Major: SEV2\n  major: SEV1\n"))
			.hasMessageContaining("word listed twice");
	}

	@Test
	void emptyFileIsIdentity() {
		assertThat(load("")).isEqualTo(IncidentColumnMapping.identity());
	}

	@Test
	void checkedInExampleLoads() {
		IncidentColumnMapping m = IncidentColumnMappingLoader.load(Path.of("jobs/incident-columns.example.yaml"));
		assertThat(m.column("id")).isEqualTo("incident_number");
		assertThat(m.column("services")).isEqualTo("service_name");
		assertThat(m.severityOf("P5")).isEqualTo(Severity.SEV4);
		assertThat(m.severityOf("critical")).isEqualTo(Severity.SEV1);
		assertThat(m.parseTimestamp("2026-03-10T12:00:00+02:00")).isEqualTo(Instant.parse("2026-03-10T10:00:00Z"));
		assertThat(m.splitList("api,db")).isEqualTo(List.of("api", "db"));
	}

}
