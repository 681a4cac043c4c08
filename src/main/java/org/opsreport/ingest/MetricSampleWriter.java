package org.opsreport.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
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

	private static final String INSERT = "INSERT INTO metric_sample (series_id, epoch_second, sample_value) VALUES (?, ?, ?)";

	private static final String UPDATE_IF_CHANGED = """
			UPDATE metric_sample SET sample_value = ? WHERE series_id = ? AND epoch_second = ? AND sample_value <> ?""";

	private static final String INSERT_IF_ABSENT = """
			INSERT INTO metric_sample (series_id, epoch_second, sample_value)
			SELECT CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS DOUBLE PRECISION)
			WHERE NOT EXISTS (SELECT 1 FROM metric_sample WHERE series_id = ? AND epoch_second = ?)""";

	private final JdbcTemplate jdbc;

	private final SeriesIds seriesIds;

	private final Map<Long, Long> highWaterMarks = new HashMap<>();

	MetricSampleWriter(JdbcTemplate jdbc, IngestStatsRepository stats) {
		super(stats, "metrics");
		this.jdbc = jdbc;
		this.seriesIds = new SeriesIds(jdbc);
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
		List<Object[]> appends = new ArrayList<>();
		List<Parsed.Accepted<MetricSample>> others = new ArrayList<>();
		for (var entry : byKey.entrySet()) {
			Key key = entry.getKey();
			List<Parsed.Accepted<MetricSample>> rows = entry.getValue();
			long mark = this.highWaterMarks.computeIfAbsent(key.seriesId(), this::storedMaximum);
			boolean absent = key.second() > mark;
			if (rows.size() > 1) {
				storeRepeated(key, rows, absent ? null : storedValue(key), counts, appends);
			}
			else if (absent) {
				appends.add(new Object[] { key.seriesId(), key.second(), rows.get(0).value().value() });
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
			this.jdbc.batchUpdate(INSERT, appends);
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
			Map<String, FileCounts> counts, List<Object[]> appends) {
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
		double last = previous;
		if (stored == null) {
			if (key.second() > this.highWaterMarks.getOrDefault(key.seriesId(), Long.MIN_VALUE)) {
				appends.add(new Object[] { key.seriesId(), key.second(), last });
			}
			else {
				this.jdbc.update(INSERT_IF_ABSENT, key.seriesId(), key.second(), last, key.seriesId(), key.second());
			}
		}
		else if (stored != last) {
			this.jdbc.update(UPDATE_IF_CHANGED, last, key.seriesId(), key.second(), last);
		}
	}

	private Double storedValue(Key key) {
		List<Double> found = this.jdbc.queryForList(
				"SELECT sample_value FROM metric_sample WHERE series_id = ? AND epoch_second = ?", Double.class,
				key.seriesId(), key.second());
		return found.isEmpty() ? null : found.get(0);
	}

	private void upsert(List<Parsed.Accepted<MetricSample>> rows, Map<String, FileCounts> counts) {
		List<Object[]> updates = new ArrayList<>(rows.size());
		List<Object[]> inserts = new ArrayList<>(rows.size());
		for (Parsed.Accepted<MetricSample> row : rows) {
			long id = this.seriesIds.idOf(row.value().service(), row.value().metric());
			long second = row.value().timestamp().getEpochSecond();
			double value = row.value().value();
			updates.add(new Object[] { value, id, second, value });
			inserts.add(new Object[] { id, second, value, id, second });
		}
		int[] updated = this.jdbc.batchUpdate(UPDATE_IF_CHANGED, updates);
		int[] inserted = this.jdbc.batchUpdate(INSERT_IF_ABSENT, inserts);
		for (int i = 0; i < rows.size(); i++) {
			FileCounts c = counts.get(rows.get(i).file());
			if (affected(updated[i])) {
				c.replaced++;
			}
			else if (affected(inserted[i])) {
				c.inserted++;
			}
			else {
				c.unchanged++;
			}
		}
	}

	/** JDBC drivers may answer SUCCESS_NO_INFO (-2) for batched statements; treat only > 0 as a hit. */
	private static boolean affected(int count) {
		return count > 0;
	}

	private long storedMaximum(long seriesId) {
		Long max = this.jdbc.queryForObject("SELECT MAX(epoch_second) FROM metric_sample WHERE series_id = ?",
				Long.class, seriesId);
		return max == null ? Long.MIN_VALUE : max;
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
