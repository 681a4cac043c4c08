package org.opsreport.dashboard;

import org.opsreport.pipeline.ReportDateStep;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The SRE dashboard step: report section {@code dashboard} of the report date ({@link DashboardService}). */
@Configuration(proxyBeanMethods = false)
class DashboardSteps {

	@Bean
	Step dashboardStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DashboardService dashboard) {
		return ReportDateStep.tasklet("dashboard", jobRepository, transactionManager,
				(date, contribution) -> dashboard.evaluate(date));
	}

}
