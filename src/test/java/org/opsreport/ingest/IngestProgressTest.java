package org.opsreport.ingest;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.Chunk;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15 class 10: a long ingest logs its progress (file, rows, rate) at the interval, and a summary. */
class IngestProgressTest {

	private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

	private final Logger logger = (Logger) LoggerFactory.getLogger(IngestProgress.class);

	@BeforeEach
	void capture() {
		this.logged.start();
		this.logger.addAppender(this.logged);
	}

	@AfterEach
	void release() {
		this.logger.detachAppender(this.logged);
	}

	@Test
	void logsAtTheIntervalWithFileRowsAndRateAndASummaryAtTheEnd() {
		AtomicLong now = new AtomicLong();
		IngestProgress progress = new IngestProgress("metrics", Duration.ofSeconds(10), now::get);
		progress.written("metrics/a.csv", 2000, 0);
		now.set(Duration.ofSeconds(9).toNanos());
		progress.written("metrics/a.csv", 2000, 1);
		assertThat(this.logged.list).isEmpty();
		now.set(Duration.ofSeconds(10).toNanos());
		progress.written("metrics/b.csv", 2000, 0);
		assertThat(messages()).containsExactly(
				"metrics ingest: 6,000 rows so far (1 rejected) in 2 file(s), 600 rows/s; reading metrics/b.csv");
		now.set(Duration.ofSeconds(12).toNanos());
		assertThat(progress.summary("COMPLETED"))
			.isEqualTo("metrics ingest completed: 6,000 rows (1 rejected) from 2 file(s) read in 12.0 s, 500 rows/s");
	}

	@Test
	void theWriterReportsEveryChunkSoAZeroIntervalLogsEach() throws Exception {
		IngestHarness store = new IngestHarness();
		MetricSampleWriter writer = new MetricSampleWriter(store.samples, store.stats);
		writer.reportProgressTo(new IngestProgress("metrics", Duration.ZERO));
		var rows = List.<Parsed<MetricSample>>of(
				new Parsed.Accepted<>("metrics/a.csv", 2,
						new MetricSample("svc", "request_rate", java.time.Instant.parse("2026-11-01T00:00:00Z"), 1)),
				new Parsed.Rejected<>("metrics/a.csv", 3, "value", "'x' is not a number", "raw"));
		writer.write(new Chunk<>(rows));
		writer.write(new Chunk<>(rows));
		assertThat(messages()).hasSize(2)
			.allSatisfy(m -> assertThat(m).startsWith("metrics ingest: ").contains("reading metrics/a.csv"))
			.last()
			.asString()
			.contains("4 rows so far (2 rejected)");
	}

	private List<String> messages() {
		return this.logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
	}

}
