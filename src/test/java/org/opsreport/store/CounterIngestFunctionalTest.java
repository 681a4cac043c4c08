package org.opsreport.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.opsreport.job.FixtureWorkspace;
import org.opsreport.job.TestDatabase;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A counter declared at ingest gives the same SLO as the same traffic exported as counts per interval.
 * <p>
 * Data (generated below, one CSV whose rows are shuffled): 2026-11-01 to 2026-11-03 every 5 minutes, the data of
 * {@code SloJobFunctionalTest}'s alpha: 100 requests per interval, 50 of them failing on 11-03 from 10:00 to 12:00.
 * gamma exports these counts per interval. alpha exports them as Prometheus-style cumulative counters declared in
 * {@code opsreport.ingest.counter-metrics}: starting at 5000 and 7, restarting twice (one restart inside the error
 * window), with one more sample at 2026-11-04T00:00 that closes the day's last interval. The SLOs
 * alpha-availability (plain metric sources), gamma-availability and alpha-availability-counter
 * ({@code ratioMetric.counter: true} on top of the declaration: converted once, not twice) must all be
 * {@code SloJobFunctionalTest}'s hand-derived result: SLI 85200/86400, 1200 of 864 bad events.
 * The night then runs again with the same file re-read ({@code skip-unchanged-files=false}): the store and the
 * section are unchanged.
 */
@SpringBatchTest
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CounterIngestFunctionalTest {

	@TempDir
	static Path workspace;

	static final LocalDate DATE = LocalDate.parse("2026-11-03");

	static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

	static final Instant END = Instant.parse("2026-11-04T00:00:00Z");

	/** The samples at which alpha's exporter restarted: the counter shows the increase since the restart. */
	static final List<Instant> RESTARTS = List.of(Instant.parse("2026-11-02T06:00:00Z"),
			Instant.parse("2026-11-03T11:00:00Z"));

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		FixtureWorkspace.copy("counters", workspace);
		writeMetrics(workspace.resolve("data/metrics/exported.csv"));
		FixtureWorkspace.register(registry, workspace);
		registry.add("opsreport.ingest.counter-metrics", () -> "alpha/requests_total,alpha/requests_failed");
		registry.add("opsreport.ingest.skip-unchanged-files", () -> "false");
		TestDatabase.register(registry, "counter_functional");
	}

	static boolean errors(Instant t) {
		return !t.isBefore(Instant.parse("2026-11-03T10:00:00Z")) && t.isBefore(Instant.parse("2026-11-03T12:00:00Z"));
	}

	static void writeMetrics(Path file) {
		List<String> rows = new ArrayList<>();
		double total = 5000;
		double failed = 7;
		for (Instant t = START; !t.isAfter(END); t = t.plus(Duration.ofMinutes(5))) {
			if (RESTARTS.contains(t)) {
				// restarted after the previous sample: everything counted since is the previous interval's events
				Instant previous = t.minus(Duration.ofMinutes(5));
				total = 100;
				failed = errors(previous) ? 50 : 0;
			}
			rows.add(t + ",alpha,requests_total," + total);
			rows.add(t + ",alpha,requests_failed," + failed);
			total += 100;
			failed += errors(t) ? 50 : 0;
			if (t.isBefore(END)) {
				rows.add(t + ",gamma,requests_total,100");
				rows.add(t + ",gamma,requests_failed," + (errors(t) ? 50 : 0));
			}
		}
		Collections.shuffle(rows, new Random(18));
		rows.add(0, "timestamp,service,metric,value");
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Autowired
	JobOperator jobOperator;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	@Qualifier("nightly")
	Job nightly;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MetricStore metrics;

	static JsonNode first;

	JsonNode night(long rerun) throws Exception {
		JobOperatorTestUtils utils = new JobOperatorTestUtils(this.jobOperator, this.jobRepository);
		utils.setJob(this.nightly);
		JobExecution execution = utils
			.startJob(new JobParametersBuilder().addLocalDate("date", DATE).addLong("rerun", rerun).toJobParameters());
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		return this.json.readTree(Files.readString(workspace.resolve("reports/2026-11-03/report.json"))).get("slos");
	}

	synchronized JsonNode firstNight() throws Exception {
		if (first == null) {
			first = night(0);
		}
		return first;
	}

	/** An objective's result without what names its SLO, service and incident (findings keep code and severity). */
	JsonNode anonymous(JsonNode objective) {
		ObjectNode copy = (ObjectNode) objective.deepCopy();
		copy.remove(List.of("name", "service", "displayName", "indicator"));
		copy.get("topIncidents").forEach((incident) -> ((ObjectNode) incident).remove(List.of("id", "title")));
		copy.get("findings").forEach((finding) -> ((ObjectNode) finding).remove(List.of("message", "incidentId")));
		return copy;
	}

	@Test
	@Order(1)
	void theCounterSloEqualsTheSameSloOnPerIntervalCounts() throws Exception {
		JsonNode slos = firstNight();
		assertThat(slos).extracting((s) -> s.get("name").asString())
			.containsExactly("alpha-availability", "gamma-availability", "alpha-availability-counter");
		JsonNode alpha = slos.get(0);
		assertThat(alpha.get("sli").asDouble()).isCloseTo(85200.0 / 86400, within(1e-9));
		assertThat(alpha.get("budgetTotal").asDouble()).isCloseTo(864, within(1e-9));
		assertThat(alpha.get("budgetConsumed").asDouble()).isCloseTo(1200, within(1e-9));
		assertThat(alpha.get("burnRates").get("1d").asDouble()).isCloseTo(1200.0 / 28800 / 0.01, within(1e-9));
		assertThat(alpha.get("topIncidents").get(0).get("id").asString()).isEqualTo("INC-1");
		assertThat(anonymous(alpha)).isEqualTo(anonymous(slos.get(1)));
		assertThat(anonymous(slos.get(2))).isEqualTo(anonymous(slos.get(1)));
	}

	@Test
	@Order(2)
	void theStoreKeepsTheExportedCountersAndEveryAnalysisReadsTheIncreases() throws Exception {
		firstNight();
		long alpha = this.metrics.find("alpha", "requests_total").orElseThrow().id();
		long gamma = this.metrics.find("gamma", "requests_total").orElseThrow().id();
		// stored as exported: 864 + 1 samples, the last one the counter at 2026-11-04T00:00
		Samples stored = this.metrics.loadStored(alpha, START, END.plusSeconds(1));
		assertThat(stored.size()).isEqualTo(865);
		assertThat(stored.values()[0]).isEqualTo(5000);
		assertThat(stored.values()[864]).isGreaterThan(100);
		// read (forecasts, scaling, chaos, SLOs all call load): the same values as the per-interval counts
		Samples alphaRead = this.metrics.load(alpha, START, END);
		Samples gammaRead = this.metrics.load(gamma, START, END);
		assertThat(alphaRead.epochSeconds()).containsExactly(gammaRead.epochSeconds());
		assertThat(alphaRead.values()).containsExactly(gammaRead.values());
		long failed = this.metrics.find("alpha", "requests_failed").orElseThrow().id();
		assertThat(java.util.Arrays.stream(this.metrics.load(failed, START, END).values()).sum()).isEqualTo(1200);
	}

	@Test
	@Order(3)
	void reIngestingTheSameFileChangesNothing() throws Exception {
		JsonNode before = firstNight();
		List<Map<String, Object>> stored = this.jdbc.queryForList("""
				SELECT s.service, s.metric, COUNT(*) AS n, SUM(m.sample_value) AS total, MIN(m.epoch_second) AS first_at,
				       MAX(m.epoch_second) AS last_at
				FROM metric_sample m JOIN series s ON s.id = m.series_id GROUP BY s.service, s.metric
				ORDER BY s.service, s.metric""");
		JsonNode again = night(1);
		assertThat(this.jdbc.queryForList("""
				SELECT s.service, s.metric, COUNT(*) AS n, SUM(m.sample_value) AS total, MIN(m.epoch_second) AS first_at,
				       MAX(m.epoch_second) AS last_at
				FROM metric_sample m JOIN series s ON s.id = m.series_id GROUP BY s.service, s.metric
				ORDER BY s.service, s.metric""")).isEqualTo(stored);
		assertThat(again).isEqualTo(before);
		// the second night did read the file again: 864 x 4 rows, alpha's two closing samples and the file's start
		assertThat(this.jdbc.queryForObject("""
				SELECT read_count FROM batch_step_execution WHERE step_name = 'ingestMetrics'
				ORDER BY step_execution_id DESC LIMIT 1""", Long.class)).isEqualTo(864 * 4 + 2 + 1);
	}

}
