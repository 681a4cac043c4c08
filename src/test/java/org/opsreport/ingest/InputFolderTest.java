package org.opsreport.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.opsreport.OpsReportProperties;
import org.opsreport.store.CounterMetrics;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 15 class 5: symbolic links are not followed out of the input folder, a loop is reported
 * (one line naming the link, never a hang), a link to nothing is reported; links that stay inside
 * the input folder keep working.
 */
@Timeout(30)
class InputFolderTest {

	private static final String HEADER = "timestamp,service,metric,value\n";

	@TempDir
	Path work;

	private Path input;

	private Path metrics;

	private Path outside;

	@BeforeEach
	void folders() throws IOException {
		this.input = Files.createDirectories(this.work.resolve("data"));
		this.metrics = Files.createDirectories(this.input.resolve("metrics"));
		this.outside = Files.createDirectories(this.work.resolve("elsewhere"));
	}

	@Test
	void aLinkToAFileInsideTheInputFolderIsReadUnderTheLinksName() throws IOException {
		Path archive = Files.createDirectories(this.input.resolve("archive"));
		Files.writeString(archive.resolve("2026-11-01.csv"), HEADER + "2026-11-01T00:00:00Z,svc,request_rate,1\n");
		Files.createSymbolicLink(this.metrics.resolve("today.csv"), Path.of("../archive/2026-11-01.csv"));
		Files.writeString(this.metrics.resolve("plain.csv"), HEADER + "2026-11-01T00:05:00Z,svc,request_rate,2\n");
		assertThat(InputFolder.list(this.metrics)).containsExactly(this.metrics.resolve("plain.csv"),
				this.metrics.resolve("today.csv"));
		assertThat(readAll(this.metrics)).filteredOn(r -> r.kind() == CsvRow.Kind.RECORD)
			.extracting(CsvRow::file, r -> r.get("value"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("metrics/plain.csv", "2"),
					org.assertj.core.groups.Tuple.tuple("metrics/today.csv", "1"));
	}

	@Test
	void aLinkToAFileOutsideIsRefusedNamingTheLinkAndItsTarget() throws IOException {
		Path secret = Files.writeString(this.outside.resolve("passwords.csv"), "user,password\nroot,hunter2\n");
		Path link = Files.createSymbolicLink(this.metrics.resolve("a.csv"), secret);
		assertThatThrownBy(() -> InputFolder.list(this.metrics)).isInstanceOf(InputFolder.UnsafeLinkException.class)
			.hasMessage(link + ": a symbolic link to " + secret.toRealPath() + ", outside the input folder "
					+ this.input.toRealPath()
					+ " (opsreport.input-dir): not followed; copy the file into the input folder or link inside it")
			.message()
			.doesNotContain("hunter2");
		// the reader and the report-date scan refuse it as well: neither opens the file
		assertThatThrownBy(() -> readAll(this.metrics)).isInstanceOf(InputFolder.UnsafeLinkException.class);
		assertThatThrownBy(() -> latestSample().find(this.input)).isInstanceOf(InputFolder.UnsafeLinkException.class);
		assertThatThrownBy(() -> InputFolder.check(this.input)).isInstanceOf(InputFolder.UnsafeLinkException.class);
	}

	@Test
	void aRelativeLinkThatClimbsOutIsRefused() throws IOException {
		Files.writeString(this.outside.resolve("x.csv"), HEADER);
		Files.createSymbolicLink(this.metrics.resolve("x.csv"), Path.of("../../elsewhere/x.csv"));
		assertThatThrownBy(() -> InputFolder.list(this.metrics)).isInstanceOf(InputFolder.UnsafeLinkException.class)
			.hasMessageContaining("outside the input folder");
	}

	@Test
	void aKindFolderLinkedOutsideIsRefusedAndOneLinkedInsideIsRead() throws IOException {
		Files.writeString(this.outside.resolve("x.csv"), HEADER);
		Path incidents = Files.createSymbolicLink(this.input.resolve("incidents"), this.outside);
		assertThatThrownBy(() -> InputFolder.list(incidents)).isInstanceOf(InputFolder.UnsafeLinkException.class)
			.hasMessageStartingWith(incidents + ": a symbolic link to " + this.outside.toRealPath() + ", outside");
		assertThatThrownBy(() -> InputFolder.check(this.input)).isInstanceOf(InputFolder.UnsafeLinkException.class);

		Path exports = Files.createDirectories(this.input.resolve("exports/chaos"));
		Files.writeString(exports.resolve("c.csv"), "id\n");
		Path chaos = Files.createSymbolicLink(this.input.resolve("chaos"), Path.of("exports/chaos"));
		assertThat(InputFolder.list(chaos)).containsExactly(chaos.resolve("c.csv"));
	}

	@Test
	void anInputFolderThatIsItselfALinkKeepsItsInsideLinksWorking() throws IOException {
		Path real = Files.createDirectories(this.work.resolve("real-data/metrics"));
		Files.writeString(real.resolve("a.csv"), HEADER);
		Files.createSymbolicLink(real.resolve("b.csv"), Path.of("a.csv"));
		Path linkedInput = Files.createSymbolicLink(this.work.resolve("linked-data"), this.work.resolve("real-data"));
		assertThat(InputFolder.list(linkedInput.resolve("metrics"))).containsExactly(
				linkedInput.resolve("metrics/a.csv"), linkedInput.resolve("metrics/b.csv"));
		InputFolder.check(linkedInput);
	}

	@Test
	void loopsAreReportedNamingTheLinkNeverAHang() throws IOException {
		Path self = Files.createSymbolicLink(this.metrics.resolve("self.csv"), Path.of("self.csv"));
		assertThatThrownBy(() -> InputFolder.list(this.metrics)).isInstanceOf(InputFolder.UnsafeLinkException.class)
			.hasMessage(self + ": a symbolic link loop: not followed; remove or fix the link");
		Files.delete(self);

		Path a = Files.createSymbolicLink(this.metrics.resolve("a.csv"), Path.of("b.csv"));
		Files.createSymbolicLink(this.metrics.resolve("b.csv"), Path.of("./c.csv"));
		Files.createSymbolicLink(this.metrics.resolve("c.csv"), Path.of("../metrics/a.csv"));
		assertThatThrownBy(() -> InputFolder.list(this.metrics)).isInstanceOf(InputFolder.UnsafeLinkException.class)
			.hasMessage(a + ": a symbolic link loop: not followed; remove or fix the link");
		assertThatThrownBy(() -> readAll(this.metrics)).hasMessageContaining("symbolic link loop");
		assertThatThrownBy(() -> latestSample().find(this.input)).hasMessageContaining("symbolic link loop");
	}

	@Test
	void aLoopInAFolderOnTheWayAndAKindFolderLinkedToItselfAreReported() throws IOException {
		Files.createSymbolicLink(this.input.resolve("loop"), Path.of("loop"));
		Path viaLoop = Files.createSymbolicLink(this.metrics.resolve("x.csv"), Path.of("../loop/x.csv"));
		assertThatThrownBy(() -> InputFolder.list(this.metrics)).isInstanceOf(InputFolder.UnsafeLinkException.class)
			.hasMessageStartingWith(viaLoop + ": a symbolic link loop");

		Path chaos = Files.createSymbolicLink(this.input.resolve("chaos"), Path.of("chaos"));
		assertThatThrownBy(() -> InputFolder.list(chaos)).isInstanceOf(InputFolder.UnsafeLinkException.class)
			.hasMessageStartingWith(chaos + ": a symbolic link loop");
	}

	@Test
	void aLinkToNothingIsReportedNotSilentlySkipped() throws IOException {
		Path link = Files.createSymbolicLink(this.metrics.resolve("gone.csv"), Path.of("rotated-away.csv"));
		assertThatThrownBy(() -> InputFolder.list(this.metrics)).isInstanceOf(InputFolder.UnsafeLinkException.class)
			.hasMessage(link + ": a symbolic link to " + this.metrics.toAbsolutePath().resolve("rotated-away.csv")
					+ ", which does not exist: the export it stood for is missing; remove or fix the link");
	}

	@Test
	void linksThatAreNoExportAreIgnoredAsBefore() throws IOException {
		// not an export by name: never listed, wherever it points; a folder named like an export is no file
		Files.createSymbolicLink(this.metrics.resolve("notes.txt"), this.outside);
		Files.createDirectories(this.input.resolve("sub.csv"));
		Files.createSymbolicLink(this.metrics.resolve("folder.csv"), Path.of("../sub.csv"));
		Files.writeString(this.metrics.resolve("a.CSV"), HEADER);
		assertThat(InputFolder.list(this.metrics)).containsExactly(this.metrics.resolve("a.CSV"));
		assertThat(InputFolder.list(this.input.resolve("absent"))).isEmpty();
		assertThat(InputFolder.list(this.work.resolve("no-input/metrics"))).isEmpty();
	}

	private static List<CsvRow> readAll(Path folder) {
		CsvFilesReader reader = new CsvFilesReader(folder, MetricRowParser.LAYOUT, () -> {
		});
		try {
			reader.open(new ExecutionContext());
			List<CsvRow> rows = new ArrayList<>();
			for (CsvRow row = reader.read(); row != null; row = reader.read()) {
				rows.add(row);
			}
			return rows;
		}
		finally {
			reader.close();
		}
	}

	private LatestSample latestSample() {
		OpsReportProperties properties = new OpsReportProperties(this.input, this.input, this.input, this.input,
				new OpsReportProperties.Ingest(2000, 0.01, Duration.ofHours(24), true),
				new OpsReportProperties.Coverage(Period.ofDays(28), 2));
		return new LatestSample(new IngestHarness().samples, IngestHarness.CLOCK, properties, IngestLimits.defaults(),
				CounterMetrics.none());
	}

}
