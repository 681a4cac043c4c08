package org.opsreport.summary;

import java.time.LocalDate;
import java.util.Map;

import org.opsreport.job.PipelineStep;
import org.opsreport.job.PipelineStep.Phase;
import org.opsreport.job.ReportDate;
import org.opsreport.store.ReportSections;

import tools.jackson.databind.JsonNode;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The executive summary, after every analysis that feeds it (slo, scaling, incident, dashboard). */
@Configuration(proxyBeanMethods = false)
class SummarySteps {

	static final int ORDER = 800;

	@Bean
	PipelineStep summaryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportSections sections) {
		var step = new StepBuilder("summary", jobRepository).tasklet((contribution, chunkContext) -> {
			LocalDate date = ReportDate.of(contribution.getStepExecution());
			Map<String, JsonNode> stored = sections.load(date);
			stored.remove("summary");
			sections.save(date, "summary", SummaryBuilder.build(stored));
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
		return new PipelineStep(Phase.ANALYZE, ORDER, step);
	}

}
