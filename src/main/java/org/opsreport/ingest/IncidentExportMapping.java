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
 */
public record IncidentExportMapping(Map<String, String> columns, Function<String, String> severityWords,
		String timestampFormat, String listSeparator) {

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
