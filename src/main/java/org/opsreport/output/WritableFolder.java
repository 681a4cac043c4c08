package org.opsreport.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Checks, before a run does any work, that a report date's output folder can be written (issue 15
 * class 3): a run whose rejects.csv or report cannot be written must not ingest, fail late, and leave
 * a restart that reports success without them. Writes nothing when the folder does not exist yet
 * (a run refused later leaves no empty folder behind).
 */
public final class WritableFolder {

	private WritableFolder() {
	}

	/**
	 * @param folder the folder the run will write ({@code reports/<date>/})
	 * @param names files the run will replace in it ({@code rejects.csv}, ...): none may be a folder
	 * @throws NotWritableException naming the path and the reason
	 */
	public static void check(Path folder, String... names) {
		Path existing = folder.toAbsolutePath().normalize();
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null || !Files.isDirectory(existing)) {
			throw new NotWritableException(folder + ": cannot be created, " + existing + " is not a folder");
		}
		if (!existing.equals(folder.toAbsolutePath().normalize())) {
			if (!Files.isWritable(existing)) {
				throw new NotWritableException(folder + ": cannot be created, " + existing + " is not writable");
			}
			return;
		}
		for (String name : names) {
			if (Files.isDirectory(folder.resolve(name))) {
				throw new NotWritableException(folder.resolve(name) + ": is a folder, cannot be replaced by the file");
			}
		}
		// the files are written as temporary files renamed into place (AtomicFiles): try exactly that
		Path probe = folder.resolve(".write-check." + UUID.randomUUID() + ".tmp");
		try {
			Files.write(probe, new byte[0]);
		}
		catch (IOException ex) {
			throw new NotWritableException(folder + ": not writable (" + ex.getMessage() + ")");
		}
		finally {
			try {
				Files.deleteIfExists(probe);
			}
			catch (IOException ignored) {
				// the probe is empty and hidden; the next check or run removes nothing else
			}
		}
	}

	/** The output cannot be written; the message names the path and the reason, on one line. */
	public static final class NotWritableException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NotWritableException(String message) {
			super(message);
		}

	}

}
