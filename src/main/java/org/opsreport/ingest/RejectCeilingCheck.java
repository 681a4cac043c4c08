package org.opsreport.ingest;

import java.nio.file.Path;
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

	private final java.util.function.LongConsumer onAccepted;

	/**
	 * @param onAccepted called with the run (job instance) when the step completed within the ceiling
	 */
	RejectCeilingCheck(IngestStatsRepository stats, RejectsFile rejectsFile, String kind, double ceiling,
			java.util.function.LongConsumer onAccepted) {
		this.onAccepted = onAccepted;
		this.stats = stats;
		this.rejectsFile = rejectsFile;
		this.kind = kind;
		this.ceiling = ceiling;
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		long instance = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		Path written = this.rejectsFile.write(ReportDate.of(stepExecution), instance);
		if (stepExecution.getStatus() != BatchStatus.COMPLETED) {
			return null;
		}
		List<String> over = this.stats.files(instance)
			.stream()
			.filter(f -> f.kind().equals(this.kind) && f.rejected() > 0
					&& f.rejected() > this.ceiling * Math.max(f.read(), 1))
			.map(f -> String.format(Locale.ROOT, "%s: %d of %d rows rejected (%.1f%%)", f.file(), f.rejected(), f.read(),
					100.0 * f.rejected() / Math.max(f.read(), 1)))
			.toList();
		if (over.isEmpty()) {
			this.onAccepted.accept(instance);
			return null;
		}
		String message = String.join("; ", over) + String.format(Locale.ROOT,
				", above the reject ceiling of %.1f%% (opsreport.ingest.reject-ceiling); reasons in %s", 100 * this.ceiling,
				written);
		stepExecution.setStatus(BatchStatus.FAILED);
		stepExecution.addFailureException(new RejectCeilingExceededException(message));
		return ExitStatus.FAILED.addExitDescription(message);
	}

}
