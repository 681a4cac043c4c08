package org.opsreport.ingest;

/** Thrown by field parsers: the column and the reason a row is rejected. */
class RowRejectedException extends RuntimeException {

	private final String column;

	RowRejectedException(String column, String reason) {
		super(reason, null, false, false);
		this.column = column;
	}

	String column() {
		return this.column;
	}

}
