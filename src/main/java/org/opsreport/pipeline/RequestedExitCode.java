package org.opsreport.pipeline;

import org.springframework.batch.core.job.JobExecution;

/**
 * How a step of a completed job asks the command line for a non-zero exit status: it puts the status and a reason
 * into the job execution context; the job's command line exits with the largest asked for (see
 * {@code job.ExitCodes}, which names these same numbers).
 */
public final class RequestedExitCode {

	/** Key of the job execution context under which the status is asked for (an int). */
	public static final String KEY = "opsreport.exitCode";

	/** Key of the reason (a string: "its data is stale: ..."). */
	public static final String REASON_KEY = KEY + ".reason";

	/** Nothing asked for: the completed job exits with 0. */
	public static final int NONE = 0;

	/** The job completed and wrote its report, but its data is stale and the operator asked to fail on that. */
	public static final int STALE_DATA = 5;

	private RequestedExitCode() {
	}

	/**
	 * Asks for {@code status} (replacing what an earlier run of the same job instance asked for, so a re-run of a day
	 * that has become fresh clears it).
	 */
	public static void set(JobExecution execution, int status, String reason) {
		execution.getExecutionContext().putInt(KEY, status);
		execution.getExecutionContext().putString(REASON_KEY, reason);
	}

}
