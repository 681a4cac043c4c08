package org.opsreport.job;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The shared set-up of the functional tests that run the {@code nightly} job in-process: the application
 * context (each test class points it at its own workspace and database with a {@code @DynamicPropertySource}
 * calling {@link FixtureWorkspace#register} and {@link TestDatabase#register}), the job, and launching it
 * for a report date.
 */
@SpringBatchTest
@SpringBootTest
public abstract class FunctionalTestSupport {

	@Autowired
	protected JobOperator jobOperator;

	@Autowired
	protected JobRepository jobRepository;

	@Autowired
	@Qualifier("nightly")
	protected Job nightly;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected JsonMapper json;

	/**
	 * Launches jobs of this context; the {@code nightly} job unless another is set. (No helper here returns a
	 * JobExecution: @SpringBatchTest would take such a method for the test's job-scope factory.)
	 */
	protected JobOperatorTestUtils jobs() {
		JobOperatorTestUtils utils = new JobOperatorTestUtils(this.jobOperator, this.jobRepository);
		utils.setJob(this.nightly);
		return utils;
	}

}
