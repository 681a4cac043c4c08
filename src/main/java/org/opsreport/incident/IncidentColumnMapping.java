package org.opsreport.incident;

import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How an incident export's columns and severity words map onto {@link Incident}, so the reader can take
 * a paging-tool or status-page export without editing the file. Loaded from YAML by
 * {@link IncidentColumnMappingLoader}; {@link #identity()} is the standard opsreport CSV.
 *
 * @param columns our field (one of {@link #FIELDS}) &rarr; their column name; complete (unmapped fields
 * keep their own name)
 * @param severityWords their severity word, lower case &rarr; severity (e.g. {@code critical -> SEV1})
 * @param timestampFormat a {@link DateTimeFormatter} pattern for their timestamps, or {@code null} for
 * ISO-8601 (with or without offset; without offset means UTC)
 * @param listSeparator separator of list cells (services, contributing factors, action items, lessons)
 * @param durations our field (one of {@link #DURATION_FIELDS}) &rarr; their column holding the time from detection
 * to it, in seconds or as an ISO-8601 duration (e.g. PagerDuty's seconds to first acknowledgement); such a field is
 * {@code detected_at} plus that duration
 */
public record IncidentColumnMapping(Map<String, String> columns, Map<String, Severity> severityWords,
		String timestampFormat, String listSeparator, Map<String, String> durations) {

	/** The fields a duration column may give: the timestamps after detection. */
	public static final List<String> DURATION_FIELDS = List.of("acknowledged_at", "mitigated_at", "resolved_at");

	/** Our fields, i.e. the column names of the standard incident CSV, in order. */
	public static final List<String> FIELDS = List.of("id", "title", "services", "detected_at", "resolved_at",
			"severity", "acknowledged_at", "mitigated_at", "service_unavailable", "affected_users_pct", "data_loss",
			"security_incident", "performance_degradation_pct", "postmortem_completed_at", "primary_cause",
			"contributing_factors", "action_items", "lessons_learned");

	/** Default list separator. */
	public static final String DEFAULT_LIST_SEPARATOR = ";";

	public IncidentColumnMapping {
		Map<String, String> complete = new LinkedHashMap<>();
		for (String field : FIELDS) {
			complete.put(field, field);
		}
		if (columns != null) {
			for (Map.Entry<String, String> e : columns.entrySet()) {
				if (!complete.containsKey(e.getKey())) {
					throw new IllegalArgumentException("'" + e.getKey() + "' is not an incident field " + FIELDS);
				}
				complete.put(e.getKey(), e.getValue());
			}
		}
		columns = Collections.unmodifiableMap(complete);
		Map<String, Severity> words = new TreeMap<>();
		if (severityWords != null) {
			severityWords.forEach((word, severity) -> words.put(word.trim().toLowerCase(Locale.ROOT), severity));
		}
		severityWords = Collections.unmodifiableMap(words);
		if (timestampFormat != null) {
			DateTimeFormatter.ofPattern(timestampFormat); // fail early on a bad pattern
		}
		listSeparator = (listSeparator == null || listSeparator.isEmpty()) ? DEFAULT_LIST_SEPARATOR : listSeparator;
		Map<String, String> byField = new LinkedHashMap<>();
		if (durations != null) {
			durations.forEach((field, column) -> {
				if (!DURATION_FIELDS.contains(field)) {
					throw new IllegalArgumentException("'" + field + "' cannot be given as a duration " + DURATION_FIELDS);
				}
				byField.put(field, column);
			});
		}
		durations = Collections.unmodifiableMap(byField);
	}

	/** Without duration columns. */
	public IncidentColumnMapping(Map<String, String> columns, Map<String, Severity> severityWords,
			String timestampFormat, String listSeparator) {
		this(columns, severityWords, timestampFormat, listSeparator, Map.of());
	}

	/** The standard opsreport incident CSV: every column named as its field, SEV1..SEV4 / 1..4, ISO-8601, ';'. */
	public static IncidentColumnMapping identity() {
		return new IncidentColumnMapping(Map.of(), Map.of(), null, DEFAULT_LIST_SEPARATOR);
	}

	/** {@code sev1..sev4} or {@code 1..4} (lower case input), else {@code null}. */
	static Severity standardSeverity(String key) {
		return switch (key) {
			case "sev1", "1" -> Severity.SEV1;
			case "sev2", "2" -> Severity.SEV2;
			case "sev3", "3" -> Severity.SEV3;
			case "sev4", "4" -> Severity.SEV4;
			default -> null;
		};
	}

}
