package org.opsreport.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.opsreport.OpsReportProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 class 2: the default report date comes only from rows ingest would accept: the same
 * future tolerance (at the bound and one second past it), epoch range and value rules.
 */
class LatestSampleTest {

	@TempDir
	Path input;

	private final IngestHarness store = new IngestHarness();

	private LatestSample latestSample() {
		OpsReportProperties properties = new OpsReportProperties(this.input, this.input, this.input, this.input,
				new OpsReportProperties.Ingest(2000, 0.01, Duration.ofHours(24), true),
				new OpsReportProperties.Coverage(Period.ofDays(28), 2));
		return new LatestSample(this.store.samples, IngestHarness.CLOCK, properties, IngestLimits.defaults(),
				org.opsreport.store.CounterMetrics.none());
	}

	@Test
	void rowsIngestRejectsDoNotMoveTheReportDate() throws Exception {
		// the wall clock of the harness is 2026-11-03T00:00:00Z; the tolerance 24 hours
		write("a.csv", """
				timestamp,service,metric,value
				2026-11-01T00:00:00Z,svc,request_rate,1
				2099-12-31T00:00:00Z,svc,request_rate,1
				99999999999,svc,request_rate,1
				2026-11-04T00:00:01Z,svc,request_rate,1
				2026-11-03T12:00:00Z,svc,request_rate,abc
				2026-11-03T13:00:00Z,svc,request_rate,1e300
				2026-11-03T14:00:00Z,svc,cpu_utilization,140
				2026-11-03T15:00:00Z,svc,request_rate,-1
				""");
		assertThat(latestSample().find(this.input)).contains(Instant.parse("2026-11-01T00:00:00Z"));
	}

	@Test
	void aRowAtTheFutureToleranceCounts() throws Exception {
		write("a.csv", """
				timestamp,service,metric,value
				2026-11-01T00:00:00Z,svc,request_rate,1
				2026-11-04T00:00:00Z,svc,request_rate,1
				""");
		assertThat(latestSample().find(this.input)).contains(Instant.parse("2026-11-04T00:00:00Z"));
	}

	@Test
	void aFileIngestRefusesDoesNotCountAndOthersStill() throws Exception {
		write("a.csv", "time,svc,metric,value\n2026-11-02T00:00:00Z,svc,request_rate,1\n");
		write("b.csv", "timestamp,service,metric,value\n2026-11-01T00:00:00Z,svc,request_rate,1\n");
		assertThat(latestSample().find(this.input)).contains(Instant.parse("2026-11-01T00:00:00Z"));
	}

	@Test
	void onlyRejectedRowsMeanNoDate() throws Exception {
		write("a.csv", "timestamp,service,metric,value\n2099-12-31T00:00:00Z,svc,request_rate,1\n");
		assertThat(latestSample().find(this.input)).isEmpty();
	}

	private void write(String name, String content) throws Exception {
		Path metrics = Files.createDirectories(this.input.resolve("metrics"));
		Files.writeString(metrics.resolve(name), content);
	}

}
