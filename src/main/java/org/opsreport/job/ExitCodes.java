package org.opsreport.job;

import org.opsreport.pipeline.RequestedExitCode;

/**
 * Exit statuses of the command line. Only a completed job exits with 0.
 */
public final class ExitCodes {

	/** The job completed. */
	public static final int COMPLETED = 0;

	/** The job ran and failed (bad input over the reject ceiling, a step error, a mail failure). */
	public static final int FAILED = 1;

	/** The command or the configuration is wrong; nothing ran. */
	public static final int USAGE = 2;

	/** Another run of the same job and date is going on; this one was refused. */
	public static final int ALREADY_RUNNING = 3;

	/** The store cannot be opened (locked by another process, server unreachable), or the Prometheus source is unreachable. */
	public static final int STORE_UNAVAILABLE = 4;

	/**
	 * The job completed and wrote its report, but the data is stale and {@code opsreport.freshness.fail-when-stale}
	 * is on (see {@code freshness.FreshnessGate}).
	 */
	public static final int STALE_DATA = RequestedExitCode.STALE_DATA;

	/**
	 * Key of the job execution context under which a step of a completed job asks for a non-zero exit status (an
	 * int, one of the constants here; {@link RequestedExitCode}); the largest asked for wins.
	 */
	public static final String REQUESTED_EXIT_CODE = RequestedExitCode.KEY;

	private ExitCodes() {
	}

}
