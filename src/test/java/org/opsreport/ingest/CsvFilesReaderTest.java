package org.opsreport.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvFilesReaderTest {

	@TempDir
	Path folder;

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaksAndKeepsLineNumbers() throws IOException {
		write("a.csv", "timestamp,service,metric,value\n" + "\"2026-11-01T00:00:00Z\",\"svc, with comma\",cpu_utilization,1\n"
				+ "2026-11-01T00:05:00Z,\"multi\nline \"\"quoted\"\"\",cpu_utilization,2\n"
				+ "2026-11-01T00:10:00Z,svc,cpu_utilization,3\n");
		List<CsvRow> rows = records(readAll(MetricRowParser.LAYOUT));
		assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L, 5L);
		assertThat(rows.get(0).get("service")).isEqualTo("svc, with comma");
		assertThat(rows.get(1).get("service")).isEqualTo("multi\nline \"quoted\"");
	}

	@Test
	void dropsTheByteOrderMarkAndReadsCrlf() throws IOException {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = "timestamp,service,metric,value\r\n2026-11-01T00:00:00Z,svc,cpu_utilization,1\r\n"
			.getBytes(StandardCharsets.UTF_8);
		byte[] content = Arrays.copyOf(bom, bom.length + text.length);
		System.arraycopy(text, 0, content, bom.length, text.length);
		Files.write(this.folder.resolve("bom.csv"), content);
		List<CsvRow> rows = records(readAll(MetricRowParser.LAYOUT));
		assertThat(rows).singleElement().satisfies(r -> {
			assertThat(r.get("timestamp")).isEqualTo("2026-11-01T00:00:00Z");
			assertThat(r.get("value")).isEqualTo("1");
		});
	}

	@Test
	void readsGzipAndSkipsBlankLinesAndCountsFieldsOfMalformedRows() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write("timestamp,service,metric,value\n\n2026-11-01T00:00:00Z,svc,cpu_utilization,1,extra\n2026-11-01T00:05:00Z,svc\n"
				.getBytes(StandardCharsets.UTF_8));
		}
		Files.write(this.folder.resolve("m.csv.gz"), bytes.toByteArray());
		List<CsvRow> rows = records(readAll(MetricRowParser.LAYOUT));
		assertThat(rows).extracting(CsvRow::line).containsExactly(3L, 4L);
		assertThat(rows).extracting(CsvRow::fieldCount).containsExactly(5, 2);
		MetricRowParser parser = new MetricRowParser(java.time.Clock.systemUTC(), java.time.Duration.ofDays(1));
		assertThat(parser.process(rows.get(0))).isInstanceOfSatisfying(Parsed.Rejected.class,
				r -> assertThat(r.reason()).isEqualTo("expected 4 columns, found 5"));
	}

	@Test
	void aWrongHeaderFailsWithTheFileAndTheMissingColumns() throws IOException {
		write("bad.csv", "time,svc,metric,value\n2026-11-01T00:00:00Z,svc,cpu_utilization,1\n");
		assertThatThrownBy(() -> readAll(MetricRowParser.LAYOUT)).isInstanceOf(InputFileException.class)
			.hasMessageContaining("bad.csv")
			.hasMessageContaining("missing column(s) timestamp, service");
	}

	@Test
	void aBinaryFileFails() throws IOException {
		Files.write(this.folder.resolve("x.csv"), new byte[] { 0, 1, 2, (byte) 0xff, (byte) 0xfe, 10 });
		assertThatThrownBy(() -> readAll(MetricRowParser.LAYOUT)).isInstanceOf(InputFileException.class)
			.hasMessageContaining("x.csv");
	}

	@Test
	void anEmptyFileIsAWarningNotAFailure() throws IOException {
		write("empty.csv", "");
		List<CsvRow> rows = readAll(MetricRowParser.LAYOUT);
		assertThat(rows).singleElement().satisfies(r -> {
			assertThat(r.kind()).isEqualTo(CsvRow.Kind.FILE_STARTED);
			assertThat(r.message()).containsExactly("empty file: no header and no rows");
		});
	}

	@Test
	void unknownColumnsAreIgnoredWithOneWarningPerFile() throws IOException {
		write("i.csv", "id,title,services,detected_at,resolved_at,pager\nA,t,s,2026-11-01T00:00:00Z,,x\n");
		List<CsvRow> rows = readAll(IncidentRowParser.layout(java.util.Map.of()));
		assertThat(rows.get(0).message()).containsExactly("ignored unknown column(s): pager");
		assertThat(records(rows)).hasSize(1);
	}

	@Test
	void aTruncatedGzipKeepsTheRowsBeforeAndReportsTheBreak() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			StringBuilder text = new StringBuilder("timestamp,service,metric,value\n");
			for (int i = 0; i < 5000; i++) {
				text.append(1795957500 + i * 300).append(",svc,cpu_utilization,").append(i % 100).append('\n');
			}
			gzip.write(text.toString().getBytes(StandardCharsets.UTF_8));
		}
		byte[] all = bytes.toByteArray();
		Files.write(this.folder.resolve("t.csv.gz"), Arrays.copyOf(all, all.length / 2));
		List<CsvRow> rows = readAll(MetricRowParser.LAYOUT);
		assertThat(records(rows)).isNotEmpty().hasSizeLessThan(5000);
		assertThat(rows.get(rows.size() - 1).kind()).isEqualTo(CsvRow.Kind.FILE_BROKEN);
		assertThat(rows.get(rows.size() - 1).message().get(0)).contains("file ends early");
	}

	@Test
	void aRestartSkipsMoreThanTheRecordBoundOfRowsWithoutTakingThemForOneLongRecord() throws IOException {
		// 5,000 rows of ~20 characters = ~100,000 characters skipped at the restart, bound 100 (+ parser slack 65,536)
		StringBuilder content = new StringBuilder("timestamp,service,metric,value\n");
		for (int i = 1; i <= 5000; i++) {
			content.append(1_700_000_000L + i).append(",a,m,").append(i).append('\n');
		}
		write("a.csv", content.toString());
		IngestLimits limits = new IngestLimits(100, 100, 1L << 30, 200, java.time.Duration.ofSeconds(10));
		ExecutionContext context = new ExecutionContext();
		CsvFilesReader first = new CsvFilesReader(this.folder, MetricRowParser.LAYOUT, () -> {
		}, UnchangedFiles.none(), limits);
		first.open(context);
		int records = 0;
		while (records < 4990) {
			if (first.read().kind() == CsvRow.Kind.RECORD) {
				records++;
			}
		}
		first.update(context);
		first.close();

		CsvFilesReader second = new CsvFilesReader(this.folder, MetricRowParser.LAYOUT, () -> {
		}, UnchangedFiles.none(), limits);
		second.open(context);
		List<String> rest = new ArrayList<>();
		for (CsvRow row = second.read(); row != null; row = second.read()) {
			if (row.kind() == CsvRow.Kind.RECORD) {
				rest.add(row.get("value"));
			}
		}
		second.close();
		assertThat(rest).containsExactly("4991", "4992", "4993", "4994", "4995", "4996", "4997", "4998", "4999", "5000");
	}

	@Test
	void restartsAfterTheLastSavedPosition() throws IOException {
		write("a.csv", "timestamp,service,metric,value\n1,a,m,1\n2,a,m,2\n");
		write("b.csv", "timestamp,service,metric,value\n3,a,m,3\n4,a,m,4\n");
		ExecutionContext context = new ExecutionContext();
		CsvFilesReader first = new CsvFilesReader(this.folder, MetricRowParser.LAYOUT, () -> {
		});
		first.open(context);
		List<String> seen = new ArrayList<>();
		for (int i = 0; i < 4; i++) { // start(a), 1, 2, start(b)
			CsvRow row = first.read();
			if (row.kind() == CsvRow.Kind.RECORD) {
				seen.add(row.get("value"));
			}
		}
		CsvRow third = first.read();
		seen.add(third.get("value"));
		first.update(context);
		first.close();

		boolean[] fresh = { false };
		CsvFilesReader second = new CsvFilesReader(this.folder, MetricRowParser.LAYOUT, () -> fresh[0] = true);
		second.open(context);
		for (CsvRow row = second.read(); row != null; row = second.read()) {
			if (row.kind() == CsvRow.Kind.RECORD) {
				seen.add(row.get("value"));
			}
		}
		second.close();
		assertThat(seen).containsExactly("1", "2", "3", "4");
		assertThat(fresh[0]).isFalse();
	}

	@Test
	void skipsFilesAnEarlierRunReadWithTheSameContentAndCarriesTheirCountsOver() throws IOException {
		write("a.csv", "timestamp,service,metric,value\n1,a,m,1\n");
		write("b.csv", "timestamp,service,metric,value\n2,a,m,2\n");
		ReadPlan.Content contentOfA = hashes(this.folder).get(this.folder.getFileName() + "/a.csv");
		List<String> carried = new ArrayList<>();
		UnchangedFiles memory = new UnchangedFiles() {
			@Override
			public java.util.Optional<ReadPlan.ReadBefore> readBefore(String file) {
				return file.endsWith("/a.csv")
						? java.util.Optional.of(new ReadPlan.ReadBefore(contentOfA.hash(), contentOfA.size(), 7L))
						: java.util.Optional.empty();
			}

			@Override
			public void carryOver(long fromRun, String file) {
				carried.add(fromRun + ":" + file);
			}
		};
		CsvFilesReader reader = new CsvFilesReader(this.folder, MetricRowParser.LAYOUT, () -> {
		}, memory);
		reader.open(new ExecutionContext());
		List<String> values = new ArrayList<>();
		for (CsvRow row = reader.read(); row != null; row = reader.read()) {
			if (row.kind() == CsvRow.Kind.RECORD) {
				values.add(row.get("value"));
			}
		}
		reader.close();
		assertThat(values).containsExactly("2");
		assertThat(carried).containsExactly("7:" + this.folder.getFileName() + "/a.csv");
		assertThat(reader.filesRead()).containsOnlyKeys(this.folder.getFileName() + "/b.csv");

		// a changed file is read again
		write("a.csv", "timestamp,service,metric,value\n1,a,m,1.5\n");
		CsvFilesReader again = new CsvFilesReader(this.folder, MetricRowParser.LAYOUT, () -> {
		}, memory);
		again.open(new ExecutionContext());
		assertThat(again.filesRead()).containsOnlyKeys(this.folder.getFileName() + "/a.csv",
				this.folder.getFileName() + "/b.csv");
		again.close();
	}

	private static java.util.Map<String, ReadPlan.Content> hashes(Path folder) {
		CsvFilesReader reader = new CsvFilesReader(folder, MetricRowParser.LAYOUT, () -> {
		}, UnchangedFiles.none());
		reader.open(new ExecutionContext());
		java.util.Map<String, ReadPlan.Content> hashes = new java.util.HashMap<>(reader.filesRead());
		reader.close();
		return hashes;
	}

	private void write(String name, String content) throws IOException {
		Files.writeString(this.folder.resolve(name), content);
	}

	private List<CsvRow> readAll(CsvLayout layout) {
		CsvFilesReader reader = new CsvFilesReader(this.folder, layout, () -> {
		});
		reader.open(new ExecutionContext());
		List<CsvRow> rows = new ArrayList<>();
		for (CsvRow row = reader.read(); row != null; row = reader.read()) {
			rows.add(row);
		}
		reader.close();
		return rows;
	}

	private static List<CsvRow> records(List<CsvRow> rows) {
		return rows.stream().filter(r -> r.kind() == CsvRow.Kind.RECORD).toList();
	}

}
