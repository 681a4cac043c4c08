package org.opsreport.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/**
 * The report date every step works on: the {@code date} job parameter, and the UTC day it stands for
 * (the report's analyses evaluate "as of the end of the report date").
 */
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

	/** The first instant of the report date, 00:00 UTC. */
	public static Instant start(LocalDate date) {
		return date.atStartOfDay().toInstant(ZoneOffset.UTC);
	}

	/** The end of the report date (exclusive): 00:00 UTC of the next day, the instant the analyses evaluate at. */
	public static Instant end(LocalDate date) {
		return start(date.plusDays(1));
	}

}
