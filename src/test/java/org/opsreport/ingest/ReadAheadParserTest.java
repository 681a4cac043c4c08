package org.opsreport.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadAheadParserTest {

	@TempDir
	Path folder;

	final MetricRowParser parser = new MetricRowParser(Clock.systemUTC(), Duration.ofDays(1));

	@Test
	void yieldsWhatReaderAndValidatorYieldOneRowAtATime() throws Exception {
		writeFiles();
		List<String> sequential = new ArrayList<>();
		CsvFilesReader reader = reader();
		reader.open(new ExecutionContext());
		for (CsvRow row = reader.read(); row != null; row = reader.read()) {
			sequential.add(describe(this.parser.process(row)));
		}
		reader.close();
		for (int capacity : new int[] { 1, 3, 1000 }) {
			ReadAheadParser<MetricSample> ahead = new ReadAheadParser<>(reader(), this.parser, capacity);
			ahead.open(new ExecutionContext());
			List<String> parallel = new ArrayList<>();
			for (Parsed<MetricSample> p = ahead.read(); p != null; p = ahead.read()) {
				parallel.add(describe(p));
			}
			assertThat(ahead.read()).isNull();
			ahead.close();
			assertThat(parallel).as("capacity %d", capacity).isEqualTo(sequential);
		}
		assertThat(sequential).hasSize(2 + 2 * 50).anyMatch(s -> s.startsWith("rejected"));
	}

	@Test
	void savesThePositionOfTheLastRowTakenNotOfTheRowsReadAhead() throws Exception {
		writeFiles();
		List<String> all = new ArrayList<>();
		ExecutionContext context = new ExecutionContext();
		ReadAheadParser<MetricSample> first = new ReadAheadParser<>(reader(), this.parser, 10);
		first.open(context);
		for (int i = 0; i < 70; i++) { // start(a), 50 rows of a, start(b), 18 rows of b
			all.add(describe(first.read()));
		}
		Thread.sleep(50); // let the worker read ahead as far as it can
		first.update(context);
		first.close();

		boolean[] fresh = { false };
		ReadAheadParser<MetricSample> second = new ReadAheadParser<>(
				new CsvFilesReader(this.folder, MetricRowParser.LAYOUT, () -> fresh[0] = true), this.parser, 10);
		second.open(context);
		for (Parsed<MetricSample> p = second.read(); p != null; p = second.read()) {
			all.add(describe(p));
		}
		second.close();
		assertThat(fresh[0]).isFalse();
		List<String> expected = new ArrayList<>();
		ReadAheadParser<MetricSample> once = new ReadAheadParser<>(reader(), this.parser, 10);
		once.open(new ExecutionContext());
		for (Parsed<MetricSample> p = once.read(); p != null; p = once.read()) {
			expected.add(describe(p));
		}
		once.close();
		assertThat(all).isEqualTo(expected);
	}

	@Test
	void aFileFailingLaterFailsTheReadAfterTheRowsBeforeIt() throws Exception {
		Files.writeString(this.folder.resolve("a.csv"), "timestamp,service,metric,value\n2026-11-01T00:00:00Z,s,m,1\n");
		Files.writeString(this.folder.resolve("b.csv"), "time,service,metric,value\n2026-11-01T00:00:00Z,s,m,1\n");
		ReadAheadParser<MetricSample> ahead = new ReadAheadParser<>(reader(), this.parser, 10);
		ahead.open(new ExecutionContext());
		assertThat(ahead.read()).isInstanceOf(Parsed.FileEvent.class);
		assertThat(ahead.read()).isInstanceOf(Parsed.Accepted.class);
		assertThatThrownBy(ahead::read).isInstanceOf(InputFileException.class).hasMessageContaining("b.csv");
		assertThat(ahead.read()).isNull();
		ahead.close();
	}

	@Test
	void closingEarlyStopsTheWorkerWaitingForRoom() throws Exception {
		writeFiles();
		ReadAheadParser<MetricSample> ahead = new ReadAheadParser<>(reader(), this.parser, 1);
		ahead.open(new ExecutionContext());
		ahead.read();
		Thread.sleep(20);
		ahead.close();
		assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("ingest-read-ahead"));
	}

	private CsvFilesReader reader() {
		return new CsvFilesReader(this.folder, MetricRowParser.LAYOUT, () -> {
		});
	}

	/** Two files of 50 rows; row 7 of b.csv is rejected (negative CPU). */
	private void writeFiles() throws IOException {
		for (String name : List.of("a.csv", "b.csv")) {
			StringBuilder text = new StringBuilder("timestamp,service,metric,value\n");
			for (int i = 0; i < 50; i++) {
				long second = 1795957500L + i * 300;
				String value = name.equals("b.csv") && i == 7 ? "-1" : Integer.toString(i);
				text.append(second).append(',').append(name).append(",cpu_utilization,").append(value).append('\n');
			}
			Files.writeString(this.folder.resolve(name), text);
		}
	}

	private static String describe(Parsed<MetricSample> parsed) {
		if (parsed instanceof Parsed.Accepted<MetricSample> a) {
			return "accepted " + a.file() + ":" + a.line() + " " + a.value();
		}
		if (parsed instanceof Parsed.Rejected<MetricSample> r) {
			return "rejected " + r.file() + ":" + r.line() + " " + r.column() + " " + r.reason() + " " + r.raw();
		}
		return "event " + parsed.file() + " " + ((Parsed.FileEvent<MetricSample>) parsed).row().kind();
	}

}
