package org.opsreport.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opsreport.pipeline.ReportDate;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * After an ingest step: writes {@code rejects.csv} for the report date, and fails the step when a
 * file rejected more than the ceiling's share of its rows: a report on mostly garbage would mislead.
 * The valid rows stay stored; fix the file and run the same command again.
 */
class RejectCeilingCheck implements StepExecutionListener {

	private final IngestStatsRepository stats;

	private final RejectsFile rejectsFile;

	private final String kind;

	private final double ceiling;

	private final int minRows;

	private final java.util.function.LongConsumer onAccepted;

	/**
	 * @param minRows files with fewer rows read are exempt from the ratio (their rejects are listed)
	 * @param onAccepted called with the run (job instance) when the step completed within the ceiling
	 */
	RejectCeilingCheck(IngestStatsRepository stats, RejectsFile rejectsFile, String kind, double ceiling, int minRows,
			java.util.function.LongConsumer onAccepted) {
		this.onAccepted = onAccepted;
		this.stats = stats;
		this.rejectsFile = rejectsFile;
		this.kind = kind;
		this.ceiling = ceiling;
		this.minRows = minRows;
	}

	/**
	 * Decides the step's outcome. Everything here that can fail (the store, writing rejects.csv) is
	 * caught and turned into a step failure: Spring Batch logs and drops an exception thrown from
	 * {@code afterStep}, which would let a step over the ceiling complete (issue 15 class 3).
	 */
	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		long instance = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		LocalDate date = ReportDate.of(stepExecution);
		try {
			if (stepExecution.getStatus() != BatchStatus.COMPLETED) {
				this.rejectsFile.write(date, instance);
				return null;
			}
			List<String> over = new ArrayList<>();
			for (var f : this.stats.files(instance)) {
				if (f.kind().equals(this.kind) && f.rejected() > 0 && f.read() >= this.minRows
						&& f.rejected() > this.ceiling * Math.max(f.read(), 1)) {
					over.add(String.format(Locale.ROOT, "%s: %d of %d rows rejected (%.1f%%)", f.file(), f.rejected(),
							f.read(), 100.0 * f.rejected() / Math.max(f.read(), 1)));
				}
			}
			String ratio = over.isEmpty() ? "" : String.join("; ", over) + String.format(Locale.ROOT,
					", above the reject ceiling of %.1f%% (opsreport.ingest.reject-ceiling)", 100 * this.ceiling);
			List<String> broken = this.stats.brokenOff(instance, this.kind)
				.stream()
				.map(r -> r.file() + " line " + r.line() + ": " + r.reason())
				.toList();
			Path written = this.rejectsFile.write(date, instance);
			if (over.isEmpty() && broken.isEmpty()) {
				this.onAccepted.accept(instance);
				return null;
			}
			List<String> parts = new ArrayList<>(broken);
			if (!ratio.isEmpty()) {
				parts.add(ratio);
			}
			return fail(stepExecution, new RejectCeilingExceededException(
					String.join("; ", parts) + "; reasons in " + written));
		}
		catch (RuntimeException ex) {
			return fail(stepExecution, new RejectCeilingExceededException("cannot check the " + this.kind
					+ " rejects or write " + this.rejectsFile.target(date) + ": " + ex.getMessage()));
		}
	}

	private static ExitStatus fail(StepExecution stepExecution, RuntimeException failure) {
		stepExecution.setStatus(BatchStatus.FAILED);
		stepExecution.addFailureException(failure);
		return ExitStatus.FAILED.addExitDescription(failure.getMessage());
	}

}
