package org.opsreport.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file with more rejected rows than the ceiling (2 of 100 = 2% > 1%) fails the job, names the file
 * and keeps its valid rows; rejects.csv lists the bad rows.
 */
class RejectCeilingFunctionalTest extends FunctionalTestSupport {

	@TempDir
	static Path workspace;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws Exception {
		Path metrics = Files.createDirectories(workspace.resolve("data/metrics"));
		StringBuilder csv = new StringBuilder("timestamp,service,metric,value\n");
		for (int i = 0; i < 98; i++) {
			csv.append(1793491200L + i * 300).append(",svc,request_rate,").append(i).append('\n');
		}
		csv.append("not-a-time,svc,request_rate,1\n");
		csv.append("1793491200,svc,cpu_utilization,140\n");
		Files.writeString(metrics.resolve("garbage.csv"), csv);
		FixtureWorkspace.register(registry, workspace);
		TestDatabase.register(registry, "reject_ceiling");
	}

	@Test
	void failsTheJobNamingTheFileAndKeepsTheValidRows() throws Exception {
		JobOperatorTestUtils utils = jobs();
		var execution = utils.startJob(new JobParametersBuilder().addLocalDate("date", LocalDate.parse("2026-11-01"))
			.toJobParameters());
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(execution.getAllFailureExceptions()).singleElement()
			.satisfies(ex -> assertThat(ex.getMessage()).contains("garbage.csv: 2 of 100 rows rejected (2.0%)")
				.contains("reject ceiling of 1.0%"));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM metric_sample", Long.class)).isEqualTo(98);
		assertThat(Files.readAllLines(workspace.resolve("reports/2026-11-01/rejects.csv"))).hasSize(3);
		assertThat(Files.exists(workspace.resolve("reports/2026-11-01/report.html"))).isFalse();
	}

}
