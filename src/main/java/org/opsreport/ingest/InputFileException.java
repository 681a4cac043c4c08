package org.opsreport.ingest;

import java.nio.file.Path;

/**
 * An input file that cannot be read as the expected CSV at all (wrong header, binary, unreadable).
 * It fails the job: reporting on such a file would report on garbage.
 */
class InputFileException extends RuntimeException {

	public InputFileException(Path file, String reason) {
		super(file + ": " + reason);
	}

	public InputFileException(Path file, String reason, Throwable cause) {
		super(file + ": " + reason, cause);
	}

}
