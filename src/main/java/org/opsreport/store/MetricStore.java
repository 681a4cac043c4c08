package org.opsreport.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.opsreport.timeseries.CounterIncreases;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Read access to the stored metric history, for the analysis steps. Values are stored as exported;
 * {@link #load(long, Instant, Instant)} gives the analyses a metric declared a counter at ingest
 * ({@link CounterMetrics}) as its per-interval increases, derived on every read from the stored values.
 */
@Repository
public class MetricStore {

	private final JdbcTemplate jdbc;

	private final CounterMetrics counters;

	MetricStore(JdbcTemplate jdbc, CounterMetrics counters) {
		this.jdbc = jdbc;
		this.counters = counters;
	}

	public List<SeriesKey> series() {
		return this.jdbc.query("SELECT id, service, metric FROM series ORDER BY service, metric",
				(rs, n) -> new SeriesKey(rs.getLong(1), rs.getString(2), rs.getString(3)));
	}

	public Optional<SeriesKey> find(String service, String metric) {
		return this.jdbc
			.query("SELECT id, service, metric FROM series WHERE service = ? AND metric = ?",
					(rs, n) -> new SeriesKey(rs.getLong(1), rs.getString(2), rs.getString(3)), service, metric)
			.stream()
			.findFirst();
	}

	/** The stored (exported) values of a series with {@code from <= t < to}: counters as cumulative totals. */
	public Samples loadStored(long seriesId, Instant from, Instant to) {
		LongList times = new LongList();
		DoubleList values = new DoubleList();
		this.jdbc.query("""
				SELECT epoch_second, sample_value FROM metric_sample
				WHERE series_id = ? AND epoch_second >= ? AND epoch_second < ? ORDER BY epoch_second""", rs -> {
			times.add(rs.getLong(1));
			values.add(rs.getDouble(2));
		}, seriesId, from.getEpochSecond(), to.getEpochSecond());
		return new Samples(times.toArray(), values.toArray());
	}

	/** Samples of a service's metric with {@code from <= t < to}; empty when the series is unknown. */
	public Samples load(String service, String metric, Instant from, Instant to) {
		return find(service, metric).map(s -> load(s.id(), from, to))
			.orElseGet(() -> new Samples(new long[0], new double[0]));
	}

	/**
	 * Samples of a series with {@code from <= t < to}, as the analyses read them: the stored values, or for a
	 * metric declared a counter ({@link CounterMetrics}) its {@link #loadIncreases increases}.
	 */
	public Samples load(long seriesId, Instant from, Instant to) {
		return isDeclaredCounter(seriesId) ? loadIncreases(seriesId, from, to) : loadStored(seriesId, from, to);
	}

	/**
	 * The per-interval increases of a cumulative counter series with {@code from <= t < to}
	 * ({@link CounterIncreases}: Prometheus's reset rule). The increase at {@code t} is the counter's growth from
	 * {@code t} to the next stored sample, so the first sample at or after {@code to} is read as well: a window
	 * gives the same increases as the whole history cut to that window, and the interval before {@code to} is
	 * counted once the next sample is stored. Derived on every read, never stored: re-ingesting a file or
	 * correcting a value changes the increases next to it and nothing else, and a restart has nothing to redo.
	 */
	public Samples loadIncreases(long seriesId, Instant from, Instant to) {
		Samples stored = loadStored(seriesId, from, to);
		List<Samples> next = this.jdbc.query("""
				SELECT epoch_second, sample_value FROM metric_sample
				WHERE series_id = ? AND epoch_second >= ? ORDER BY epoch_second LIMIT 1""",
				(rs, n) -> new Samples(new long[] { rs.getLong(1) }, new double[] { rs.getDouble(2) }), seriesId,
				to.getEpochSecond());
		long[] times = stored.epochSeconds();
		double[] values = stored.values();
		if (!next.isEmpty()) {
			times = java.util.Arrays.copyOf(times, times.length + 1);
			values = java.util.Arrays.copyOf(values, values.length + 1);
			times[times.length - 1] = next.get(0).epochSeconds()[0];
			values[values.length - 1] = next.get(0).values()[0];
		}
		CounterIncreases.Increases increases = CounterIncreases.of(times, values);
		return new Samples(increases.times(), increases.values());
	}

	/** Whether the series is a metric declared a counter at ingest; no query when none is declared. */
	public boolean isDeclaredCounter(long seriesId) {
		if (this.counters.isEmpty()) {
			return false;
		}
		return this.jdbc
			.query("SELECT service, metric FROM series WHERE id = ?",
					(rs, n) -> this.counters.isCounter(rs.getString(1), rs.getString(2)), seriesId)
			.stream()
			.findFirst()
			.orElse(false);
	}

	/** The first sample time of a series, whatever the range: one descent of the primary key. */
	public Optional<Instant> firstSampleTime(long seriesId) {
		return this.jdbc
			.query("SELECT epoch_second FROM metric_sample WHERE series_id = ? ORDER BY epoch_second LIMIT 1",
					(rs, n) -> Instant.ofEpochSecond(rs.getLong(1)), seriesId)
			.stream()
			.findFirst();
	}

	private static final class LongList {

		private long[] items = new long[1024];

		private int size;

		void add(long value) {
			if (this.size == this.items.length) {
				this.items = java.util.Arrays.copyOf(this.items, this.size * 2);
			}
			this.items[this.size++] = value;
		}

		long[] toArray() {
			return java.util.Arrays.copyOf(this.items, this.size);
		}

	}

	private static final class DoubleList {

		private double[] items = new double[1024];

		private int size;

		void add(double value) {
			if (this.size == this.items.length) {
				this.items = java.util.Arrays.copyOf(this.items, this.size * 2);
			}
			this.items[this.size++] = value;
		}

		double[] toArray() {
			return java.util.Arrays.copyOf(this.items, this.size);
		}

	}

}
