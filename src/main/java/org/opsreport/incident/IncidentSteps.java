package org.opsreport.incident;

import org.opsreport.pipeline.ReportDateStep;
import org.opsreport.store.ReportSections;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The incident step: reads every stored incident, runs {@link IncidentAnalyzer} for
 * the report date and saves report section {@code incidents}. All incidents are read because membership
 * depends on resolution time and the previous window; the table holds one row per incident, so this
 * stays small.
 */
@Configuration(proxyBeanMethods = false)
class IncidentSteps {

	@Bean
	Step incidentStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			IncidentStore incidents, ReportSections sections) {
		return ReportDateStep.tasklet("incidents", jobRepository, transactionManager, (date, contribution) -> {
			IncidentReport report = new IncidentAnalyzer().analyze(incidents.all(), date);
			sections.save(date, "incidents", report);
			contribution.getStepExecution().getExecutionContext().putInt("incidents", report.total());
		});
	}

}
