package org.opsreport.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Upserts metric samples keyed on (service, metric, second).
 * <p>
 * Exports mostly append: a sample later than everything stored for its series cannot exist yet and
 * is inserted directly (the fast path). Any other sample may exist: it is updated when its value
 * differs, inserted when absent, and counted as unchanged otherwise. The per-series high-water marks
 * behind the fast path are forgotten whenever a chunk's transaction does not commit.
 */
class MetricSampleWriter extends IngestWriter<MetricSample> {

	private final SampleTable samples;

	private final SeriesIds seriesIds;

	private final Map<Long, Long> highWaterMarks = new HashMap<>();

	MetricSampleWriter(SampleTable samples, IngestStatsRepository stats) {
		super(stats, "metrics");
		this.samples = samples;
		this.seriesIds = new SeriesIds(samples);
	}

	@Override
	public void beforeStep(org.springframework.batch.core.step.StepExecution stepExecution) {
		super.beforeStep(stepExecution);
		this.highWaterMarks.clear();
		this.seriesIds.forget();
	}

	@Override
	void storeChangedElsewhere() {
		this.highWaterMarks.clear();
		this.seriesIds.forget();
	}

	@Override
	void store(List<Parsed.Accepted<MetricSample>> accepted, Map<String, FileCounts> counts) {
		forgetOnRollback();
		// group the chunk's rows by key, in file order; a key read more than once is rare (a duplicate
		// or a correction in the exports) and takes the exact, row-by-row path below
		Map<Key, List<Parsed.Accepted<MetricSample>>> byKey = new LinkedHashMap<>();
		for (Parsed.Accepted<MetricSample> row : accepted) {
			MetricSample sample = row.value();
			Key key = new Key(this.seriesIds.idOf(sample.service(), sample.metric()), sample.timestamp().getEpochSecond());
			byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(row);
		}
		List<SampleTable.Row> appends = new ArrayList<>();
		List<Parsed.Accepted<MetricSample>> others = new ArrayList<>();
		for (var entry : byKey.entrySet()) {
			Key key = entry.getKey();
			List<Parsed.Accepted<MetricSample>> rows = entry.getValue();
			long mark = this.highWaterMarks.computeIfAbsent(key.seriesId(), this.samples::lastSecond);
			boolean absent = key.second() > mark;
			if (rows.size() > 1) {
				storeRepeated(key, rows, absent ? null : this.samples.value(key.seriesId(), key.second()).orElse(null), counts,
						appends);
			}
			else if (absent) {
				appends.add(new SampleTable.Row(key.seriesId(), key.second(), rows.get(0).value().value()));
				counts.get(rows.get(0).file()).inserted++;
			}
			else {
				others.add(rows.get(0));
			}
		}
		for (Key key : byKey.keySet()) {
			this.highWaterMarks.merge(key.seriesId(), key.second(), Math::max);
		}
		if (!appends.isEmpty()) {
			this.samples.append(appends);
		}
		if (!others.isEmpty()) {
			upsert(others, counts);
		}
	}

	/**
	 * A key read several times in one chunk: each row is counted as if the rows were stored one after
	 * the other (the first against the store, each later one against the row before it), so the
	 * per-file counts do not depend on where chunk boundaries fall; only the last value is written.
	 */
	private void storeRepeated(Key key, List<Parsed.Accepted<MetricSample>> rows, Double stored,
			Map<String, FileCounts> counts, List<SampleTable.Row> appends) {
		Double previous = stored;
		for (Parsed.Accepted<MetricSample> row : rows) {
			double value = row.value().value();
			FileCounts c = counts.get(row.file());
			if (previous == null) {
				c.inserted++;
			}
			else if (previous == value) {
				c.unchanged++;
			}
			else {
				c.replaced++;
			}
			previous = value;
		}
		SampleTable.Row last = new SampleTable.Row(key.seriesId(), key.second(), previous);
		if (stored == null && key.second() > this.highWaterMarks.getOrDefault(key.seriesId(), Long.MIN_VALUE)) {
			appends.add(last);
		}
		else if (stored == null || stored != last.value()) {
			this.samples.upsert(last);
		}
	}

	private void upsert(List<Parsed.Accepted<MetricSample>> rows, Map<String, FileCounts> counts) {
		List<SampleTable.Row> samples = new ArrayList<>(rows.size());
		for (Parsed.Accepted<MetricSample> row : rows) {
			samples.add(new SampleTable.Row(this.seriesIds.idOf(row.value().service(), row.value().metric()),
					row.value().timestamp().getEpochSecond(), row.value().value()));
		}
		List<SampleTable.Outcome> outcomes = this.samples.upsert(samples);
		for (int i = 0; i < rows.size(); i++) {
			FileCounts c = counts.get(rows.get(i).file());
			switch (outcomes.get(i)) {
				case REPLACED -> c.replaced++;
				case INSERTED -> c.inserted++;
				case UNCHANGED -> c.unchanged++;
			}
		}
	}

	private void forgetOnRollback() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						MetricSampleWriter.this.highWaterMarks.clear();
						MetricSampleWriter.this.seriesIds.forget();
					}
				}
			});
		}
	}

	private record Key(long seriesId, long second) {
	}

}
