package org.opsreport.report;

import org.opsreport.pipeline.ReportDateStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class RenderSteps {

	private static final Logger log = LoggerFactory.getLogger(RenderSteps.class);

	@Bean
	Step renderStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportRenderer renderer, ReportIndex index) {
		return ReportDateStep.tasklet("render", jobRepository, transactionManager, (date, contribution) -> {
			var folder = renderer.render(date);
			log.info("Report written to {}", folder.resolve("report.html"));
			index.write();
		});
	}

}
