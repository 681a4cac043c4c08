package org.opsreport.ingest;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Progress of one ingest step for the operator watching a long night (issue 15 class 10): at most
 * every {@code interval} a line with the file being read, the rows so far and the rate; at the end of
 * the step one summary line. Counts are of this process (a restart counts from where it resumed).
 */
final class IngestProgress implements StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(IngestProgress.class);

	private final String kind;

	private final long intervalNanos;

	private final LongSupplier nanoTime;

	private final Set<String> files = new LinkedHashSet<>();

	private long started;

	private long lastLogged;

	private long rows;

	private long rejected;

	IngestProgress(String kind, Duration interval) {
		this(kind, interval, System::nanoTime);
	}

	IngestProgress(String kind, Duration interval, LongSupplier nanoTime) {
		this.kind = kind;
		this.intervalNanos = interval.toNanos();
		this.nanoTime = nanoTime;
		start();
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		start();
	}

	private void start() {
		this.started = this.nanoTime.getAsLong();
		this.lastLogged = this.started;
		this.rows = 0;
		this.rejected = 0;
		this.files.clear();
	}

	/** A chunk was written: {@code rows} rows of which {@code rejected} rejected, the last one of {@code file}. */
	void written(String file, long rows, long rejected) {
		this.rows += rows;
		this.rejected += rejected;
		if (file != null) {
			this.files.add(file);
		}
		long now = this.nanoTime.getAsLong();
		if (now - this.lastLogged >= this.intervalNanos) {
			this.lastLogged = now;
			log.info(String.format(Locale.ROOT, "%s ingest: %,d rows so far (%,d rejected) in %d file(s), %,.0f rows/s; reading %s",
					this.kind, this.rows, this.rejected, this.files.size(), rate(now), file));
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		log.info(summary(stepExecution.getStatus().toString()));
		return null;
	}

	String summary(String status) {
		long now = this.nanoTime.getAsLong();
		return String.format(Locale.ROOT, "%s ingest %s: %,d rows (%,d rejected) from %d file(s) read in %.1f s, %,.0f rows/s",
				this.kind, status.toLowerCase(Locale.ROOT), this.rows, this.rejected, this.files.size(),
				(now - this.started) / 1e9, rate(now));
	}

	private double rate(long now) {
		double seconds = (now - this.started) / 1e9;
		return seconds <= 0 ? 0 : this.rows / seconds;
	}

}
