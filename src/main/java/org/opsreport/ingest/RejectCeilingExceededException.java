package org.opsreport.ingest;

/** A file rejected more rows than {@code opsreport.ingest.reject-ceiling} allows. */
public class RejectCeilingExceededException extends RuntimeException {

	RejectCeilingExceededException(String message) {
		super(message);
	}

}
