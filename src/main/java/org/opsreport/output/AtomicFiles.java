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
import java.nio.file.LinkOption;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes output files so that a crash never leaves a half-written file that looks complete: the
 * content goes to a temporary file in the same folder (a unique name, so two writers never share
 * one), is forced to disk, and is then renamed over the target in one atomic step. Readers see the
 * old file or the new one, never a mixture; a failed write removes its temporary file.
 */
public final class AtomicFiles {

	private static final Logger log = LoggerFactory.getLogger(AtomicFiles.class);

	private AtomicFiles() {
	}

	public static void write(Path target, byte[] content) {
		Path folder = target.toAbsolutePath().getParent();
		Path temporary = null;
		try {
			Files.createDirectories(folder);
			// not Files.createTempFile: its owner-only permissions would carry over to the report files
			// the writer's pid in the name lets the next run remove what a killed writer left (removeStaleTemporaries)
			temporary = folder.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-" + UUID.randomUUID() + ".tmp");
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
			throw new OutputFileException(target, ex);
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

	/**
	 * Temporary names: {@code .<file>.<pid>-<uuid>.tmp} (this class), {@code .<file>.<pid>.tmp}
	 * (streamed writers such as forecasts.csv), and {@code .<file>.<uuid>.tmp} of versions before the pid.
	 */
	private static final Pattern TEMPORARY = Pattern
		.compile("\\..+\\.(?:(\\d+)(?:-[0-9a-f-]{36})?|[0-9a-f]{8}-[0-9a-f-]{27})\\.tmp");

	/**
	 * Deletes the temporary files a killed writer left in {@code folder} and its sub-folders (charts): a
	 * kill -9 between create and rename leaves one, and a restart must not keep it. Files of a process
	 * that is still alive on this host are kept (another job writing the same date).
	 * @return how many files were removed
	 */
	public static int removeStaleTemporaries(Path folder) {
		if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
			return 0;
		}
		int removed = 0;
		try (Stream<Path> files = Files.walk(folder, 2)) {
			for (Path file : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
				Matcher name = TEMPORARY.matcher(file.getFileName().toString());
				if (name.matches() && !(name.group(1) != null && isAlive(name.group(1)))) {
					Files.deleteIfExists(file);
					removed++;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot clean temporary files in " + folder, ex);
		}
		if (removed > 0) {
			log.info("Removed {} temporary file(s) left by an interrupted run in {}", removed, folder);
		}
		return removed;
	}

	private static boolean isAlive(String pid) {
		try {
			long id = Long.parseLong(pid);
			return id != ProcessHandle.current().pid() && ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false);
		}
		catch (NumberFormatException ex) {
			return false;
		}
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
