package org.opsreport.incident;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.opsreport.OpsReportProperties;
import org.opsreport.catalog.ConfigException;
import org.opsreport.ingest.IncidentExportMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The start-up bean behind {@code jobs/incident-columns.yaml}. */
class IncidentMappingConfigurationTest {

	@TempDir
	Path jobs;

	private IncidentExportMapping load() {
		OpsReportProperties properties = new OpsReportProperties(Path.of("data"), this.jobs, Path.of("reports"),
				Path.of("templates"), null, null);
		return new IncidentMappingConfiguration().incidentExportMapping(properties);
	}

	@Test
	void withoutTheFileTheStandardCsvIsRead() {
		IncidentExportMapping mapping = load();
		assertThat(mapping.columns()).isEmpty();
		assertThat(mapping.severityWords().apply("P1")).isNull();
		assertThat(mapping.timestampFormat()).isNull();
		assertThat(mapping.separator()).isEqualTo(";");
	}

	@Test
	void mapsTheirHeadersAndWordsOntoOurs() throws Exception {
		Files.writeString(this.jobs.resolve("incident-columns.yaml"), """
				columns:
				  id: incident_number
				  title: title
				  detected_at: created_at
				severities:
				  Critical: SEV1
				  P3: 3
				timestamp_format: "yyyy-MM-dd HH:mm"
				list_separator: ","
				""");
		IncidentExportMapping mapping = load();
		// their header -> our column; identical names need no rename
		assertThat(mapping.columns()).isEqualTo(Map.of("incident_number", "id", "created_at", "detected_at"));
		assertThat(mapping.severityWords().apply("CRITICAL")).isEqualTo("SEV1");
		assertThat(mapping.severityWords().apply("p3")).isEqualTo("SEV3");
		assertThat(mapping.severityWords().apply("P4")).isNull();
		assertThat(mapping.timestampFormat()).isEqualTo("yyyy-MM-dd HH:mm");
		assertThat(mapping.separator()).isEqualTo(",");
	}

	@Test
	void theDurationsExampleGivesAcknowledgedAndResolvedAsDurationColumns() throws Exception {
		Files.copy(Path.of("jobs/incident-columns.durations.example.yaml"), this.jobs.resolve("incident-columns.yaml"));
		IncidentExportMapping mapping = load();
		assertThat(mapping.columns()).containsEntry("seconds_to_first_ack", "acknowledged_at__duration")
			.containsEntry("seconds_to_resolve", "resolved_at__duration")
			.containsEntry("created_on", "detected_at")
			.doesNotContainValue("resolved_at");
		assertThat(mapping.severityWords().apply("P5")).isEqualTo("SEV4");
	}

	@Test
	void aFieldGivenAsTimestampAndDurationOrAnotherFieldAsDurationIsRefused() throws Exception {
		Path file = this.jobs.resolve("incident-columns.yaml");
		Files.writeString(file, "columns:\n  resolved_at: closed\ndurations:\n  resolved_at: seconds_to_resolve\n");
		assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
			.hasMessage(file + ": durations.resolved_at: also mapped under columns (give the field as a timestamp column"
					+ " or as a duration, not both)");
		Files.writeString(file, "durations:\n  detected_at: seconds\n");
		assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
			.hasMessage(file + ": durations.detected_at: only acknowledged_at, mitigated_at, resolved_at can be given as"
					+ " a duration after detected_at");
	}

	@Test
	void anInvalidFileStopsStartUpWithOneLineNamingFileAndKey() throws Exception {
		Path file = this.jobs.resolve("incident-columns.yaml");
		Files.writeString(file, "columns:\n  detected: created_at\n");
		assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
			.hasMessageStartingWith(file + ": columns.detected: not an incident field")
			.hasMessageNotContaining("\n");
	}

}
