package org.opsreport.output;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15 class 3: the output is checked before a run does any work, with one line naming the path. */
class WritableFolderTest {

	@TempDir
	Path dir;

	@Test
	void anExistingWritableFolderPassesAndKeepsNoProbe() throws Exception {
		Path folder = Files.createDirectories(this.dir.resolve("reports/2026-11-01"));
		assertThatCode(() -> WritableFolder.check(folder, "rejects.csv")).doesNotThrowAnyException();
		try (var files = Files.list(folder)) {
			assertThat(files).isEmpty();
		}
	}

	@Test
	void aMissingFolderUnderAWritableParentPassesWithoutBeingCreated() {
		Path folder = this.dir.resolve("reports/2026-11-01");
		assertThatCode(() -> WritableFolder.check(folder, "rejects.csv")).doesNotThrowAnyException();
		assertThat(folder).doesNotExist();
	}

	@Test
	void aFileWhereTheOutputFolderGoesIsRefused() throws Exception {
		Files.writeString(this.dir.resolve("reports"), "not a folder");
		assertThatThrownBy(() -> WritableFolder.check(this.dir.resolve("reports/2026-11-01"), "rejects.csv"))
			.isInstanceOf(WritableFolder.NotWritableException.class)
			.hasMessageContaining("cannot be created")
			.hasMessageContaining("is not a folder")
			.hasMessageNotContaining("\n");
	}

	@Test
	void aFolderWhereRejectsCsvGoesIsRefused() throws Exception {
		Path folder = Files.createDirectories(this.dir.resolve("reports/2026-11-01"));
		Files.createDirectories(folder.resolve("rejects.csv"));
		assertThatThrownBy(() -> WritableFolder.check(folder, "rejects.csv"))
			.isInstanceOf(WritableFolder.NotWritableException.class)
			.hasMessageContaining("rejects.csv: is a folder");
	}

}
