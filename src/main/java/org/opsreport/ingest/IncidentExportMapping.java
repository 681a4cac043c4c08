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
 */
public record IncidentExportMapping(Map<String, String> columns, Function<String, String> severityWords) {

	public static IncidentExportMapping identity() {
		return new IncidentExportMapping(Map.of(), word -> null);
	}

}
