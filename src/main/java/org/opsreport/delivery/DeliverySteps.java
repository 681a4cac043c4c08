package org.opsreport.delivery;

import org.opsreport.pipeline.ReportDateStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The deliver step: e-mails the rendered report. It runs after render in both jobs and is its own
 * step, so an SMTP failure fails only this step (the report stays on disk) and restarting the failed
 * run (the same command again) retries only the e-mail: render completed and is not run again.
 */
@Configuration(proxyBeanMethods = false)
class DeliverySteps {

	private static final Logger log = LoggerFactory.getLogger(DeliverySteps.class);

	@Bean
	Step deliverStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, ReportDelivery delivery) {
		return ReportDateStep.tasklet("deliver", jobRepository, transactionManager,
				(date, contribution) -> log.info(delivery.deliver(date).describe()));
	}

}
