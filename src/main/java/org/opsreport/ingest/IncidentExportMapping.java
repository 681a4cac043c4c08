package org.opsreport.ingest;

import java.util.Map;
import java.util.function.Function;

/**
 * How an incident export names its columns and severities. opsreport's own format needs no
 * mapping; a bean of this type (from the operator's column mapping) lets the reader take a
 * status-page or paging-tool export unchanged.
 *
 * @param columns header names of the export mapped to opsreport's incident column names
 * @param severityWords the export's severity words mapped to SEV1..SEV4; null when unknown
 * @param timestampFormat a {@link java.time.format.DateTimeFormatter} pattern of the export's timestamps;
 * {@code null} for opsreport's own rules (ISO-8601 with a zone, or epoch seconds). A pattern without an
 * offset or zone is read as UTC.
 * @param listSeparator the separator inside list cells (services, action items, ...); {@code null} for {@code ;}
 * <p>
 * A timestamp the export gives as a duration after {@code detected_at} (PagerDuty's "seconds to first ack") is a
 * rename of their duration column to {@link #durationColumn(String) our field + "__duration"}: the reader then
 * derives the field from {@code detected_at} plus the duration (seconds, or an ISO-8601 duration such as
 * {@code PT1H30M}).
 */
public record IncidentExportMapping(Map<String, String> columns, Function<String, String> severityWords,
		String timestampFormat, String listSeparator) {

	/** The suffix of the column a field's duration after detection is renamed to. */
	public static final String DURATION_SUFFIX = "__duration";

	/** The fields a duration column may give: the timestamps after detection. */
	public static final java.util.List<String> DURATION_FIELDS = java.util.List.of("acknowledged_at", "mitigated_at",
			"resolved_at");

	/** Our column name for the duration after detection that gives {@code field}. */
	public static String durationColumn(String field) {
		return field + DURATION_SUFFIX;
	}

	/** Default list separator, also the separator lists are stored with. */
	public static final String DEFAULT_LIST_SEPARATOR = ";";

	public IncidentExportMapping {
		columns = Map.copyOf(columns);
		if (listSeparator != null && listSeparator.isEmpty()) {
			listSeparator = null;
		}
	}

	/** Columns and severity words only: opsreport's timestamps and {@code ;} lists. */
	public IncidentExportMapping(Map<String, String> columns, Function<String, String> severityWords) {
		this(columns, severityWords, null, null);
	}

	public static IncidentExportMapping identity() {
		return new IncidentExportMapping(Map.of(), word -> null);
	}

	/** The list separator in effect. */
	public String separator() {
		return (this.listSeparator != null) ? this.listSeparator : DEFAULT_LIST_SEPARATOR;
	}

}
