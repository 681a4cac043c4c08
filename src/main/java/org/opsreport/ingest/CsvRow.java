package org.opsreport.ingest;

import java.util.List;
import java.util.Map;

/**
 * What the CSV reader hands to validation: a data record with its file and line, or a file-level
 * event (a file started, with its header warnings; a file that broke off).
 *
 * @param kind what this row is
 * @param file the file name as shown in reports (relative to the input folder)
 * @param line the line the record starts on (1 is the header); for a broken file the line it broke on
 * @param values the record's fields by canonical column name (records only)
 * @param fieldCount how many fields the record had
 * @param raw the record as text, for the reject log
 * @param message the warning or problem of an event
 */
public record CsvRow(Kind kind, String file, long line, Map<String, String> values, int fieldCount, String raw,
		List<String> message) {

	public enum Kind {

		/** A data record. */
		RECORD,
		/** A file was opened; {@code message} holds its warnings. */
		FILE_STARTED,
		/** A file ended early (truncated gzip, unreadable bytes); {@code message} says why. */
		FILE_BROKEN

	}

	static CsvRow record(String file, long line, Map<String, String> values, int fieldCount, String raw) {
		return new CsvRow(Kind.RECORD, file, line, values, fieldCount, raw, List.of());
	}

	static CsvRow started(String file, List<String> warnings) {
		return new CsvRow(Kind.FILE_STARTED, file, 0, Map.of(), 0, "", List.copyOf(warnings));
	}

	static CsvRow broken(String file, long line, String problem) {
		return new CsvRow(Kind.FILE_BROKEN, file, line, Map.of(), 0, "", List.of(problem));
	}

	public String get(String column) {
		String value = this.values.get(column);
		return value == null ? "" : value.trim();
	}

}
