package org.opsreport.delivery;

import java.nio.file.Path;

import org.opsreport.OpsReportProperties;
import org.opsreport.catalog.ConfigException;
import org.opsreport.pipeline.ReportDateStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
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
	Step deliverStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			MailSettings settings, ObjectProvider<JavaMailSender> senders, OpsReportProperties properties, JsonMapper json) {
		ReportMailer mailer = null;
		if (settings.enabled()) {
			JavaMailSender sender = senders.getIfAvailable();
			if (sender == null) {
				// fail at start-up, before any work, not after a night of analysis
				throw new ConfigException(Path.of("settings"), "opsreport.mail.to",
						"recipients are set but no SMTP server is: set spring.mail.host (and spring.mail.port, username, password)");
			}
			mailer = new ReportMailer(sender, settings, properties, json);
		}
		ReportMailer send = mailer;
		return ReportDateStep.tasklet("deliver", jobRepository, transactionManager, (date, contribution) -> {
			if (send == null) {
				log.info("E-mail is off (no opsreport.mail.to): the report of {} is not sent", date);
				return;
			}
			send.send(date);
		});
	}

}
