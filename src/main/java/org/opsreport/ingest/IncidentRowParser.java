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

	/** Fields given as a duration after detection &rarr; their column's header name (for messages). */
	private final Map<String, String> durations = new java.util.LinkedHashMap<>();

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
		mapping.columns().forEach((theirs, ours) -> {
			if (ours.endsWith(IncidentExportMapping.DURATION_SUFFIX)) {
				this.durations.put(ours.substring(0, ours.length() - IncidentExportMapping.DURATION_SUFFIX.length()), theirs);
			}
		});
	}

	/**
	 * A field given as a duration after detection (renamed to {@code <field>__duration}) takes the field's place:
	 * required when the field is, and the field's own column becomes optional (and unused).
	 */
	static CsvLayout layout(Map<String, String> renames) {
		List<String> required = new java.util.ArrayList<>(REQUIRED);
		List<String> optional = new java.util.ArrayList<>(OPTIONAL);
		for (String field : IncidentExportMapping.DURATION_FIELDS) {
			String column = IncidentExportMapping.durationColumn(field);
			if (renames.containsValue(column)) {
				if (required.remove(field)) {
					required.add(column);
					optional.add(field);
				}
				else {
					optional.add(column);
				}
			}
		}
		return new CsvLayout("incidents", required, optional, renames);
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
		if (this.durations.containsKey(column)) {
			return afterDetection(row, column, detected);
		}
		Instant instant = Fields.instant(row, column, false, this.latest, this.timestampFormat);
		if (instant != null && instant.isBefore(detected)) {
			throw new RowRejectedException(column, column + " " + instant + " is before detected_at " + detected);
		}
		return instant;
	}

	/**
	 * {@code detected_at} plus the duration in the field's duration column: a number of seconds ({@code 330},
	 * {@code 330.5}) or an ISO-8601 duration ({@code PT5M30S}); empty means not given (e.g. still open).
	 */
	private Instant afterDetection(CsvRow row, String field, Instant detected) {
		String column = IncidentExportMapping.durationColumn(field);
		String header = this.durations.get(field);
		String value = Fields.text(row, column, false, 64);
		if (value == null) {
			return null;
		}
		java.time.Duration duration;
		try {
			if (value.startsWith("P") || value.startsWith("p") || value.startsWith("-P")) {
				duration = java.time.Duration.parse(value);
			}
			else {
				java.math.BigDecimal seconds = new java.math.BigDecimal(value);
				duration = java.time.Duration.ofSeconds(seconds.longValue(),
						seconds.remainder(java.math.BigDecimal.ONE).movePointRight(9).longValue());
			}
		}
		catch (NumberFormatException | java.time.format.DateTimeParseException | ArithmeticException ex) {
			throw new RowRejectedException(header, "'" + value
					+ "' is neither seconds nor an ISO-8601 duration (e.g. 330 or PT5M30S), for " + field);
		}
		if (duration.isNegative()) {
			throw new RowRejectedException(header, "negative duration '" + value + "' for " + field);
		}
		Instant instant = detected.plus(duration);
		if (instant.isAfter(this.latest)) {
			throw new RowRejectedException(header, field + " " + instant + " (detected_at + " + value
					+ ") lies in the future (after " + this.latest + ")");
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
