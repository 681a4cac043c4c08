package org.opsreport.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the nightly job on the {@code basic} fixture (2 services, 2 metrics, 2 days of 5-minute samples,
 * a corrected duplicate, three bad rows, three incidents) and checks what is stored and reported.
 */
class NightlyJobFunctionalTest extends FunctionalTestSupport {

	@TempDir
	static Path workspace;

	static final LocalDate DATE = LocalDate.parse("2026-11-02");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		FixtureWorkspace.copy("basic", workspace);
		FixtureWorkspace.register(registry, workspace);
		TestDatabase.register(registry, "nightly_functional");
	}

	static BatchStatus first;

	static JsonNode firstReport;

	/** Not returning JobExecution: @SpringBatchTest would take such a method for a job-scope factory. */
	BatchStatus run(long rerun) throws Exception {
		return jobs().startJob(new JobParametersBuilder().addLocalDate("date", DATE).addLong("rerun", rerun).toJobParameters()).getStatus();
	}

	@BeforeAll
	static void reset() {
		first = null;
	}

	synchronized void runFirstOnce() throws Exception {
		if (first == null) {
			first = run(0);
			firstReport = this.json.readTree(Files.readString(workspace.resolve("reports/2026-11-02/report.json")));
		}
	}

	@Test
	void storesEveryValidRowOnceAndRejectsTheBadOnes() throws Exception {
		runFirstOnce();
		assertThat(first).isEqualTo(BatchStatus.COMPLETED);
		// 2 services x 2 metrics x 576 samples; the corrected duplicate replaced a row, it did not add one
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM metric_sample", Long.class)).isEqualTo(2304);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM series", Long.class)).isEqualTo(4);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM incident", Long.class)).isEqualTo(3);
		assertThat(this.jdbc.queryForObject("""
				SELECT sample_value FROM metric_sample m JOIN series s ON s.id = m.series_id
				WHERE s.service = 'beta' AND s.metric = 'cpu_utilization' AND m.epoch_second = ?""", Double.class,
				java.time.Instant.parse("2026-11-02T15:30:00Z").getEpochSecond()))
			.isEqualTo(55.5);

		JsonNode totals = firstReport.get("ingest").get("totals");
		assertThat(totals.get("read").asLong()).isEqualTo(2308 + 3);
		assertThat(totals.get("inserted").asLong()).isEqualTo(2304 + 3);
		assertThat(totals.get("replaced").asLong()).isEqualTo(1);
		assertThat(totals.get("rejected").asLong()).isEqualTo(3);

		List<String> rejects = Files.readAllLines(workspace.resolve("reports/2026-11-02/rejects.csv"));
		assertThat(rejects).hasSize(4);
		assertThat(rejects.get(0)).isEqualTo("file,line,column,reason,raw");
		assertThat(rejects.get(1)).contains("2026-11-02.csv,307,value,cpu_utilization cannot be negative");
		assertThat(rejects.get(2)).contains(",308,timestamp,").contains("has no time zone");
		assertThat(rejects.get(3)).contains(",309,value,'NaN' is not a finite number");
	}

	@Test
	void reportsCoverageAndTheIncidentsOfTheDay() throws Exception {
		runFirstOnce();
		assertThat(firstReport.get("reportDate").asString()).isEqualTo("2026-11-02");
		assertThat(firstReport.has("generatedAt")).isTrue();
		JsonNode coverage = firstReport.get("coverage").get("series");
		assertThat(coverage).hasSize(4);
		assertThat(coverage.get(0).get("samples").asInt()).isEqualTo(576);
		assertThat(coverage.get(0).get("intervalSeconds").asLong()).isEqualTo(300);
		assertThat(coverage.get(0).get("status").asString()).isEqualTo("ok");

		JsonNode incidents = firstReport.get("today").get("incidents");
		assertThat(incidents).extracting(i -> i.get("id").asString()).containsExactly("INC-2", "INC-3");
		assertThat(incidents.get(1).get("status").asString()).isEqualTo("open");

		String html = Files.readString(workspace.resolve("reports/2026-11-02/report.html"));
		assertThat(html).contains("Data coverage").contains("INC-3").doesNotContain("<script");
		String markdown = Files.readString(workspace.resolve("reports/2026-11-02/report.md"));
		// healthy series are folded into one line; only series with gaps or stale data get a row
		long ok = java.util.stream.StreamSupport.stream(coverage.spliterator(), false)
			.filter(s -> s.get("status").asString().equals("ok"))
			.count();
		assertThat(markdown).contains(ok + " of 4 series ok").doesNotContain("| alpha | cpu\\_utilization | 576 |");
	}

	@Test
	void aRerunOfTheSameDayChangesNothing() throws Exception {
		runFirstOnce();
		BatchStatus again = run(1);
		assertThat(again).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM metric_sample", Long.class)).isEqualTo(2304);
		JsonNode report = this.json.readTree(Files.readString(workspace.resolve("reports/2026-11-02/report.json")));
		// the files did not change: they are not read again, and the report says what the run that read them did
		assertThat(report.get("ingest")).isEqualTo(firstReport.get("ingest"));
		assertThat(report.get("coverage")).isEqualTo(firstReport.get("coverage"));
		assertThat(report.get("today")).isEqualTo(firstReport.get("today"));
		assertThat(Files.readAllLines(workspace.resolve("reports/2026-11-02/rejects.csv"))).hasSize(4);
		assertThat(this.jdbc.queryForList("SELECT file_name FROM ingested_file ORDER BY file_name", String.class))
			.containsExactly("incidents/incidents.csv", "metrics/2026-11-01.csv", "metrics/2026-11-02.csv");
	}

}
