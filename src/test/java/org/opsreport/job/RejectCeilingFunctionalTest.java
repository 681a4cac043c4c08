package org.opsreport.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
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

/**
 * A file with more rejected rows than the ceiling (2 of 100 = 2% > 1%) fails the job, names the file
 * and keeps its valid rows; rejects.csv lists the bad rows.
 */
@SpringBatchTest
@SpringBootTest
class RejectCeilingFunctionalTest {

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

	@Autowired
	JobOperator jobOperator;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	@Qualifier("nightly")
	Job nightly;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void failsTheJobNamingTheFileAndKeepsTheValidRows() throws Exception {
		JobOperatorTestUtils utils = new JobOperatorTestUtils(this.jobOperator, this.jobRepository);
		utils.setJob(this.nightly);
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
