package org.opsreport.ingest;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.opsreport.ingest.ReadPlan.Change;
import org.opsreport.ingest.ReadPlan.Content;
import org.opsreport.ingest.ReadPlan.ReadBefore;

import static org.assertj.core.api.Assertions.assertThat;

class ReadPlanTest {

	@Test
	void classifiesAFileAgainstWhatWasReadBefore() {
		ReadBefore before = new ReadBefore("h1", 10L, 7);
		assertThat(ReadPlan.change(Optional.empty(), new Content("h1", 10, null))).isEqualTo(Change.NEW);
		assertThat(ReadPlan.change(Optional.of(before), new Content("h1", 10, null))).isEqualTo(Change.UNCHANGED);
		assertThat(ReadPlan.change(Optional.of(before), new Content("h2", 12, "h1"))).isEqualTo(Change.APPENDED);
		assertThat(ReadPlan.change(Optional.of(before), new Content("h2", 12, "h3"))).isEqualTo(Change.CHANGED);
		assertThat(ReadPlan.change(Optional.of(before), new Content("h2", 9, null))).isEqualTo(Change.CHANGED);
		// a store written before sizes were kept: any change is a change
		assertThat(ReadPlan.change(Optional.of(new ReadBefore("h1", null, 7)), new Content("h2", 12, null)))
			.isEqualTo(Change.CHANGED);
	}

	@Test
	void readsFromTheFirstNewOrAppendedFileOnAndEverythingWhenAFileChanged() {
		assertThat(ReadPlan.firstToRead(List.of(Change.UNCHANGED, Change.UNCHANGED))).isEqualTo(2);
		assertThat(ReadPlan.firstToRead(List.of(Change.UNCHANGED, Change.NEW, Change.UNCHANGED))).isEqualTo(1);
		assertThat(ReadPlan.firstToRead(List.of(Change.APPENDED, Change.UNCHANGED))).isZero();
		assertThat(ReadPlan.firstToRead(List.of(Change.UNCHANGED, Change.UNCHANGED, Change.CHANGED))).isZero();
		assertThat(ReadPlan.firstToRead(List.of())).isZero();
	}

	@Test
	void theContentHashOfAnAppendedFileHasTheOldContentAsPrefix(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
			throws Exception {
		java.nio.file.Path file = dir.resolve("a.csv");
		java.nio.file.Files.writeString(file, "x".repeat(70_000));
		Content old = CsvFilesReader.content(file, null);
		java.nio.file.Files.writeString(file, "y\n", java.nio.file.StandardOpenOption.APPEND);
		Content appended = CsvFilesReader.content(file, old.size());
		assertThat(appended.size()).isEqualTo(70_002);
		assertThat(appended.prefixHash()).isEqualTo(old.hash());
		assertThat(ReadPlan.change(Optional.of(new ReadBefore(old.hash(), old.size(), 1)), appended))
			.isEqualTo(Change.APPENDED);
	}

}
