package org.opsreport.job;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.opsreport.OpsReportProperties;
import org.opsreport.ingest.InputFolder;
import org.opsreport.ingest.LatestSample;
import org.opsreport.output.AtomicFiles;
import org.opsreport.output.WritableFolder;
import org.opsreport.pipeline.ReportDate;
import org.opsreport.prometheus.PrometheusUnavailableException;
import org.opsreport.store.ReportSections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The command line: {@code java -jar opsreport.jar [--spring.batch.job.name=report] [date=YYYY-MM-DD]}.
 * <p>
 * Which run a nightly command starts, for a report date D:
 * <ul>
 * <li>no run of D yet: a new run;</li>
 * <li>the last run of D failed or was killed: that run is restarted where it stopped;</li>
 * <li>the last run of D completed: a new run of D (a re-run after new data arrived), numbered by the
 * identifying parameter {@code rerun};</li>
 * <li>a run of D is going on in another process: refused with {@link ExitCodes#ALREADY_RUNNING}.</li>
 * </ul>
 * The same rules hold for the report job (a report run whose mail failed resumes at the mail). The
 * report job renders again from stored results: a date without any is refused with
 * {@link ExitCodes#USAGE}; {@code from=} and {@code to=} re-render a range of stored dates and log how
 * many were rendered and which dates of the range have none. Before a run, temporary files a killed
 * writer left in the date's report folder are removed, and after an unclean end an embedded H2 store
 * is verified and repaired ({@link H2StoreRepair}). With {@code opsreport.schedule.cron} the command does not run once and exit: it
 * stays up and runs nightly for the previous day at each tick ({@link NightlyScheduler}).
 */
@Component
@ConditionalOnProperty(name = "opsreport.command.enabled", havingValue = "true", matchIfMissing = true)
class JobCommand implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(JobCommand.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Map<String, Job> jobs;

	private final RunLock runLock;

	private final LatestSample latestSample;

	private final ReportSections storedDates;

	private final OpsReportProperties properties;

	private final String jobName;

	private final NightlyScheduler scheduler;

	private final DataSource dataSource;

	private final boolean checkAfterCrash;

	private int exitCode = ExitCodes.COMPLETED;

	JobCommand(JobOperator jobOperator, JobRepository jobRepository, Map<String, Job> jobs, RunLock runLock,
			LatestSample latestSample, ReportSections storedDates, OpsReportProperties properties,
			@Value("${spring.batch.job.name:nightly}") String jobName, NightlyScheduler scheduler, DataSource dataSource,
			@Value("${opsreport.store.check-after-crash:true}") boolean checkAfterCrash) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.jobs = jobs;
		this.runLock = runLock;
		this.latestSample = latestSample;
		this.storedDates = storedDates;
		this.properties = properties;
		this.jobName = jobName;
		this.scheduler = scheduler;
		this.dataSource = dataSource;
		this.checkAfterCrash = checkAfterCrash;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			Map<String, String> options = options(args);
			Job job = this.jobs.get(this.jobName);
			if (job == null) {
				throw new CommandException(ExitCodes.USAGE,
						"unknown job '" + this.jobName + "'; use nightly or report (--spring.batch.job.name=...)");
			}
			repairAfterUncleanEnd();
			if (this.scheduler.enabled()) {
				runScheduled(options);
				return;
			}
			List<LocalDate> dates = dates(options);
			int completed = 0;
			for (LocalDate date : dates) {
				int code = runOnce(job, date);
				completed += code == ExitCodes.COMPLETED ? 1 : 0;
				this.exitCode = Math.max(this.exitCode, code);
			}
			if (options.containsKey("from") || options.containsKey("to")) {
				LocalDate from = options.containsKey("from") ? parseDate("from", options.get("from")) : dates.get(0);
				LocalDate to = options.containsKey("to") ? parseDate("to", options.get("to")) : dates.get(dates.size() - 1);
				String summary = rangeSummary(this.jobName, dates, completed, from, to);
				log.info("{}", summary);
			}
		}
		catch (CommandException ex) {
			System.err.println("opsreport: " + ex.getMessage());
			this.exitCode = ex.exitCode();
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	/** The long-running mode: nightly for the previous day at each tick, until stopped. */
	private void runScheduled(Map<String, String> options) {
		if (!options.isEmpty() || !this.jobName.equals(JobsConfiguration.NIGHTLY)) {
			throw new CommandException(ExitCodes.USAGE,
					"opsreport.schedule.cron runs nightly for the previous day: give no date=/from=/to= and no other job");
		}
		Job nightly = this.jobs.get(JobsConfiguration.NIGHTLY);
		this.scheduler.runUntilStopped(date -> {
			try {
				return runOnce(nightly, date);
			}
			catch (CommandException ex) {
				System.err.println("opsreport: " + ex.getMessage());
				return ex.exitCode();
			}
		});
	}

	/**
	 * After an unclean end (a run lease left by a dead process) an embedded H2 store is verified, and
	 * repaired, before anything reads it ({@link H2StoreRepair}); PostgreSQL needs no check.
	 */
	private void repairAfterUncleanEnd() {
		if (!this.checkAfterCrash || !H2StoreRepair.isH2(this.dataSource) || !this.runLock.hasAbandonedLease()) {
			return;
		}
		log.warn("The last run ended without closing (killed?): checking the store before restarting it");
		try {
			new H2StoreRepair(this.dataSource).verifyAndRepair();
		}
		catch (java.sql.SQLException ex) {
			throw new CommandException(ExitCodes.STORE_UNAVAILABLE, "the store needs repair after an unclean end and the repair failed ("
					+ ex.getMessage().lines().findFirst().orElse("") + "); rebuild it from the exports (a new store folder)");
		}
	}

	int runOnce(Job job, LocalDate date) {
		String lockName = job.getName() + ":" + date;
		Optional<RunLock.Lease> lease = this.runLock.tryAcquire(lockName);
		if (lease.isEmpty()) {
			throw new CommandException(ExitCodes.ALREADY_RUNNING,
					"a " + job.getName() + " run for " + date + " is already going on; this one was not started");
		}
		try (RunLock.Lease held = lease.get()) {
			try {
				// issue 15 class 3: a run must not start when its rejects.csv and report cannot be written
				WritableFolder.check(this.properties.outputDir().resolve(date.toString()),
						"rejects.csv", "report.html", "report.md", "report.json");
			}
			catch (WritableFolder.NotWritableException ex) {
				throw new CommandException(ExitCodes.USAGE, "cannot write the output (opsreport.output-dir): " + ex.getMessage());
			}
			if (job.getName().equals(JobsConfiguration.NIGHTLY)) {
				refuseUnsafeLinks(() -> InputFolder.check(this.properties.inputDir()));
			}
			AtomicFiles.removeStaleTemporaries(this.properties.outputDir().resolve(date.toString()));
			JobExecution execution = launch(job, date);
			if (execution.getStatus() == BatchStatus.COMPLETED) {
				log.info("{} for {} completed: {}", job.getName(), date,
						this.properties.outputDir().resolve(date.toString()).resolve("report.html"));
				// a step may ask for a non-zero status of a completed run (freshness: fail-when-stale)
				int requested = execution.getExecutionContext().getInt(ExitCodes.REQUESTED_EXIT_CODE, ExitCodes.COMPLETED);
				if (requested != ExitCodes.COMPLETED) {
					System.err.println("opsreport: " + job.getName() + " for " + date + " completed, but "
							+ execution.getExecutionContext().getString(org.opsreport.pipeline.RequestedExitCode.REASON_KEY, "a step failed it"));
				}
				return requested;
			}
			System.err.println("opsreport: " + job.getName() + " for " + date + " ended " + execution.getStatus() + ": "
					+ reason(execution));
			execution.getAllFailureExceptions().forEach(failure -> log.debug("{} for {} failed", job.getName(), date, failure));
			return unreachable(execution) ? ExitCodes.STORE_UNAVAILABLE : ExitCodes.FAILED;
		}
	}

	private JobExecution launch(Job job, LocalDate date) {
		try {
			List<JobInstance> instances = instancesOf(job.getName(), date);
			// both jobs: a report run whose mail failed resumes at the mail, it does not render again
			if (!instances.isEmpty()) {
				JobInstance last = instances.get(instances.size() - 1);
				JobExecution lastExecution = this.jobRepository.getLastJobExecution(last);
				if (lastExecution != null && lastExecution.getStatus() != BatchStatus.COMPLETED
						&& lastExecution.getStatus() != BatchStatus.ABANDONED) {
					if (lastExecution.getStatus().isRunning()) {
						// we hold the run lock, so nobody runs it: the process that did was killed
						log.warn("The run of {} for {} was interrupted (execution {}): recovering it", job.getName(), date,
								lastExecution.getId());
						lastExecution = this.jobOperator.recover(lastExecution);
					}
					log.info("Restarting the failed run of {} for {} where it stopped", job.getName(), date);
					return this.jobOperator.restart(lastExecution);
				}
			}
			JobParameters parameters = new JobParametersBuilder().addLocalDate(ReportDate.PARAMETER, date)
				.addLong("rerun", (long) instances.size())
				.toJobParameters();
			if (!instances.isEmpty()) {
				log.info("Running {} for {} again (run {}): earlier runs completed", job.getName(), date,
						instances.size() + 1);
			}
			return this.jobOperator.start(job, parameters);
		}
		catch (Exception ex) {
			throw new CommandException(ExitCodes.FAILED, "cannot start " + job.getName() + " for " + date + ": " + ex.getMessage());
		}
	}

	private List<JobInstance> instancesOf(String name, LocalDate date) {
		List<JobInstance> matching = new ArrayList<>();
		for (JobInstance instance : this.jobRepository.findJobInstances(name)) {
			JobExecution any = this.jobRepository.getLastJobExecution(instance);
			if (any != null && date.equals(any.getJobParameters().getLocalDate(ReportDate.PARAMETER))) {
				matching.add(instance);
			}
		}
		matching.sort(Comparator.comparingLong(JobInstance::getInstanceId));
		return matching;
	}

	private List<LocalDate> dates(Map<String, String> options) {
		if (options.containsKey("date")) {
			LocalDate date = parseDate("date", options.get("date"));
			if (this.jobName.equals(JobsConfiguration.REPORT) && this.storedDates.between(date, date).isEmpty()) {
				throw new CommandException(ExitCodes.USAGE, "no stored results for " + date
						+ ": the report job renders stored results; run nightly for " + date + " first");
			}
			return List.of(date);
		}
		if (options.containsKey("from") || options.containsKey("to")) {
			if (!this.jobName.equals(JobsConfiguration.REPORT)) {
				throw new CommandException(ExitCodes.USAGE, "from=/to= re-render a range: use them with --spring.batch.job.name=report");
			}
			LocalDate from = parseDate("from", options.getOrDefault("from", "0001-01-01"));
			LocalDate to = parseDate("to", options.getOrDefault("to", "9999-12-31"));
			List<LocalDate> dates = this.storedDates.between(from, to);
			if (dates.isEmpty()) {
				throw new CommandException(ExitCodes.USAGE, "no stored report between " + from + " and " + to);
			}
			return dates;
		}
		if (this.jobName.equals(JobsConfiguration.REPORT)) {
			return List.of(this.storedDates.latest()
				.orElseThrow(() -> new CommandException(ExitCodes.USAGE, "no stored report yet: run nightly first")));
		}
		refuseUnsafeLinks(() -> InputFolder.check(this.properties.inputDir()));
		Instant latest = this.latestSample.find(this.properties.inputDir())
			.orElseThrow(() -> new CommandException(ExitCodes.USAGE, "no metric data in the store or in "
					+ this.properties.inputDir().resolve("metrics") + "; give date=YYYY-MM-DD or add exports"));
		LocalDate date = lastCompleteDay(latest);
		log.info("Report date {} (the last complete UTC day of the data, latest sample {})", date, latest);
		return List.of(date);
	}

	/**
	 * Issue 15 class 5: a symbolic link in the input folder that leads out of it, loops or leads nowhere
	 * stops the nightly before any work, with one line naming the link (exit status 2, an operator's
	 * mistake to fix), rather than reading a file nobody meant to report on.
	 */
	private static void refuseUnsafeLinks(Runnable check) {
		try {
			check.run();
		}
		catch (InputFolder.UnsafeLinkException ex) {
			throw new CommandException(ExitCodes.USAGE, "input folder: " + ex.getMessage());
		}
	}

	/**
	 * What a {@code from=}/{@code to=} run did: how many dates it rendered and which dates of the range
	 * had no stored results (as ranges, at most ten listed).
	 */
	static String rangeSummary(String jobName, List<LocalDate> rendered, int completed, LocalDate from, LocalDate to) {
		List<String> gaps = new ArrayList<>();
		long missing = 0;
		LocalDate expected = from;
		List<LocalDate> bounds = new ArrayList<>(rendered);
		bounds.add(to.plusDays(1));
		for (LocalDate date : bounds) {
			if (date.isAfter(expected)) {
				LocalDate gapEnd = date.minusDays(1);
				missing += java.time.temporal.ChronoUnit.DAYS.between(expected, date);
				if (gaps.size() < 10) {
					gaps.add(expected.equals(gapEnd) ? expected.toString() : expected + ".." + gapEnd);
				}
				else if (gaps.size() == 10) {
					gaps.add("...");
				}
			}
			expected = date.plusDays(1);
		}
		return jobName + " from " + from + " to " + to + ": " + completed + " of " + rendered.size()
				+ " stored dates rendered" + (completed < rendered.size() ? " (" + (rendered.size() - completed) + " failed, see above)" : "")
				+ (missing == 0 ? "; every date of the range has stored results"
						: "; " + missing + " dates without stored results: " + String.join(", ", gaps));
	}

	/**
	 * The last UTC day the data covers completely: the day before the day of the latest sample plus
	 * one hour (a sample stands for the interval after it, up to an hour for hourly data).
	 */
	static LocalDate lastCompleteDay(Instant latestSample) {
		return latestSample.plusSeconds(3600).atOffset(ZoneOffset.UTC).toLocalDate().minusDays(1);
	}

	private static Map<String, String> options(ApplicationArguments args) {
		Map<String, String> options = new java.util.LinkedHashMap<>();
		for (String arg : args.getNonOptionArgs()) {
			int eq = arg.indexOf('=');
			if (eq <= 0) {
				throw new CommandException(ExitCodes.USAGE, "unexpected argument '" + arg + "'; expected date=YYYY-MM-DD");
			}
			String key = arg.substring(0, eq);
			if (!List.of("date", "from", "to").contains(key)) {
				throw new CommandException(ExitCodes.USAGE, "unknown argument '" + key + "'; expected date=, from= or to=");
			}
			options.put(key, arg.substring(eq + 1));
		}
		return options;
	}

	private static LocalDate parseDate(String name, String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new CommandException(ExitCodes.USAGE, name + "=" + value + " is not a date (YYYY-MM-DD)");
		}
	}

	/** A source the run needs (the Prometheus server) could not be reached: exit status 4, as for the store. */
	static boolean unreachable(JobExecution execution) {
		for (Throwable failure : execution.getAllFailureExceptions()) {
			for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
				// only a source the night reads from; a refused SMTP connection is a failed deliver step (exit 1)
				if (t instanceof PrometheusUnavailableException) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The one-line reason of a failed run. Spring Batch wraps step errors ("Unable to process chunk");
	 * opsreport's own exceptions carry the message written for the operator (file, line, what to do),
	 * so the first of those in the cause chain is shown, else the innermost message.
	 */
	static String reason(JobExecution execution) {
		List<Throwable> failures = execution.getAllFailureExceptions();
		if (!failures.isEmpty()) {
			Throwable chosen = null;
			for (Throwable t = failures.get(0); t != null && chosen == null; t = t.getCause() == t ? null : t.getCause()) {
				if (t.getClass().getName().startsWith("org.opsreport.") && t.getMessage() != null) {
					chosen = t;
				}
			}
			if (chosen == null) {
				for (Throwable t = failures.get(0); t != null; t = t.getCause() == t ? null : t.getCause()) {
					if (t.getMessage() != null) {
						chosen = t;
					}
				}
			}
			String message = chosen == null ? failures.get(0).getClass().getSimpleName() : chosen.getMessage();
			int newline = message.indexOf('\n');
			return newline < 0 ? message : message.substring(0, newline);
		}
		return execution.getExitStatus().getExitDescription();
	}

}
