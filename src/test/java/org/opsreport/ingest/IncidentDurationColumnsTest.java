package org.opsreport.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsreport.ingest.IngestHarness.accepted;
import static org.opsreport.ingest.IngestHarness.rejects;

/**
 * Timestamps an export gives as durations after detection (src/test/resources/incident-durations, a PagerDuty-style
 * analytics export read through the mapping of jobs/incident-columns.durations.example.yaml).
 */
class IncidentDurationColumnsTest {

	/** What IncidentMappingConfiguration makes of jobs/incident-columns.durations.example.yaml. */
	static final IncidentExportMapping MAPPING = new IncidentExportMapping(
			Map.of("incident_number", "id", "description", "title", "service_name", "services", "created_on",
					"detected_at", "priority", "severity", "seconds_to_first_ack", "acknowledged_at__duration",
					"seconds_to_resolve", "resolved_at__duration"),
			(word) -> Map.of("P1", "SEV1", "P2", "SEV2", "P3", "SEV3", "P4", "SEV4").get(word),
			"yyyy-MM-dd'T'HH:mm:ssXXX", ",");

	static List<Parsed<IncidentRecord>> parse() throws Exception {
		return IngestHarness.parse(Path.of("src/test/resources/incident-durations/incidents"),
				IncidentRowParser.layout(MAPPING.columns()),
				new IncidentRowParser(IngestHarness.CLOCK, Duration.ofHours(24), MAPPING));
	}

	@Test
	void durationsInSecondsOrIso8601AreAddedToTheDetectionTime() throws Exception {
		List<IncidentRecord> incidents = accepted(parse()).stream().map(Parsed.Accepted::value).toList();
		assertThat(incidents).extracting(IncidentRecord::id).containsExactly("1201", "1202", "1203", "1204");
		IncidentRecord checkout = incidents.get(0);
		assertThat(checkout.acknowledgedAt()).isEqualTo(Instant.parse("2026-11-01T10:05:30Z")); // + 330 s
		assertThat(checkout.resolvedAt()).isEqualTo(Instant.parse("2026-11-01T11:30:00Z")); // + 5400 s
		IncidentRecord search = incidents.get(1);
		assertThat(search.detectedAt()).isEqualTo(Instant.parse("2026-11-01T11:00:00Z"));
		assertThat(search.acknowledgedAt()).isEqualTo(Instant.parse("2026-11-01T11:02:30Z")); // + PT2M30S
		assertThat(search.resolvedAt()).isEqualTo(Instant.parse("2026-11-01T12:00:00Z")); // + PT1H
		assertThat(search.services()).containsExactly("search", "catalog");
		IncidentRecord open = incidents.get(2);
		assertThat(open.acknowledgedAt()).isEqualTo(Instant.parse("2026-11-02T08:01:30.500Z")); // + 90.5 s
		assertThat(open.resolvedAt()).isNull();
		assertThat(incidents.get(3).acknowledgedAt()).isNull();
		assertThat(incidents.get(3).resolvedAt()).isEqualTo(Instant.parse("2026-11-02T09:10:00Z"));
	}

	@Test
	void unreadableAndNegativeDurationsRejectTheRowNamingTheirColumn() throws Exception {
		List<Parsed.Rejected<IncidentRecord>> rejects = rejects(parse());
		assertThat(rejects).extracting(Parsed.Rejected::line).containsExactly(6L, 7L);
		assertThat(rejects.get(0).column()).isEqualTo("seconds_to_first_ack");
		assertThat(rejects.get(0).reason())
			.isEqualTo("'soon' is neither seconds nor an ISO-8601 duration (e.g. 330 or PT5M30S), for acknowledged_at");
		assertThat(rejects.get(1).column()).isEqualTo("seconds_to_resolve");
		assertThat(rejects.get(1).reason()).isEqualTo("negative duration '-5' for resolved_at");
	}

	@Test
	void theDurationColumnTakesTheRequiredPlaceOfResolvedAt() {
		CsvLayout layout = IncidentRowParser.layout(MAPPING.columns());
		assertThat(layout.required()).containsExactly("id", "title", "services", "detected_at", "resolved_at__duration");
		assertThat(layout.optional()).contains("resolved_at", "acknowledged_at__duration");
	}

}
