package org.opsreport.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a writer killed between create and rename leaves behind is removed by the next run. */
class StaleTemporariesTest {

	@TempDir
	Path folder;

	@Test
	void temporariesOfDeadWritersAreRemovedThoseOfLiveOnesKept() throws Exception {
		Process finished = new ProcessBuilder("true").start();
		finished.waitFor();
		long dead = finished.pid();
		long alive = ProcessHandle.current().parent().orElseThrow().pid();
		Path charts = Files.createDirectories(this.folder.resolve("charts"));
		Path deadAtomic = touch(this.folder.resolve(".report.html." + dead + "-" + UUID.randomUUID() + ".tmp"));
		Path deadChart = touch(charts.resolve(".scaling-checkout.png." + dead + "-" + UUID.randomUUID() + ".tmp"));
		Path deadStreamed = touch(this.folder.resolve(".forecasts.csv." + dead + ".tmp"));
		Path legacy = touch(this.folder.resolve(".report.md." + UUID.randomUUID() + ".tmp"));
		Path live = touch(this.folder.resolve(".report.json." + alive + "-" + UUID.randomUUID() + ".tmp"));
		Path report = touch(this.folder.resolve("report.html"));
		Path lookalike = touch(this.folder.resolve("notes.tmp"));

		assertThat(AtomicFiles.removeStaleTemporaries(this.folder)).isEqualTo(4);
		assertThat(deadAtomic).doesNotExist();
		assertThat(deadChart).doesNotExist();
		assertThat(deadStreamed).doesNotExist();
		assertThat(legacy).doesNotExist();
		assertThat(live).exists();
		assertThat(report).exists();
		assertThat(lookalike).exists();
		assertThat(AtomicFiles.removeStaleTemporaries(this.folder.resolve("absent"))).isZero();
	}

	@Test
	void aFileThatCannotBeWrittenIsNamedWithTheReason() throws IOException {
		Path notAFolder = touch(this.folder.resolve("plain-file"));
		Path target = notAFolder.resolve("report.html");
		assertThatThrownBy(() -> AtomicFiles.write(target, "x")).isInstanceOf(OutputFileException.class)
			.hasMessageStartingWith("Cannot write " + target + ": ");
	}

	private static Path touch(Path file) throws IOException {
		return Files.writeString(file, "x");
	}

}
