package org.opsreport.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes output files so that a crash never leaves a half-written file that looks complete: the
 * content goes to a temporary file in the same folder, which is then renamed over the target.
 */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	public static void write(Path target, byte[] content) {
		try {
			Files.createDirectories(target.toAbsolutePath().getParent());
			Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
			Files.write(temporary, content);
			try {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + target, ex);
		}
	}

	public static void write(Path target, String content) {
		write(target, content.getBytes(StandardCharsets.UTF_8));
	}

}
