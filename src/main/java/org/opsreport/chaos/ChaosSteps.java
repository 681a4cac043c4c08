package org.opsreport.chaos;

import org.opsreport.pipeline.ReportDateStep;
import org.opsreport.slo.ObjectiveResult;
import org.opsreport.store.ReportSections;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The chaos step: {@link ChaosVerdicts} judges the experiments started within
 * {@code opsreport.chaos.window-days} (30) days ending with the report date, with the stored samples of
 * their target services over [start, start + duration), clipped to the end of the report date (what
 * happened later is not known on that date). Saves report section {@code chaos}: a list of
 * {@link ChaosResult}, in start order.
 *
 * <p>A service's error budget is exhausted when an objective of the stored {@code slos} section of the
 * report date has {@code budgetRemainingPercent <= 0}; without that section (no SLOs configured) no
 * service counts as exhausted.
 */
@Configuration(proxyBeanMethods = false)
class ChaosSteps {

	@Bean
	Step chaosStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, ChaosVerdicts chaos,
			ReportSections sections) {
		return ReportDateStep.tasklet("chaos", jobRepository, transactionManager, (date, contribution) -> sections
			.save(date, "chaos", chaos.judge(date, sections.loadList(date, "slos", ObjectiveResult.class).orElse(null))));
	}

}
