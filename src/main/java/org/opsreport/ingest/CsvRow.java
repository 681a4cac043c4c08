package org.opsreport.ingest;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;

/**
 * What the CSV reader hands to validation: a data record with its file and line, or a file-level
 * event (a file started, with its header warnings; a file that broke off).
 * <p>
 * Built for millions of rows per night: a record keeps its fields as the parser's array behind a
 * read-only map view keyed by the file's header, and its raw text (only needed when the row is
 * rejected) is formatted on first use.
 */
final class CsvRow {

	public enum Kind {

		/** A data record. */
		RECORD,
		/** A file was opened; {@code message} holds its warnings. */
		FILE_STARTED,
		/** A file ended early (truncated gzip, unreadable bytes); {@code message} says why. */
		FILE_BROKEN,
		/** A record refused before validation (longer than the bound); {@code message} says why. */
		RECORD_REJECTED

	}

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT;

	private final Kind kind;

	private final String file;

	private final long line;

	private final Map<String, String> values;

	private final int fieldCount;

	private final String[] fields;

	private String raw;

	private final List<String> message;

	/**
	 * @param kind what this row is
	 * @param file the file name as shown in reports (relative to the input folder)
	 * @param line the line the record starts on (1 is the header); for a broken file the line it broke on
	 * @param values the record's fields by canonical column name (records only)
	 * @param fieldCount how many fields the record had
	 * @param raw the record as text, for the reject log
	 * @param message the warning or problem of an event
	 */
	public CsvRow(Kind kind, String file, long line, Map<String, String> values, int fieldCount, String raw,
			List<String> message) {
		this(kind, file, line, values, fieldCount, null, raw, message);
	}

	private CsvRow(Kind kind, String file, long line, Map<String, String> values, int fieldCount, String[] fields,
			String raw, List<String> message) {
		this.kind = kind;
		this.file = file;
		this.line = line;
		this.values = values;
		this.fieldCount = fieldCount;
		this.fields = fields;
		this.raw = raw;
		this.message = message;
	}

	/**
	 * A data record.
	 * @param header the canonical column names of the file, in file order (shared by all its rows)
	 * @param fields the record's fields as parsed; fields beyond the header are counted, not named
	 */
	static CsvRow record(String file, long line, List<String> header, String[] fields) {
		return new CsvRow(Kind.RECORD, file, line, new FieldMap(header, fields), fields.length, fields, null, List.of());
	}

	static CsvRow started(String file, List<String> warnings) {
		return new CsvRow(Kind.FILE_STARTED, file, 0, Map.of(), 0, "", List.copyOf(warnings));
	}

	/** A record refused as a whole, keeping its raw text for the reject log. */
	static CsvRow tooLong(CsvRow record, String problem) {
		String raw = record.raw();
		return new CsvRow(Kind.RECORD_REJECTED, record.file(), record.line(), Map.of(), record.fieldCount(),
				raw.length() <= 4000 ? raw : raw.substring(0, 4000), List.of(problem));
	}

	static CsvRow broken(String file, long line, String problem) {
		return new CsvRow(Kind.FILE_BROKEN, file, line, Map.of(), 0, "", List.of(problem));
	}

	public Kind kind() {
		return this.kind;
	}

	public String file() {
		return this.file;
	}

	public long line() {
		return this.line;
	}

	public Map<String, String> values() {
		return this.values;
	}

	public int fieldCount() {
		return this.fieldCount;
	}

	/** The record as CSV text, as it would be written back (for the reject log). */
	public String raw() {
		if (this.raw == null) {
			this.raw = FORMAT.format((Object[]) this.fields);
		}
		return this.raw;
	}

	public List<String> message() {
		return this.message;
	}

	/** A field by canonical column name, trimmed; empty when the column or the field is missing. */
	public String get(String column) {
		String value = this.values.get(column);
		return value == null ? "" : value.trim();
	}

	@Override
	public String toString() {
		return "CsvRow[" + this.kind + " " + this.file + ":" + this.line + " " + this.values + "]";
	}

	/**
	 * The fields of a record by column name: a view over the header and the parsed array, without
	 * the hashing and copying of a map per row. Lookups compare the (few) header names in order.
	 */
	private static final class FieldMap extends AbstractMap<String, String> {

		private final List<String> header;

		private final String[] fields;

		private final int size;

		FieldMap(List<String> header, String[] fields) {
			this.header = header;
			this.fields = fields;
			this.size = Math.min(header.size(), fields.length);
		}

		@Override
		public String get(Object key) {
			// from the end: with a repeated header name the last column wins, as it did with a map
			for (int i = this.size - 1; i >= 0; i--) {
				String name = this.header.get(i);
				if (name == key || name.equals(key)) {
					return this.fields[i];
				}
			}
			return null;
		}

		@Override
		public boolean containsKey(Object key) {
			return get(key) != null;
		}

		@Override
		public int size() {
			return this.size;
		}

		@Override
		public java.util.Set<Entry<String, String>> entrySet() {
			return new AbstractSet<>() {

				@Override
				public Iterator<Entry<String, String>> iterator() {
					return new Iterator<>() {

						private int next;

						@Override
						public boolean hasNext() {
							return this.next < FieldMap.this.size;
						}

						@Override
						public Entry<String, String> next() {
							if (!hasNext()) {
								throw new NoSuchElementException();
							}
							int i = this.next++;
							return new SimpleImmutableEntry<>(FieldMap.this.header.get(i), FieldMap.this.fields[i]);
						}

					};
				}

				@Override
				public int size() {
					return FieldMap.this.size;
				}

			};
		}

	}

}
