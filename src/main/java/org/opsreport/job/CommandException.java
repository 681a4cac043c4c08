package org.opsreport.job;

/** A run that cannot start: the message is the one line the operator sees, with its exit status. */
class CommandException extends RuntimeException {

	private final int exitCode;

	CommandException(int exitCode, String message) {
		super(message);
		this.exitCode = exitCode;
	}

	int exitCode() {
		return this.exitCode;
	}

}
