package org.opsreport.report;

import org.opsreport.job.PipelineStep;
import org.opsreport.job.PipelineStep.Phase;
import org.opsreport.job.ReportDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class RenderSteps {

	private static final Logger log = LoggerFactory.getLogger(RenderSteps.class);

	@Bean
	PipelineStep renderStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportRenderer renderer, ReportIndex index) {
		var step = new StepBuilder("render", jobRepository).tasklet((contribution, chunkContext) -> {
			var folder = renderer.render(ReportDate.of(contribution.getStepExecution()));
			log.info("Report written to {}", folder.resolve("report.html"));
			index.write();
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
		return new PipelineStep(Phase.RENDER, 100, step);
	}

}
