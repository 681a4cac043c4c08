package org.opsreport.job;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opsreport.job.CommandLine.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operator mistakes end with one line on stderr naming what to fix and exit status 2, nothing run;
 * and the report job's restarts and ranges say what they did (issue 15, classes 5 and 6).
 */
class OperatorErrorsTest {

	@TempDir
	Path work;

	Outcome launch(String url, String... args) {
		List<String> extra = new ArrayList<>(List.of("--opsreport.forecast.enabled=false"));
		extra.addAll(List.of(args));
		return CommandLine.run(this.work, List.of("--spring.datasource.url=" + url), "reports",
				extra.toArray(String[]::new));
	}

	String memoryStore() {
		return "jdbc:h2:mem:operator-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			--opsreport.ingest.chunk-size=abc         | invalid value 'abc' for property opsreport.ingest.chunk-size: expected a whole number
			--opsreport.ingest.future-tolerance=soon  | invalid value 'soon' for property opsreport.ingest.future-tolerance: expected a duration
			--opsreport.forecast.horizon=P32D         | opsreport.forecast.horizon must be at most PT744H
			--opsreport.forecast.history=P367D        | opsreport.forecast.history must be between 1 and 366 days
			--opsreport.coverage.window=P367D         | opsreport.coverage.window must be between 1 and 366 days
			--opsreport.forecast.threads=x            | invalid value 'x' for property opsreport.forecast.threads: expected a whole number
			--opsreport.ingest.counter-metrics=a/b/c  | opsreport.ingest.counter-metrics: 'a/b/c' is not a metric name or service/metric
			""")
	void anInvalidPropertyValueIsNamedWithStatus2(String argument, String expected) {
		FixtureWorkspace.copy("basic", this.work);
		Outcome outcome = launch(memoryStore(), argument, "date=2026-11-02");
		assertThat(outcome.status()).as(outcome.stderr()).isEqualTo(ExitCodes.USAGE);
		assertThat(outcome.stderr()).startsWith("opsreport: ").contains(expected);
		assertThat(outcome.stderr().strip().lines()).hasSize(1);
		assertThat(outcome.stdout()).doesNotContain("\tat ").doesNotContain("Exception");
		assertThat(this.work.resolve("reports")).doesNotExist();
	}

	@Test
	void aReportForADateWithoutStoredResultsIsRefusedWithStatus2AndWritesNothing() {
		FixtureWorkspace.copy("basic", this.work);
		Outcome outcome = launch(memoryStore(), "--spring.batch.job.name=report", "date=2026-10-01");
		assertThat(outcome.status()).isEqualTo(ExitCodes.USAGE);
		assertThat(outcome.stderr().strip()).isEqualTo(
				"opsreport: no stored results for 2026-10-01: the report job renders stored results; run nightly for 2026-10-01 first");
		assertThat(this.work.resolve("reports/2026-10-01")).doesNotExist();
	}

	@Test
	void duplicateKeysAndExplicitZerosInServicesYamlAreRefused() throws Exception {
		FixtureWorkspace.copy("basic", this.work);
		Files.writeString(this.work.resolve("jobs/services.yaml"), "services:\n  - name: a\n    team: x\n    team: y\n");
		Outcome duplicate = launch(memoryStore(), "date=2026-11-02");
		assertThat(duplicate.status()).isEqualTo(ExitCodes.USAGE);
		assertThat(duplicate.stderr()).contains("services.yaml").contains("Duplicate").contains("team");
		assertThat(duplicate.stderr().strip().lines()).hasSize(1);

		Files.writeString(this.work.resolve("jobs/services.yaml"), "services:\n  - name: a\n    targetUtilization: 0\n");
		Outcome zero = launch(memoryStore(), "date=2026-11-02");
		assertThat(zero.status()).isEqualTo(ExitCodes.USAGE);
		assertThat(zero.stderr()).contains("services[0].targetUtilization: must not be 0");
	}

	@Test
	void aReportRunWhoseMailFailedIsResumedAtTheMailAndRangesSayWhatTheyRendered() throws Exception {
		FixtureWorkspace.copy("basic", this.work);
		String url = "jdbc:h2:file:" + this.work.resolve("store/opsreport").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
		assertThat(launch(url, "date=2026-11-02").status()).isZero();

		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		Outcome failed = launch(url, "--spring.batch.job.name=report", "date=2026-11-02", "--opsreport.mail.to=ops@example.com",
				"--spring.mail.host=localhost", "--spring.mail.port=" + closed);
		assertThat(failed.status()).as(failed.stderr()).isEqualTo(ExitCodes.FAILED);
		// a killed writer's leftovers are removed by the next run of the date
		Path leftover = Files.writeString(this.work.resolve("reports/2026-11-02/.report.html.999999999-" + UUID.randomUUID() + ".tmp"), "half");

		Outcome resumed = launch(url, "--spring.batch.job.name=report", "date=2026-11-02");
		assertThat(resumed.status()).as(resumed.stderr()).isZero();
		assertThat(resumed.stdout()).contains("Restarting the failed run of report for 2026-11-02")
			.doesNotContain("earlier runs completed");
		assertThat(leftover).doesNotExist();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			assertThat(query(statement, "SELECT COUNT(*) FROM batch_job_instance WHERE job_name = 'report'")).containsExactly("1");
			// the resumed execution ran only the failed mail step
			assertThat(query(statement, """
					SELECT s.step_name FROM batch_step_execution s
					WHERE s.job_execution_id = (SELECT MAX(e.job_execution_id) FROM batch_job_execution e
					  JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id WHERE i.job_name = 'report')
					ORDER BY s.step_execution_id""")).containsExactly("deliver");
		}

		Outcome range = launch(url, "--spring.batch.job.name=report", "from=2026-10-31", "to=2026-11-03");
		assertThat(range.status()).as(range.stderr()).isZero();
		assertThat(range.stdout()).contains("report from 2026-10-31 to 2026-11-03: 1 of 1 stored dates rendered; "
				+ "3 dates without stored results: 2026-10-31..2026-11-01, 2026-11-03");
	}

	@Test
	void theRangeSummaryCountsRenderedDatesAndListsTheGaps() {
		LocalDate d1 = LocalDate.parse("2026-11-01");
		assertThat(JobCommand.rangeSummary("report", List.of(d1, d1.plusDays(1)), 2, d1, d1.plusDays(1)))
			.isEqualTo("report from 2026-11-01 to 2026-11-02: 2 of 2 stored dates rendered; every date of the range has stored results");
		assertThat(JobCommand.rangeSummary("report", List.of(d1.plusDays(2)), 0, d1, d1.plusDays(5)))
			.isEqualTo("report from 2026-11-01 to 2026-11-06: 0 of 1 stored dates rendered (1 failed, see above); "
					+ "5 dates without stored results: 2026-11-01..2026-11-02, 2026-11-04..2026-11-06");
	}

	private static List<String> query(Statement statement, String sql) throws Exception {
		List<String> rows = new ArrayList<>();
		try (ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				rows.add(rs.getString(1));
			}
		}
		return rows;
	}

}
