package org.opsreport.ingest;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 15 class 4 (ingest side): every bound at the door, at the bound and just past it, with the
 * file, line, column and reason of the refusal.
 */
class IngestBoundsTest {

	@TempDir
	Path folder;

	private static final String HEADER = "timestamp,service,metric,value\n";

	private static final String T = "2026-11-01T00:00:00Z";

	// names: 90 UTF-8 bytes (service and metric become chart file names)

	@Test
	void serviceAndMetricNamesUpTo90BytesAreAcceptedAndLongerOnesRejected() throws Exception {
		assertThat(metric(T + "," + "s".repeat(90) + ",request_rate,1")).isInstanceOf(Parsed.Accepted.class);
		assertRejected(metric(T + "," + "s".repeat(91) + ",request_rate,1"), "service",
				"is 91 bytes in UTF-8, longer than 90");
		// multi-byte: 45 x é is 90 bytes, 46 x é 92 bytes (46 characters)
		assertThat(metric(T + ",svc," + "é".repeat(45) + ",1")).isInstanceOf(Parsed.Accepted.class);
		assertRejected(metric(T + ",svc," + "é".repeat(46) + ",1"), "metric", "is 92 bytes in UTF-8");
	}

	@Test
	void incidentServicesAndChaosTargetsAreNamesToo() throws Exception {
		IncidentRowParser incidents = new IncidentRowParser(IngestHarness.CLOCK, Duration.ofHours(24), w -> null);
		CsvLayout layout = IncidentRowParser.layout(Map.of());
		String header = "id,title,services,detected_at,resolved_at";
		assertThat(incidents.process(row(layout, header, "INC-1,t,a;" + "s".repeat(90) + "," + T + ",")))
			.isInstanceOf(Parsed.Accepted.class);
		assertRejected(incidents.process(row(layout, header, "INC-1,t,a;" + "s".repeat(91) + "," + T + ",")), "services",
				"91 bytes");
		ChaosRowParser chaos = new ChaosRowParser(IngestHarness.CLOCK, Duration.ofHours(24));
		String chaosHeader = "id,name,type,target_services,started_at,duration_minutes,hypothesis,success_criteria";
		assertRejected(chaos.process(row(ChaosRowParser.LAYOUT, chaosHeader,
				"C-1,n,latency," + "s".repeat(91) + "," + T + ",10,,")), "target_services", "91 bytes");
	}

	@Test
	void incidentIdsAndTitlesAreBoundedByTheirColumns() throws Exception {
		IncidentRowParser incidents = new IncidentRowParser(IngestHarness.CLOCK, Duration.ofHours(24), w -> null);
		CsvLayout layout = IncidentRowParser.layout(Map.of());
		String header = "id,title,services,detected_at,resolved_at";
		assertThat(incidents.process(row(layout, header, "i".repeat(200) + "," + "t".repeat(2000) + ",svc," + T + ",")))
			.isInstanceOf(Parsed.Accepted.class);
		assertRejected(incidents.process(row(layout, header, "i".repeat(201) + ",t,svc," + T + ",")), "id",
				"longer than 200 characters");
		assertRejected(incidents.process(row(layout, header, "INC-1," + "t".repeat(2001) + ",svc," + T + ",")), "title",
				"longer than 2000 characters");
	}

	@Test
	void chaosDurationsUpToAYearAreAccepted() throws Exception {
		ChaosRowParser chaos = new ChaosRowParser(IngestHarness.CLOCK, Duration.ofHours(24));
		String header = "id,name,type,target_services,started_at,duration_minutes,hypothesis,success_criteria";
		assertThat(chaos.process(row(ChaosRowParser.LAYOUT, header, "C-1,n,latency,svc," + T + ",525600,,")))
			.isInstanceOf(Parsed.Accepted.class);
		assertRejected(chaos.process(row(ChaosRowParser.LAYOUT, header, "C-1,n,latency,svc," + T + ",525601,,")),
				"duration_minutes", "longer than 525600 minutes");
	}

	// magnitudes: |value| <= 1e15, so sums stay finite

	@Test
	void valuesUpTo1e15InMagnitudeAreAcceptedAndLargerOnesRejected() throws Exception {
		assertThat(metric(T + ",svc,requests_total,1e15")).isInstanceOf(Parsed.Accepted.class);
		assertThat(metric(T + ",svc,delta,-1e15")).isInstanceOf(Parsed.Accepted.class);
		assertRejected(metric(T + ",svc,requests_total,1.0000000000000002e15"), "value",
				"beyond the largest accepted magnitude 1e15");
		assertRejected(metric(T + ",svc,requests_total,1e308"), "value", "beyond the largest accepted magnitude");
		assertRejected(metric(T + ",svc,delta,-1.0000000000000002e15"), "value", "magnitude");
		// a million of the largest values still sum to a finite number
		assertThat(Double.isFinite(1e15 * 1e6 * 1e6)).isTrue();
	}

	// record length, content size and header width, with small bounds

	@Test
	void aRecordOfTheMaximumLengthIsReadAndOneCharacterMoreIsRejectedWithItsLine() throws Exception {
		// 20 + 1 + 64 + 1 + 12 + 1 + 1 = 100 characters
		String atBound = T + "," + "s".repeat(64) + ",request_rate,1";
		String past = T + "," + "s".repeat(65) + ",request_rate,1";
		assertThat(atBound).hasSize(100);
		Files.writeString(this.folder.resolve("a.csv"), HEADER + atBound + "\n" + past + "\n" + T + ",svc,request_rate,2\n");
		List<CsvRow> rows = read(limits(100, 1 << 20, 10));
		assertThat(rows).extracting(CsvRow::kind)
			.containsExactly(CsvRow.Kind.FILE_STARTED, CsvRow.Kind.RECORD, CsvRow.Kind.RECORD_REJECTED, CsvRow.Kind.RECORD);
		assertThat(rows.get(2).line()).isEqualTo(3);
		assertThat(rows.get(2).message()).containsExactly(
				"record of 101 characters, longer than 100 (opsreport.ingest.max-record-chars)");
	}

	@Test
	void anUnclosedQuoteBreaksTheFileOffInsteadOfFillingTheHeap() throws Exception {
		// default bounds (1 MiB records): 8 MiB of one quoted field, gzip-compressed to a small file
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (OutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write((HEADER + T + ",svc,request_rate,1\n" + T + ",\"").getBytes(StandardCharsets.UTF_8));
			byte[] block = "a".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
			for (int i = 0; i < 128; i++) {
				gzip.write(block);
			}
		}
		assertThat(bytes.size()).isLessThan(1 << 20);
		Files.write(this.folder.resolve("bomb.csv.gz"), bytes.toByteArray());
		List<CsvRow> rows = read(IngestLimits.defaults());
		assertThat(rows).extracting(CsvRow::kind)
			.containsExactly(CsvRow.Kind.FILE_STARTED, CsvRow.Kind.RECORD, CsvRow.Kind.FILE_BROKEN);
		assertThat(rows.get(2).line()).isEqualTo(3);
		assertThat(rows.get(2).message().get(0)).startsWith(CsvFilesReader.BROKEN_OFF)
			.contains("a record longer than 1048576 characters (opsreport.ingest.max-record-chars");
	}

	@Test
	void contentUpToTheDecompressedBoundIsReadAndBeyondItTheFileBreaksOff() throws Exception {
		String content = HEADER + T + ",svc,request_rate,1\n";
		gzip("a.csv.gz", content);
		List<CsvRow> atBound = read(limits(1 << 20, content.length(), 10));
		assertThat(atBound).extracting(CsvRow::kind).containsExactly(CsvRow.Kind.FILE_STARTED, CsvRow.Kind.RECORD);
		// a small file breaks while its header is read: the file fails, named (a large one breaks off mid-file)
		assertThatThrownBy(() -> read(limits(1 << 20, content.length() - 1, 10))).isInstanceOf(InputFileException.class)
			.hasMessageContaining("a.csv.gz")
			.hasMessageContaining("content larger than " + (content.length() - 1)
					+ " bytes (opsreport.ingest.max-decompressed-bytes)");
	}

	@Test
	void aLargeFileBeyondTheDecompressedBoundBreaksOffMidFile() throws Exception {
		StringBuilder content = new StringBuilder(HEADER);
		for (int i = 0; i < 10_000; i++) {
			content.append(1793491200L + i).append(",svc,request_rate,1\n");
		}
		gzip("a.csv.gz", content.toString());
		List<CsvRow> rows = read(limits(1 << 20, 100_000, 10));
		assertThat(rows).last().satisfies(r -> {
			assertThat(r.kind()).isEqualTo(CsvRow.Kind.FILE_BROKEN);
			assertThat(r.message().get(0)).startsWith(CsvFilesReader.BROKEN_OFF).contains("content larger than 100000 bytes");
		});
		// the break is reported where the parser stood when the read-ahead (64 KiB) crossed the bound
		assertThat(rows.size()).isBetween(1000, 3335);
	}

	@Test
	void aHeaderUpToTheWidthIsReadAndAWiderOneFailsTheFile() throws Exception {
		Files.writeString(this.folder.resolve("a.csv"), "timestamp,service,metric,value,x\n" + T + ",svc,request_rate,1,\n");
		assertThat(read(limits(1 << 20, 1 << 20, 5))).hasSize(2);
		Files.writeString(this.folder.resolve("a.csv"), "timestamp,service,metric,value,x,y\n");
		assertThatThrownBy(() -> read(limits(1 << 20, 1 << 20, 5))).isInstanceOf(InputFileException.class)
			.hasMessageContaining("a.csv")
			.hasMessageContaining("header has 6 columns, more than 5 (opsreport.ingest.max-columns)");
	}

	@Test
	void manyLongUnknownColumnsGiveAWarningThatFitsItsColumn() throws Exception {
		StringBuilder header = new StringBuilder("timestamp,service,metric,value");
		for (int i = 0; i < 199 - 4; i++) {
			header.append(",unknown_").append(i).append("_").append("x".repeat(300));
		}
		Files.writeString(this.folder.resolve("a.csv"), header + "\n");
		List<CsvRow> rows = read(IngestLimits.defaults());
		assertThat(rows.get(0).message()).singleElement().satisfies(w -> {
			assertThat(w).startsWith("ignored unknown column(s): unknown_0_");
			assertThat(w.length()).isLessThanOrEqualTo(1000);
		});
		IngestHarness store = new IngestHarness();
		store.stats.fileStarted(1, "metrics", "metrics/a.csv", List.of(rows.get(0).message().get(0), "x".repeat(5000)));
		assertThat(store.stats.files(1)).singleElement().satisfies(f -> assertThat(f.warnings()).hasSizeLessThanOrEqualTo(4000));
	}

	@Test
	void nonsensicalLimitsAreRefusedNamingTheProperty() {
		assertThatThrownBy(() -> new IngestLimits(-1, 1 << 20, 1 << 20, 200, Duration.ZERO))
			.hasMessage("opsreport.ingest.reject-ceiling-min-rows must be 0 or more, not -1");
		assertThatThrownBy(() -> new IngestLimits(100, 0, 1 << 20, 200, Duration.ZERO))
			.hasMessageStartingWith("opsreport.ingest.max-record-chars must be at least 64");
		assertThatThrownBy(() -> new IngestLimits(100, 1 << 20, 1 << 20, 3, Duration.ZERO))
			.hasMessageStartingWith("opsreport.ingest.max-columns must be at least 4");
	}

	private static IngestLimits limits(int maxRecordChars, long maxBytes, int maxColumns) {
		return new IngestLimits(100, maxRecordChars, maxBytes, maxColumns, Duration.ofSeconds(10));
	}

	private void gzip(String name, String content) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (OutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write(content.getBytes(StandardCharsets.UTF_8));
		}
		Files.write(this.folder.resolve(name), bytes.toByteArray());
	}

	private List<CsvRow> read(IngestLimits limits) {
		CsvFilesReader reader = new CsvFilesReader(this.folder, MetricRowParser.LAYOUT, () -> {
		}, UnchangedFiles.none(), limits);
		reader.open(new ExecutionContext());
		List<CsvRow> rows = new ArrayList<>();
		try {
			for (CsvRow row = reader.read(); row != null; row = reader.read()) {
				rows.add(row);
			}
		}
		finally {
			reader.close();
		}
		return rows;
	}

	private static Parsed<MetricSample> metric(String line) {
		return new MetricRowParser(IngestHarness.CLOCK, Duration.ofHours(24))
			.process(row(MetricRowParser.LAYOUT, HEADER.trim(), line));
	}

	private static CsvRow row(CsvLayout layout, String header, String line) {
		List<String> names = java.util.Arrays.stream(header.split(",")).map(layout::canonical).toList();
		return CsvRow.record("x.csv", 2, names, line.split(",", -1));
	}

	private static void assertRejected(Parsed<?> parsed, String column, String reason) {
		assertThat(parsed).isInstanceOfSatisfying(Parsed.Rejected.class, r -> {
			assertThat(r.column()).isEqualTo(column);
			assertThat(r.reason()).contains(reason);
		});
	}

}
