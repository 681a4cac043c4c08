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
	void store(List<Parsed.Accepted<MetricSample>> accepted, Map<String, FileCounts> counts) {
		forgetOnRollback();
		// within a chunk the last row of a key wins; earlier ones count as replaced or unchanged
		Map<Key, Parsed.Accepted<MetricSample>> latest = new LinkedHashMap<>();
		List<Object[]> appends = new ArrayList<>();
		List<Parsed.Accepted<MetricSample>> others = new ArrayList<>();
		for (Parsed.Accepted<MetricSample> row : accepted) {
			MetricSample sample = row.value();
			long seriesId = this.seriesIds.idOf(sample.service(), sample.metric());
			long second = sample.timestamp().getEpochSecond();
			Parsed.Accepted<MetricSample> previous = latest.put(new Key(seriesId, second), row);
			if (previous != null) {
				FileCounts c = counts.get(previous.file());
				if (previous.value().value() == sample.value()) {
					c.unchanged++;
				}
				else {
					c.replaced++;
				}
			}
		}
		for (var entry : latest.entrySet()) {
			Key key = entry.getKey();
			long mark = this.highWaterMarks.computeIfAbsent(key.seriesId(), this::storedMaximum);
			if (key.second() > mark) {
				appends.add(new Object[] { key.seriesId(), key.second(), entry.getValue().value().value() });
				counts.get(entry.getValue().file()).inserted++;
			}
			else {
				others.add(entry.getValue());
			}
		}
		for (var entry : latest.entrySet()) {
			this.highWaterMarks.merge(entry.getKey().seriesId(), entry.getKey().second(), Math::max);
		}
		if (!appends.isEmpty()) {
			this.jdbc.batchUpdate(INSERT, appends);
		}
		if (!others.isEmpty()) {
			upsert(others, counts);
		}
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
