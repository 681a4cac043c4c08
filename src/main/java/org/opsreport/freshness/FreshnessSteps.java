package org.opsreport.freshness;

import org.opsreport.pipeline.ReportDateStep;
import org.opsreport.pipeline.RequestedExitCode;
import org.opsreport.store.ReportSections;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code freshness} (before the SLOs in the job's flow): the last sample of every series against the end of the report
 * date, stored as report section {@code freshness}; with {@code opsreport.freshness.fail-when-stale} a stale day
 * asks the command line for exit status {@link RequestedExitCode#STALE_DATA} once the run has completed.
 */
@Configuration(proxyBeanMethods = false)
class FreshnessSteps {

	static final String SECTION = "freshness";

	@Bean
	Step freshnessStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, FreshnessCheck check,
			ReportSections sections) {
		return ReportDateStep.tasklet("freshness", jobRepository, transactionManager, (date, contribution) -> {
			Freshness freshness = check.assess(date);
			sections.save(date, SECTION, freshness);
			// always set: a re-run of a day that has become fresh clears what an earlier run asked for
			RequestedExitCode.set(contribution.getStepExecution().getJobExecution(), check.exitCode(freshness),
					FreshnessCheck.reason(freshness));
		});
	}

}
