package org.opsreport.pipeline;

import java.time.LocalDate;

import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A step that does one piece of work for the report date in one transaction: "evaluate X of date D
 * and store the section". The work gets the date and the step's contribution (for counts).
 */
public final class ReportDateStep {

	private ReportDateStep() {
	}

	/** The work of a step for one report date. */
	@FunctionalInterface
	public interface Work {

		void run(LocalDate date, StepContribution contribution) throws Exception;

	}

	public static Step tasklet(String name, JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Work work) {
		return new StepBuilder(name, jobRepository).tasklet((contribution, chunkContext) -> {
			work.run(ReportDate.of(contribution.getStepExecution()), contribution);
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

}
