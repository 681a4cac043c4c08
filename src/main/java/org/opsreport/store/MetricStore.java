package org.opsreport.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.opsreport.timeseries.CounterIncreases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read access to the stored metric history, for the analysis steps. Values are stored as exported;
 * {@link #load(long, Instant, Instant)} gives the analyses a metric declared a counter at ingest
 * ({@link CounterMetrics}) as its per-interval increases, derived on every read from the stored values.
 */
@Repository
public class MetricStore {

	private final JdbcClient jdbc;

	private final CounterMetrics counters;

	MetricStore(JdbcClient jdbc, CounterMetrics counters) {
		this.jdbc = jdbc;
		this.counters = counters;
	}

	public List<SeriesKey> series() {
		return this.jdbc.sql("SELECT id, service, metric FROM series ORDER BY service, metric")
			.query((rs, n) -> new SeriesKey(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	public Optional<SeriesKey> find(String service, String metric) {
		return this.jdbc.sql("SELECT id, service, metric FROM series WHERE service = ? AND metric = ?")
			.params(service, metric)
			.query((rs, n) -> new SeriesKey(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	/** The stored (exported) values of a series with {@code from <= t < to}: counters as cumulative totals. */
	public Samples loadStored(long seriesId, Instant from, Instant to) {
		SampleBuffer samples = new SampleBuffer();
		this.jdbc.sql("""
				SELECT epoch_second, sample_value FROM metric_sample
				WHERE series_id = ? AND epoch_second >= ? AND epoch_second < ? ORDER BY epoch_second""")
			.params(seriesId, from.getEpochSecond(), to.getEpochSecond())
			.query((java.sql.ResultSet rs) -> samples.add(rs.getLong(1), rs.getDouble(2)));
		return samples.toSamples();
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
		List<Samples> next = this.jdbc.sql("""
				SELECT epoch_second, sample_value FROM metric_sample
				WHERE series_id = ? AND epoch_second >= ? ORDER BY epoch_second LIMIT 1""")
			.params(seriesId, to.getEpochSecond())
			.query((rs, n) -> new Samples(new long[] { rs.getLong(1) }, new double[] { rs.getDouble(2) }))
			.list();
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
	boolean isDeclaredCounter(long seriesId) {
		if (this.counters.isEmpty()) {
			return false;
		}
		return this.jdbc.sql("SELECT service, metric FROM series WHERE id = ?")
			.params(seriesId)
			.query((rs, n) -> this.counters.isCounter(rs.getString(1), rs.getString(2)))
			.optional()
			.orElse(false);
	}

	/** The last sample time of a series before {@code end}; empty when it has none. */
	public Optional<Instant> lastSampleBefore(long seriesId, Instant end) {
		return this.jdbc.sql("SELECT MAX(epoch_second) FROM metric_sample WHERE series_id = ? AND epoch_second < ?")
			.params(seriesId, end.getEpochSecond())
			.query((rs, n) -> {
				long second = rs.getLong(1);
				return rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochSecond(second));
			})
			.single();
	}

	/** The samples of one query, in two growing primitive arrays (a series' window can hold 100,000 samples). */
	private static final class SampleBuffer {

		private long[] times = new long[1024];

		private double[] values = new double[1024];

		private int size;

		void add(long time, double value) {
			if (this.size == this.times.length) {
				this.times = Arrays.copyOf(this.times, this.size * 2);
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.times[this.size] = time;
			this.values[this.size++] = value;
		}

		Samples toSamples() {
			return new Samples(Arrays.copyOf(this.times, this.size), Arrays.copyOf(this.values, this.size));
		}

	}

}
