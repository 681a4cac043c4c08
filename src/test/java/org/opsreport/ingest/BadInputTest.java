package org.opsreport.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.opsreport.ingest.IngestHarness.accepted;
import static org.opsreport.ingest.IngestHarness.corpus;
import static org.opsreport.ingest.IngestHarness.incidents;
import static org.opsreport.ingest.IngestHarness.metrics;
import static org.opsreport.ingest.IngestHarness.rejects;

/**
 * One test per item of the bad-input corpus (src/test/resources/bad-input): what is rejected, with
 * which file, line, column and reason, and that the valid rows around it are kept. The README's
 * "Bad input" table states the same behaviour.
 */
class BadInputTest {

	@Test
	void aWrongHeaderFailsTheFileNamingItAndTheMissingColumns() {
		assertThatThrownBy(() -> metrics("wrong-header")).isInstanceOf(InputFileException.class)
			.hasMessageContaining("wrong-header/metrics/export.csv")
			.hasMessageContaining("missing column(s) timestamp, service")
			.hasMessageContaining("expected timestamp,service,metric,value")
			.hasMessageEndingWith("(the first row has 4 columns; known among them: metric, value)");
	}

	@Test
	void aMissingHeaderFailsTheFile() {
		assertThatThrownBy(() -> metrics("missing-header")).isInstanceOf(InputFileException.class)
			.hasMessageContaining("missing-header/metrics/export.csv")
			.hasMessageContaining("wrong header for metrics")
			.hasMessageEndingWith("(the first row has 4 columns, none of them a known column: does the file start with data?)")
			.message()
			.doesNotContain("alpha")
			.doesNotContain("2026-11-01");
	}

	@Test
	void extraAndMissingColumnsRejectTheRow() throws Exception {
		var parsed = metrics("columns");
		assertThat(rejects(parsed)).extracting(r -> r.file(), r -> r.line(), r -> r.column(), r -> r.reason())
			.containsExactly(tuple("metrics/export.csv", 3L, "", "expected 4 columns, found 5"),
					tuple("metrics/export.csv", 4L, "", "expected 4 columns, found 3"));
		assertThat(accepted(parsed)).extracting(a -> a.line()).containsExactly(2L, 5L);
	}

	@Test
	void unparseableImpossibleZonelessAndFutureTimestampsAreRejected() throws Exception {
		var parsed = metrics("timestamps");
		assertThat(rejects(parsed)).extracting(r -> r.line(), r -> r.column()).containsExactly(tuple(3L, "timestamp"),
				tuple(4L, "timestamp"), tuple(5L, "timestamp"), tuple(6L, "timestamp"), tuple(7L, "timestamp"));
		List<String> reasons = rejects(parsed).stream().map(Parsed.Rejected::reason).toList();
		assertThat(reasons.get(0)).isEqualTo("'yesterday' is not a valid ISO-8601 timestamp or epoch seconds");
		assertThat(reasons.get(1)).contains("'2026-02-30T00:00:00Z'").contains("Invalid date 'FEBRUARY 30'");
		assertThat(reasons.get(2)).contains("2099-01-01T00:00:00Z lies in the future (after 2026-11-04T00:00:00Z)");
		assertThat(reasons.get(3)).contains("has no time zone");
		assertThat(reasons.get(4)).contains("looks like epoch milliseconds");
		// the valid ISO and epoch-seconds rows are kept
		assertThat(accepted(parsed)).extracting(a -> a.line()).containsExactly(2L, 8L);
	}

	@Test
	void nanInfinityEmptyAndNonNumericValuesAreRejected() throws Exception {
		var parsed = metrics("values");
		assertThat(rejects(parsed)).extracting(r -> r.line(), r -> r.column(), r -> r.reason())
			.containsExactly(tuple(3L, "value", "'NaN' is not a finite number"),
					tuple(4L, "value", "'Infinity' is not a finite number"),
					tuple(5L, "value", "'-Infinity' is not a finite number"), tuple(6L, "value", "empty value"),
					tuple(7L, "service", "empty value"), tuple(8L, "value", "'abc' is not a number"));
		assertThat(accepted(parsed)).extracting(a -> a.line()).containsExactly(2L, 9L);
	}

	@Test
	void negativeValuesOfNonNegativeMetricsAndPercentAbove100AreRejected() throws Exception {
		var parsed = metrics("ranges");
		assertThat(rejects(parsed)).extracting(r -> r.line(), r -> r.column(), r -> r.reason())
			.containsExactly(tuple(2L, "value", "request_rate cannot be negative (-1.0)"),
					tuple(3L, "value", "avg_response_time_ms cannot be negative (-0.5)"),
					tuple(4L, "value", "cpu_utilization is a percentage and cannot exceed 100 (100.5)"),
					tuple(5L, "value", "memory_utilization cannot be negative (-2.0)"));
		// 100 % is a valid percentage; a metric of unknown meaning may be negative
		assertThat(accepted(parsed)).extracting(a -> a.line()).containsExactly(6L, 7L);
	}

	@Test
	void duplicateRowsWithinAndAcrossFilesLastWinsAndAreCounted() throws Exception {
		for (int chunk : new int[] { 1, 2, 100 }) {
			IngestHarness store = new IngestHarness();
			store.ingestMetrics(corpus("duplicates").resolve("metrics"), chunk);
			assertThat(store.samples()).as("chunk %d", chunk).isEqualTo(3);
			// a.csv line 4 corrects line 2; b.csv corrects 00:05 and repeats 00:10 unchanged
			assertThat(store.value("alpha", "cpu_utilization", "2026-11-01T00:00:00Z")).isEqualTo(7);
			assertThat(store.value("alpha", "cpu_utilization", "2026-11-01T00:05:00Z")).isEqualTo(60);
			assertThat(store.value("alpha", "cpu_utilization", "2026-11-01T00:10:00Z")).isEqualTo(8);
			var files = store.stats.files(0);
			assertThat(files).extracting(f -> f.file(), f -> f.read(), f -> f.inserted(), f -> f.replaced(),
					f -> f.unchanged(), f -> f.rejected())
				.as("chunk %d", chunk)
				.containsExactly(tuple("metrics/a.csv", 4L, 3L, 1L, 0L, 0L), tuple("metrics/b.csv", 2L, 0L, 1L, 1L, 0L));
		}
	}

	@Test
	void duplicateIncidentsWithinAndAcrossFilesLastWinsAndAreCounted() throws Exception {
		for (int chunk : new int[] { 1, 2, 100 }) {
			IngestHarness store = new IngestHarness();
			store.ingestIncidents(corpus("duplicates").resolve("incidents"), chunk);
			assertThat(store.jdbc.queryForList("SELECT id || ' ' || title FROM incident ORDER BY id", String.class))
				.as("chunk %d", chunk)
				.containsExactly("INC-1 First (corrected)", "INC-2 Other");
			// a.csv: INC-1 new, INC-2 new, INC-1 resolved (replaced); b.csv: INC-1 retitled (replaced), INC-2 again
			assertThat(store.stats.files(0)).extracting(f -> f.file(), f -> f.read(), f -> f.inserted(),
					f -> f.replaced(), f -> f.unchanged())
				.as("chunk %d", chunk)
				.containsExactly(tuple("incidents/a.csv", 3L, 2L, 1L, 0L), tuple("incidents/b.csv", 2L, 0L, 1L, 1L));
		}
	}

	@Test
	void aByteOrderMarkIsSkipped() throws Exception {
		var parsed = metrics("bom");
		assertThat(rejects(parsed)).isEmpty();
		assertThat(accepted(parsed)).singleElement()
			.satisfies(a -> assertThat(a.value().service()).isEqualTo("alpha"));
	}

	@Test
	void crlfLineEndsAreReadWithRightLineNumbers() throws Exception {
		var parsed = metrics("crlf");
		assertThat(rejects(parsed)).extracting(r -> r.line(), r -> r.column()).containsExactly(tuple(3L, "value"));
		assertThat(accepted(parsed)).extracting(a -> a.line(), a -> a.value().value())
			.containsExactly(tuple(2L, 5.0), tuple(4L, 7.0));
	}

	@Test
	void quotedFieldsWithCommasAndLineBreaksKeepLaterLineNumbersRight() throws Exception {
		var parsed = incidents("quoted");
		var kept = accepted(parsed);
		assertThat(kept).extracting(a -> a.line(), a -> a.value().title())
			.containsExactly(tuple(2L, "Checkout errors, \"payment declined\""), tuple(5L, "Title, with comma"));
		assertThat(kept.get(0).value().primaryCause()).isEqualTo("a cause\nspanning\nthree lines");
		assertThat(kept.get(1).value().services()).containsExactly("alpha", "beta");
		// INC-3 is on line 6 of the file: the three-line cause of INC-1 counts
		assertThat(rejects(parsed)).extracting(r -> r.file(), r -> r.line(), r -> r.column())
			.containsExactly(tuple("incidents/incidents.csv", 6L, "detected_at"));
	}

	@Test
	void nonUtf8BytesRejectTheRowWithItsLine() throws Exception {
		var parsed = metrics("non-utf8");
		assertThat(rejects(parsed)).extracting(r -> r.line(), r -> r.column(), r -> r.reason())
			.containsExactly(tuple(3L, "service", "not valid UTF-8 text"));
		assertThat(accepted(parsed)).extracting(a -> a.line()).containsExactly(2L, 4L);
	}

	@Test
	void anEmptyFileIsAWarningNotAFailure() throws Exception {
		var parsed = metrics("empty");
		assertThat(parsed.get(0)).isInstanceOfSatisfying(Parsed.FileEvent.class, e -> {
			assertThat(e.file()).isEqualTo("metrics/empty.csv");
			assertThat(e.row().message()).containsExactly("empty file: no header and no rows");
		});
		assertThat(accepted(parsed)).singleElement().satisfies(a -> assertThat(a.file()).isEqualTo("metrics/rows.csv"));
		assertThat(rejects(parsed)).isEmpty();
	}

	@Test
	void aTruncatedGzipKeepsTheRowsBeforeTheBreakAndCountsTheBreakAsAReject() throws Exception {
		IngestHarness store = new IngestHarness();
		store.ingestMetrics(corpus("truncated-gzip").resolve("metrics"), 100);
		long kept = store.samples();
		assertThat(kept).isGreaterThan(100).isLessThan(1440);
		var files = store.stats.files(0);
		assertThat(files).singleElement().satisfies(f -> {
			assertThat(f.file()).isEqualTo("metrics/export.csv.gz");
			assertThat(f.inserted()).isEqualTo(kept);
			assertThat(f.rejected()).isEqualTo(1);
		});
		assertThat(store.stats.rejects(0)).singleElement().satisfies(r -> {
			assertThat(r.line()).isEqualTo(kept + 2); // the line after the last complete row
			assertThat(r.reason()).contains("file ends early (truncated gzip?)");
		});
	}

	@Test
	void anIncidentResolvedBeforeItWasDetectedAndAnUnknownSeverityAreRejected() throws Exception {
		var parsed = incidents("incidents");
		assertThat(rejects(parsed)).extracting(r -> r.line(), r -> r.column(), r -> r.reason())
			.containsExactly(
					tuple(3L, "resolved_at", "resolved_at 2026-11-01T07:00:00Z is before detected_at 2026-11-01T08:00:00Z"),
					tuple(4L, "severity", "unknown severity 'critical-ish' (expected SEV1..SEV4)"));
		assertThat(accepted(parsed)).extracting(a -> a.value().id(), a -> a.value().severity())
			.containsExactly(tuple("INC-1", "SEV2"), tuple("INC-4", "SEV3"));
	}

	@Test
	void controlCharactersAndTimestampsBefore1990RejectTheRow() throws Exception {
		var parsed = metrics("control");
		assertThat(rejects(parsed)).extracting(r -> r.line(), r -> r.column(), r -> r.reason())
			.containsExactly(tuple(3L, "service", "contains control character U+0007"),
					tuple(4L, "timestamp", "timestamp 1980-01-01T00:00:00Z is before 1990-01-01T00:00:00Z"));
		assertThat(accepted(parsed)).extracting(a -> a.line()).containsExactly(2L);
	}

	@Test
	void aGzFileThatIsNotGzipAndABinaryFileFailNamingTheFile() {
		assertThatThrownBy(() -> metrics("not-gzip")).isInstanceOf(InputFileException.class)
			.hasMessageEndingWith("not-gzip/metrics/export.csv.gz: named .gz but is not gzip-compressed");
		assertThatThrownBy(() -> metrics("binary")).isInstanceOf(InputFileException.class)
			.hasMessageEndingWith("binary/metrics/export.csv: not a CSV text file (binary or non-UTF-8 bytes in the header)");
	}

	@Test
	void anUnknownColumnIsIgnoredWithOneWarning() throws Exception {
		var parsed = incidents("unknown-column");
		assertThat(parsed.get(0)).isInstanceOfSatisfying(Parsed.FileEvent.class,
				e -> assertThat(e.row().message()).containsExactly("ignored unknown column(s): owner"));
		assertThat(accepted(parsed)).singleElement().satisfies(a -> assertThat(a.value().id()).isEqualTo("INC-1"));
	}

}
