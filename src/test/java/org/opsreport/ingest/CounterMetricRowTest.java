package org.opsreport.ingest;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opsreport.store.CounterMetrics;

import static org.assertj.core.api.Assertions.assertThat;

/** A metric declared a counter at ingest is stored as exported; a negative value is refused, naming the reason. */
class CounterMetricRowTest {

	final MetricRowParser parser = new MetricRowParser(IngestHarness.CLOCK, Duration.ofHours(24),
			CounterMetrics.of("checkout/http_requests"));

	Parsed<MetricSample> row(long line, String service, String value) {
		return this.parser.process(CsvRow.record("metrics/export.csv", line, MetricRowParser.LAYOUT.required(),
				new String[] { "2026-11-02T10:00:00Z", service, "http_requests", value }));
	}

	@Test
	void aCounterIsStoredAsExported() {
		assertThat(row(2, "checkout", "123456")).isInstanceOfSatisfying(Parsed.Accepted.class,
				(accepted) -> assertThat(((MetricSample) accepted.value()).value()).isEqualTo(123456));
	}

	@Test
	void aNegativeCounterIsRejectedWithFileLineColumnAndReason() {
		assertThat(row(7, "checkout", "-3")).isInstanceOfSatisfying(Parsed.Rejected.class, (rejected) -> {
			assertThat(rejected.file()).isEqualTo("metrics/export.csv");
			assertThat(rejected.line()).isEqualTo(7);
			assertThat(rejected.column()).isEqualTo("value");
			assertThat(rejected.reason()).isEqualTo(
					"http_requests is declared a counter (opsreport.ingest.counter-metrics) and cannot be negative (-3.0)");
		});
	}

	@Test
	void theSameMetricOfAnUndeclaredServiceMayBeNegative() {
		assertThat(row(3, "search", "-3")).isInstanceOf(Parsed.Accepted.class);
	}

}
