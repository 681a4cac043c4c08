package org.opsreport.output;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTest {

	@TempDir
	Path folder;

	@Test
	void writesTheContentAndLeavesNoTemporaryFile() throws Exception {
		Path target = this.folder.resolve("2026-11-02/report.json");
		AtomicFiles.write(target, "{\"a\":1}\n");
		AtomicFiles.write(target, "{\"a\":2}\n");
		assertThat(Files.readString(target)).isEqualTo("{\"a\":2}\n");
		assertThat(names(target.getParent())).containsExactly("report.json");
		// readable like any other file the process creates (umask), not owner-only like a temp file
		if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
			Path plain = Files.writeString(this.folder.resolve("plain.txt"), "x");
			assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
		}
	}

	@Test
	void aReaderNeverSeesAHalfWrittenFile() throws Exception {
		Path target = this.folder.resolve("report.html");
		String small = "<html>" + "a".repeat(10) + "</html>";
		String large = "<html>" + "b".repeat(2_000_000) + "</html>";
		AtomicFiles.write(target, small);
		AtomicBoolean done = new AtomicBoolean();
		ExecutorService writer = Executors.newSingleThreadExecutor();
		Future<?> writes = writer.submit(() -> {
			for (int i = 0; i < 30; i++) {
				AtomicFiles.write(target, i % 2 == 0 ? large : small);
			}
			done.set(true);
		});
		int reads = 0;
		while (!done.get()) {
			String seen = Files.readString(target);
			assertThat(seen).satisfiesAnyOf(s -> assertThat(s).isEqualTo(small), s -> assertThat(s).isEqualTo(large));
			reads++;
		}
		writes.get();
		writer.shutdown();
		assertThat(writer.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		assertThat(reads).isPositive();
		assertThat(names(this.folder)).containsExactly("report.html");
	}

	@Test
	void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
		Path target = this.folder.resolve("report.md");
		AtomicFiles.write(target, "old");
		// a folder in the way of the rename: the move fails after the temporary file was written
		Path blocked = this.folder.resolve("blocked");
		Files.createDirectories(blocked.resolve("child"));
		assertThatThrownBy(() -> AtomicFiles.write(blocked, "new")).isInstanceOf(UncheckedIOException.class)
			.hasMessageContaining("Cannot write");
		assertThat(Files.readString(target)).isEqualTo("old");
		assertThat(names(this.folder)).containsExactlyInAnyOrder("report.md", "blocked");
	}

	private static java.util.List<String> names(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).toList();
		}
	}

}
