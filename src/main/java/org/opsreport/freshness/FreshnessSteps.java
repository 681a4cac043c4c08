package org.opsreport.freshness;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.opsreport.job.ExitCodes;
import org.opsreport.pipeline.ReportDate;
import org.opsreport.store.ReportSections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code freshness} (before the SLOs in the job's flow): the last sample of every series against the end of the report
 * date, stored as report section {@code freshness}; with {@code opsreport.freshness.fail-when-stale} a stale day
 * asks the command line for exit status {@link ExitCodes#STALE_DATA} once the run has completed.
 */
@Configuration(proxyBeanMethods = false)
class FreshnessSteps {

	private static final Logger log = LoggerFactory.getLogger(FreshnessSteps.class);

	static final String SECTION = "freshness";

	@Bean
	Step freshnessStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			FreshnessStore store, ReportSections sections, FreshnessProperties properties) {
		var step = new StepBuilder("freshness", jobRepository).tasklet((contribution, chunkContext) -> {
			StepExecution execution = contribution.getStepExecution();
			LocalDate date = ReportDate.of(execution);
			Instant end = date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
			Freshness freshness = FreshnessGate.assess(store.lastSamples(end), end, properties.maxLag());
			sections.save(date, SECTION, freshness);
			if (freshness.anyStale()) {
				log.warn("Data of {} is {}: {}", date, freshness.state(), freshness.message());
			}
			var context = execution.getJobExecution().getExecutionContext();
			int exitCode = FreshnessGate.exitCode(freshness, properties.failWhenStale());
			// a re-run of a day that has become fresh clears what an earlier run asked for
			context.putInt(ExitCodes.REQUESTED_EXIT_CODE, exitCode);
			context.putString(ExitCodes.REQUESTED_EXIT_CODE + ".reason",
					"its data is " + freshness.state().name().toLowerCase(java.util.Locale.ROOT) + ": " + freshness.message()
							+ " (opsreport.freshness.fail-when-stale=true)");
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
		return step;
	}

}
