package org.opsreport.prometheus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opsreport.slo.MetricRef;
import org.opsreport.slo.MetricSourceMapping.QuerySource;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader's window and restart state (the server itself is tested in PrometheusNightFunctionalTest). */
class PrometheusReaderTest {

	static final QuerySource SOURCE = new QuerySource("Prometheus", "up{job=\"shop\"}", new MetricRef("shop", "up"),
			"metric-sources.yaml, sources[0]");

	static final PrometheusProperties PROPERTIES = new PrometheusProperties("http://prometheus", "", Duration.ofSeconds(5),
			Duration.ofMinutes(5), Duration.ofDays(1), 100);

	/** The ranges asked for. */
	final List<String> asked = new ArrayList<>();

	RangeQuery server = (query, start, end, step) -> {
		this.asked.add(start + "/" + end);
		return List.of(new PrometheusClient.Point(start, 1.0));
	};

	PrometheusReader reader(Instant lastStored, ExecutionContext context) {
		PrometheusReader reader = new PrometheusReader(this.server, PROPERTIES, List.of(SOURCE), (source) -> lastStored);
		JobExecution job = new JobExecution(1L, new JobInstance(1L, "nightly"),
				new JobParametersBuilder().addLocalDate("date", java.time.LocalDate.parse("2026-11-03")).toJobParameters());
		reader.beforeStep(new StepExecution(1L, "pullPrometheus", job));
		reader.open(context);
		return reader;
	}

	@Test
	void anEmptyStoreIsPulledFromTheLookbackInChunks() throws Exception {
		PrometheusReader reader = reader(null, new ExecutionContext());
		while (reader.read() != null) {
			// drain
		}
		// 1 day lookback = 288 instants, at most 100 a request
		assertThat(this.asked).containsExactly("2026-11-03T00:00:00Z/2026-11-03T08:15:00Z",
				"2026-11-03T08:20:00Z/2026-11-03T16:35:00Z", "2026-11-03T16:40:00Z/2026-11-03T23:55:00Z");
	}

	@Test
	void theWindowStartsAfterTheLastStoredSample() throws Exception {
		PrometheusReader reader = reader(Instant.parse("2026-11-03T20:00:00Z"), new ExecutionContext());
		while (reader.read() != null) {
			// drain
		}
		assertThat(this.asked).containsExactly("2026-11-03T20:05:00Z/2026-11-03T23:55:00Z");
	}

	@Test
	void theLastFetchedTimeIsTheStateARestartGoesOnFrom() throws Exception {
		ExecutionContext context = new ExecutionContext();
		PrometheusReader first = reader(null, context);
		first.read();
		first.update(context); // the chunk committed with its state
		assertThat(context.getLong(PrometheusReader.key(SOURCE)))
			.isEqualTo(Instant.parse("2026-11-03T08:15:00Z").getEpochSecond());
		// the run dies here; its restart reopens the saved context (the store did not see the commit, say)
		this.asked.clear();
		PrometheusReader restarted = reader(null, new ExecutionContext(Map.copyOf(context.toMap())));
		while (restarted.read() != null) {
			// drain
		}
		assertThat(this.asked).containsExactly("2026-11-03T08:20:00Z/2026-11-03T16:35:00Z",
				"2026-11-03T16:40:00Z/2026-11-03T23:55:00Z");
	}

}
