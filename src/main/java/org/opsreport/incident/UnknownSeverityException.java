package org.opsreport.incident;

/** A severity word the column mapping does not know; the message names the word and the known ones. */
public class UnknownSeverityException extends IllegalArgumentException {

	public UnknownSeverityException(String message) {
		super(message);
	}

}
