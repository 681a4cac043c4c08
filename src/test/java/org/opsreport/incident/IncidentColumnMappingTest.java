package org.opsreport.incident;

import java.io.StringReader;
import java.nio.file.Path;

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
		assertThat(m.columns()).hasSize(IncidentColumnMapping.FIELDS.size());
		assertThat(m.columns().get("detected_at")).isEqualTo("detected_at");
		assertThat(m.severityWords()).isEmpty();
		assertThat(m.timestampFormat()).isNull();
		assertThat(m.listSeparator()).isEqualTo(";");
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
		assertThat(m.columns().get("id")).isEqualTo("Incident Number");
		assertThat(m.columns().get("title")).isEqualTo("title");
		assertThat(m.severityWords()).containsExactly(java.util.Map.entry("critical", Severity.SEV1),
				java.util.Map.entry("p2", Severity.SEV2));
		assertThat(m.timestampFormat()).isEqualTo("yyyy-MM-dd HH:mm");
		assertThat(m.listSeparator()).isEqualTo(",");
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
		assertThat(m.columns().get("id")).isEqualTo("incident_number");
		assertThat(m.columns().get("services")).isEqualTo("service_name");
		assertThat(m.severityWords().get("p5")).isEqualTo(Severity.SEV4);
		assertThat(m.severityWords().get("critical")).isEqualTo(Severity.SEV1);
		assertThat(m.listSeparator()).isEqualTo(",");
	}

}
