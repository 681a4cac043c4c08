package org.opsreport.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.opsreport.store.BatchUpdates;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the writers of {@code metric_sample} and {@code series}: CSV ingest and the Prometheus pull store their
 * samples through this one class, keyed on (series, second), so a re-read sample changes nothing and a changed value
 * replaces the stored one whichever source brought it.
 */
@Repository
public class SampleTable {

	private static final String INSERT = "INSERT INTO metric_sample (series_id, epoch_second, sample_value) VALUES (?, ?, ?)";

	private static final String UPDATE_IF_CHANGED = """
			UPDATE metric_sample SET sample_value = ? WHERE series_id = ? AND epoch_second = ? AND sample_value <> ?""";

	private static final String INSERT_IF_ABSENT = """
			INSERT INTO metric_sample (series_id, epoch_second, sample_value)
			SELECT CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS DOUBLE PRECISION)
			WHERE NOT EXISTS (SELECT 1 FROM metric_sample WHERE series_id = ? AND epoch_second = ?)""";

	private final JdbcClient jdbc;

	private final BatchUpdates batches;

	SampleTable(JdbcClient jdbc, BatchUpdates batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/** One sample to store. */
	record Row(long seriesId, long second, double value) {
	}

	/** What storing a sample did. */
	public enum Outcome {

		INSERTED, REPLACED, UNCHANGED

	}

	/** The id of a series, created when it is new. */
	long seriesId(String service, String metric) {
		Optional<Long> found = findSeries(service, metric);
		if (found.isPresent()) {
			return found.get();
		}
		this.jdbc.sql("INSERT INTO series (service, metric) VALUES (?, ?)").params(service, metric).update();
		return findSeries(service, metric).orElseThrow();
	}

	private Optional<Long> findSeries(String service, String metric) {
		return this.jdbc.sql("SELECT id FROM series WHERE service = ? AND metric = ?")
			.params(service, metric)
			.query(Long.class)
			.optional();
	}

	/** Inserts samples known to be absent (later than everything stored for their series), in one batch. */
	void append(List<Row> rows) {
		List<Object[]> params = new ArrayList<>(rows.size());
		for (Row row : rows) {
			params.add(new Object[] { row.seriesId(), row.second(), row.value() });
		}
		this.batches.run(INSERT, params);
	}

	/**
	 * Stores samples that may exist already: each is updated when its value differs, inserted when absent, left alone
	 * otherwise (two batches: the updates, then the inserts).
	 * @return what happened to each row, in the order of {@code rows}
	 */
	List<Outcome> upsert(List<Row> rows) {
		List<Object[]> updates = new ArrayList<>(rows.size());
		List<Object[]> inserts = new ArrayList<>(rows.size());
		for (Row row : rows) {
			updates.add(new Object[] { row.value(), row.seriesId(), row.second(), row.value() });
			inserts.add(new Object[] { row.seriesId(), row.second(), row.value(), row.seriesId(), row.second() });
		}
		int[] updated = this.batches.run(UPDATE_IF_CHANGED, updates);
		int[] inserted = this.batches.run(INSERT_IF_ABSENT, inserts);
		List<Outcome> outcomes = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			outcomes.add(BatchUpdates.hit(updated[i]) ? Outcome.REPLACED
					: BatchUpdates.hit(inserted[i]) ? Outcome.INSERTED : Outcome.UNCHANGED);
		}
		return outcomes;
	}

	/** {@link #upsert(List)} of one sample, without a batch. */
	void upsert(Row row) {
		if (this.jdbc.sql(UPDATE_IF_CHANGED).params(row.value(), row.seriesId(), row.second(), row.value()).update() == 0) {
			this.jdbc.sql(INSERT_IF_ABSENT)
				.params(row.seriesId(), row.second(), row.value(), row.seriesId(), row.second())
				.update();
		}
	}

	/**
	 * Stores the points of one series pulled from elsewhere (the Prometheus pull), as {@link #upsert(List)} does.
	 * @param seconds the points' epoch seconds
	 * @param values the points' values, in the order of {@code seconds}
	 */
	public List<Outcome> upsert(String service, String metric, long[] seconds, double[] values) {
		long series = seriesId(service, metric);
		List<Row> rows = new ArrayList<>(seconds.length);
		for (int i = 0; i < seconds.length; i++) {
			rows.add(new Row(series, seconds[i], values[i]));
		}
		return upsert(rows);
	}

	/** The stored value of a sample, if any. */
	Optional<Double> value(long seriesId, long second) {
		return this.jdbc.sql("SELECT sample_value FROM metric_sample WHERE series_id = ? AND epoch_second = ?")
			.params(seriesId, second)
			.query(Double.class)
			.optional();
	}

	/** The latest stored second of a series; {@link Long#MIN_VALUE} when it has no sample. */
	long lastSecond(long seriesId) {
		return this.jdbc.sql("SELECT MAX(epoch_second) FROM metric_sample WHERE series_id = ?")
			.param(seriesId)
			.query(Long.class)
			.optional()
			.orElse(Long.MIN_VALUE);
	}

	/** The latest stored sample time of a service's metric; empty when none is stored. */
	public Optional<Instant> last(String service, String metric) {
		return this.jdbc.sql("""
				SELECT MAX(m.epoch_second) FROM metric_sample m JOIN series s ON s.id = m.series_id
				WHERE s.service = ? AND s.metric = ?""").params(service, metric).query(Long.class).optional()
			.map(Instant::ofEpochSecond);
	}

	/** The latest stored sample time of any series; empty when the store holds none. */
	Optional<Instant> last() {
		// per series the maximum comes from the (series_id, epoch_second) key; a plain MAX would scan the table
		return this.jdbc.sql("""
				SELECT MAX((SELECT MAX(epoch_second) FROM metric_sample m WHERE m.series_id = s.id)) FROM series s""")
			.query(Long.class)
			.optional()
			.map(Instant::ofEpochSecond);
	}

}
