package org.opsreport.summary;

import java.util.Map;

import org.opsreport.pipeline.ReportDateStep;
import org.opsreport.store.ReportSections;

import tools.jackson.databind.JsonNode;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The executive summary, after every analysis that feeds it (slo, scaling, incident, dashboard). */
@Configuration(proxyBeanMethods = false)
class SummarySteps {

	@Bean
	Step summaryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportSections sections) {
		return ReportDateStep.tasklet("summary", jobRepository, transactionManager, (date, contribution) -> {
			Map<String, JsonNode> stored = sections.load(date);
			stored.remove("summary");
			sections.save(date, "summary", SummaryBuilder.build(stored));
		});
	}

}
