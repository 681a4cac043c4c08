package org.opsreport.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes output files so that a crash never leaves a half-written file that looks complete: the
 * content goes to a temporary file in the same folder (a unique name, so two writers never share
 * one), is forced to disk, and is then renamed over the target in one atomic step. Readers see the
 * old file or the new one, never a mixture; a failed write removes its temporary file.
 */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	public static void write(Path target, byte[] content) {
		Path folder = target.toAbsolutePath().getParent();
		Path temporary = null;
		try {
			Files.createDirectories(folder);
			// not Files.createTempFile: its owner-only permissions would carry over to the report files
			temporary = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
					StandardOpenOption.CREATE_NEW)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				// without this a power loss after the rename can leave an empty file under the final name
				channel.force(true);
			}
			try {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
			temporary = null;
			syncFolder(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + target, ex);
		}
		finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				}
				catch (IOException ignored) {
					// the write failed already; that failure is the one to report
				}
			}
		}
	}

	public static void write(Path target, String content) {
		write(target, content.getBytes(StandardCharsets.UTF_8));
	}

	/** Makes the rename itself durable where the platform allows it (POSIX); elsewhere a no-op. */
	private static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException | UnsupportedOperationException ex) {
			// Windows cannot open a folder as a channel; NTFS journals the rename
		}
	}

}
