package org.opsreport.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * An output file that cannot be written (disk full, no permission, read-only file system): the message
 * names the file and the system's reason, e.g. {@code Cannot write reports/2026-11-02/report.html: No
 * space left on device}, and is the one line the operator sees.
 */
public class OutputFileException extends UncheckedIOException {

	public OutputFileException(Path file, IOException cause) {
		super("Cannot write " + file + ": " + reason(cause), cause);
	}

	private static String reason(IOException cause) {
		String message = cause.getMessage();
		// FileSystemException's message starts with the file name again; its reason is what matters
		if (cause instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
			return fs.getReason();
		}
		return message == null ? cause.getClass().getSimpleName() : message;
	}

}
