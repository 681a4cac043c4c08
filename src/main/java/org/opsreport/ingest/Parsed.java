package org.opsreport.ingest;

/**
 * A CSV row after validation: a value to store, a rejected row, or a file event passed through.
 *
 * @param <T> the value type
 */
public sealed interface Parsed<T> {

	String file();

	record Accepted<T>(String file, long line, T value) implements Parsed<T> {
	}

	/**
	 * @param column the offending column, empty when the row as a whole is wrong
	 */
	record Rejected<T>(String file, long line, String column, String reason, String raw) implements Parsed<T> {
	}

	/** A file started (with its header warnings) or broke off; carried to the statistics. */
	record FileEvent<T>(CsvRow row) implements Parsed<T> {

		@Override
		public String file() {
			return this.row.file();
		}

	}

}
