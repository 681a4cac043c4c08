package org.opsreport.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns an export must and may have. A header missing a required column fails the job;
 * columns that are neither required nor optional are ignored with one warning per file.
 *
 * @param kind what the files hold, for messages ("metrics", "incidents", "chaos")
 * @param required columns every file must have
 * @param optional columns a file may have
 * @param renames header names of a foreign export mapped to our column names (may be empty)
 */
record CsvLayout(String kind, List<String> required, List<String> optional, Map<String, String> renames) {

	public CsvLayout {
		required = List.copyOf(required);
		optional = List.copyOf(optional);
		renames = Map.copyOf(renames);
	}

	Set<String> known() {
		Set<String> known = new LinkedHashSet<>(this.required);
		known.addAll(this.optional);
		return known;
	}

	/** The column name opsreport uses for a header cell of the file. */
	String canonical(String header) {
		String trimmed = header.trim();
		String renamed = this.renames.get(trimmed);
		return renamed != null ? renamed : trimmed.toLowerCase();
	}

}
