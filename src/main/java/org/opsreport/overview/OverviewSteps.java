package org.opsreport.overview;

import java.time.Instant;
import java.util.List;

import org.opsreport.pipeline.ReportDateStep;
import org.opsreport.store.ReportSections;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The report's overview of the night's data: ingest counts, data coverage per series, and the
 * incidents open or detected on the report date.
 */
@Configuration(proxyBeanMethods = false)
class OverviewSteps {

	@Bean
	Step overviewStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DataOverview overview, ReportSections sections) {
		return ReportDateStep.tasklet("overview", jobRepository, transactionManager, (date, contribution) -> {
			long run = contribution.getStepExecution().getJobExecution().getJobInstance().getInstanceId();
			sections.save(date, "coverage", overview.coverage(date));
			sections.save(date, "ingest", overview.ingest(date, run));
			sections.save(date, "today", overview.today(date));
		});
	}

}
