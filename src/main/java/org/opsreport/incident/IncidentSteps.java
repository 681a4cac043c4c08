package org.opsreport.incident;

import java.time.LocalDate;

import org.opsreport.job.PipelineStep;
import org.opsreport.job.PipelineStep.Phase;
import org.opsreport.job.ReportDate;
import org.opsreport.store.ReportSections;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The incident step (ANALYZE, order 300): reads every stored incident, runs {@link IncidentAnalyzer} for
 * the report date and saves report section {@code incidents}. All incidents are read because membership
 * depends on resolution time and the previous window; the table holds one row per incident, so this
 * stays small.
 */
@Configuration(proxyBeanMethods = false)
class IncidentSteps {

	/** Order of the incident step within ANALYZE (after slo 100 and scaling 200). */
	static final int ORDER = 300;

	@Bean
	PipelineStep incidentStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcClient jdbc, ReportSections sections) {
		var step = new StepBuilder("incidents", jobRepository).tasklet((contribution, chunkContext) -> {
			LocalDate date = ReportDate.of(contribution.getStepExecution());
			IncidentReport report = new IncidentAnalyzer().analyze(IncidentTable.readAll(jdbc), date);
			sections.save(date, "incidents", report);
			contribution.getStepExecution().getExecutionContext().putInt("incidents", report.total());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
		return new PipelineStep(Phase.ANALYZE, ORDER, step);
	}

}
