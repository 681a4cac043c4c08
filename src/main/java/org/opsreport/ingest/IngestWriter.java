package org.opsreport.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The part every ingest writer shares: file events, rejects and per-file counts go to the store in
 * the chunk's transaction; the accepted values go to {@link #store}.
 *
 * @param <T> the accepted value type
 */
abstract class IngestWriter<T> implements ItemWriter<Parsed<T>>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(IngestWriter.class);

	private final IngestStatsRepository stats;

	private final String kind;

	private long jobInstanceId;

	IngestWriter(IngestStatsRepository stats, String kind) {
		this.stats = stats;
		this.kind = kind;
	}

	private IngestProgress progress;

	/** Reports each chunk written to {@code progress} (the step's progress log). */
	void reportProgressTo(IngestProgress progress) {
		this.progress = progress;
	}

	/** Who this writer is in the ingest turn row: unique per writer and run of the application. */
	private final String writerId = java.util.UUID.randomUUID().toString();

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.jobInstanceId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		this.stats.ensureIngestTurn();
	}

	/** Another run wrote to the store since this writer's last chunk: forget what was cached about it. */
	void storeChangedElsewhere() {
	}

	/** Takes the counts and rejects of a file an earlier run read into this run. */
	void carryOver(long fromRun, String file) {
		this.stats.carryOver(fromRun, this.jobInstanceId, file);
	}

	/** Called by the reader when it starts from the first file. */
	void resetCounts() {
		this.stats.reset(this.jobInstanceId, this.kind);
	}

	@Override
	public void write(Chunk<? extends Parsed<T>> chunk) {
		if (!this.stats.takeIngestTurn(this.writerId)) {
			storeChangedElsewhere();
		}
		Map<String, FileCounts> counts = new LinkedHashMap<>();
		List<Parsed.Accepted<T>> accepted = new ArrayList<>();
		for (Parsed<T> item : chunk) {
			if (item instanceof Parsed.FileEvent<T> event) {
				onEvent(event.row(), counts);
			}
			else if (item instanceof Parsed.Rejected<T> reject) {
				this.stats.reject(this.jobInstanceId, reject);
				FileCounts c = counts.computeIfAbsent(reject.file(), f -> new FileCounts());
				c.read++;
				c.rejected++;
			}
			else if (item instanceof Parsed.Accepted<T> value) {
				accepted.add(value);
				counts.computeIfAbsent(value.file(), f -> new FileCounts()).read++;
			}
		}
		store(accepted, counts);
		counts.forEach((file, c) -> this.stats.add(this.jobInstanceId, this.kind, file, c));
		if (this.progress != null) {
			String last = null;
			long rows = 0;
			long rejected = 0;
			for (var entry : counts.entrySet()) {
				last = entry.getKey();
				rows += entry.getValue().read;
				rejected += entry.getValue().rejected;
			}
			this.progress.written(last, rows, rejected);
		}
		if (log.isDebugEnabled()) {
			// progress for operators (and the crash test, which kills the process mid-ingest)
			log.debug("{} chunk written: {} rows of {}", this.kind, chunk.size(), String.join(", ", counts.keySet()));
		}
	}

	private void onEvent(CsvRow row, Map<String, FileCounts> counts) {
		if (row.kind() == CsvRow.Kind.FILE_STARTED) {
			this.stats.fileStarted(this.jobInstanceId, this.kind, row.file(), row.message());
		}
		else if (row.kind() == CsvRow.Kind.RECORD_REJECTED) {
			this.stats.reject(this.jobInstanceId,
					new Parsed.Rejected<>(row.file(), row.line(), "", row.message().get(0), row.raw()));
			FileCounts c = counts.computeIfAbsent(row.file(), f -> new FileCounts());
			c.read++;
			c.rejected++;
		}
		else {
			this.stats.reject(this.jobInstanceId,
					new Parsed.Rejected<>(row.file(), row.line(), "", row.message().get(0), ""));
			counts.computeIfAbsent(row.file(), f -> new FileCounts()).rejected++;
		}
	}

	/**
	 * Upserts the accepted values, counting per file what was inserted, replaced (same key, other
	 * values) or unchanged. Values come in file order; for one key the last one wins.
	 */
	abstract void store(List<Parsed.Accepted<T>> accepted, Map<String, FileCounts> counts);

}
