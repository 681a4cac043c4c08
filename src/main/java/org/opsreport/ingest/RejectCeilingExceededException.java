package org.opsreport.ingest;

/** A file rejected more rows than {@code opsreport.ingest.reject-ceiling} allows. */
class RejectCeilingExceededException extends RuntimeException {

	RejectCeilingExceededException(String message) {
		super(message);
	}

}
