package org.opsreport.pipeline;

import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/** The report date every step works on: the {@code date} job parameter. */
public final class ReportDate {

	public static final String PARAMETER = "date";

	private ReportDate() {
	}

	public static LocalDate of(StepExecution stepExecution) {
		return of(stepExecution.getJobExecution().getJobParameters());
	}

	public static LocalDate of(JobParameters parameters) {
		LocalDate date = parameters.getLocalDate(PARAMETER);
		if (date == null) {
			throw new IllegalStateException("job parameter 'date' is missing");
		}
		return date;
	}

}
