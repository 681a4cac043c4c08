package org.opsreport.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates an incident export row. Severity words are translated by the operator's column
 * mapping (SEV1..SEV4 and 1..4 are always understood); times must be in order.
 */
class IncidentRowParser implements ItemProcessor<CsvRow, Parsed<IncidentRecord>> {

	static final List<String> REQUIRED = List.of("id", "title", "services", "detected_at", "resolved_at");

	static final List<String> OPTIONAL = List.of("severity", "acknowledged_at", "mitigated_at", "service_unavailable",
			"affected_users_pct", "data_loss", "security_incident", "performance_degradation_pct",
			"postmortem_completed_at", "primary_cause", "contributing_factors", "action_items", "lessons_learned");

	private final Instant latest;

	private final Function<String, String> severityWords;

	/** The export's timestamp format, {@code null} for opsreport's own rules. */
	private final DateTimeFormatter timestampFormat;

	private final String listSeparator;

	/**
	 * @param severityWords maps a severity word of the export to SEV1..SEV4, or returns null when unknown
	 */
	IncidentRowParser(Clock clock, Duration futureTolerance, Function<String, String> severityWords) {
		this(clock, futureTolerance, new IncidentExportMapping(Map.of(), severityWords));
	}

	/** Severity words, timestamp format and list separator from the operator's column mapping. */
	IncidentRowParser(Clock clock, Duration futureTolerance, IncidentExportMapping mapping) {
		this.latest = clock.instant().plus(futureTolerance);
		this.severityWords = mapping.severityWords();
		this.timestampFormat = (mapping.timestampFormat() != null)
				? DateTimeFormatter.ofPattern(mapping.timestampFormat(), Locale.ROOT) : null;
		this.listSeparator = mapping.separator();
	}

	static CsvLayout layout(Map<String, String> renames) {
		return new CsvLayout("incidents", REQUIRED, OPTIONAL, renames);
	}

	@Override
	public Parsed<IncidentRecord> process(CsvRow row) {
		if (row.kind() != CsvRow.Kind.RECORD) {
			return new Parsed.FileEvent<>(row);
		}
		try {
			return new Parsed.Accepted<>(row.file(), row.line(), parse(row));
		}
		catch (RowRejectedException ex) {
			return new Parsed.Rejected<>(row.file(), row.line(), ex.column(), ex.getMessage(), row.raw());
		}
	}

	private IncidentRecord parse(CsvRow row) {
		String id = Fields.text(row, "id", true, 200);
		String title = Fields.text(row, "title", true, 2000);
		List<String> services = Fields.names(row, "services", 2000, this.listSeparator);
		if (services.isEmpty()) {
			throw new RowRejectedException("services", "empty value");
		}
		Instant detected = Fields.instant(row, "detected_at", true, this.latest, this.timestampFormat);
		Instant acknowledged = notBefore(row, "acknowledged_at", detected);
		Instant mitigated = notBefore(row, "mitigated_at", detected);
		Instant resolved = notBefore(row, "resolved_at", detected);
		Instant postmortem = notBefore(row, "postmortem_completed_at", detected);
		return new IncidentRecord(id, title, services, severity(row), detected, acknowledged, mitigated, resolved,
				Fields.bool(row, "service_unavailable"), Fields.percent(row, "affected_users_pct"),
				Fields.bool(row, "data_loss"), Fields.bool(row, "security_incident"),
				Fields.percent(row, "performance_degradation_pct"), postmortem,
				Fields.text(row, "primary_cause", false, 2000), Fields.list(row, "contributing_factors", 8000, this.listSeparator),
				Fields.list(row, "action_items", 8000, this.listSeparator),
				Fields.list(row, "lessons_learned", 8000, this.listSeparator));
	}

	private Instant notBefore(CsvRow row, String column, Instant detected) {
		Instant instant = Fields.instant(row, column, false, this.latest, this.timestampFormat);
		if (instant != null && instant.isBefore(detected)) {
			throw new RowRejectedException(column, column + " " + instant + " is before detected_at " + detected);
		}
		return instant;
	}

	private String severity(CsvRow row) {
		String word = Fields.text(row, "severity", false, 50);
		if (word == null) {
			return null;
		}
		String normalized = word.toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
		if (normalized.matches("SEV[1-4]")) {
			return normalized;
		}
		if (normalized.matches("[1-4]")) {
			return "SEV" + normalized;
		}
		String mapped = this.severityWords.apply(word);
		if (mapped == null) {
			throw new RowRejectedException("severity", "unknown severity '" + word + "' (expected SEV1..SEV4)");
		}
		return mapped;
	}

}
