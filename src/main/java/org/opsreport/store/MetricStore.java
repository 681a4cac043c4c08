package org.opsreport.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Read access to the stored metric history, for the analysis steps. */
@Repository
public class MetricStore {

	private final JdbcTemplate jdbc;

	MetricStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
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

	/** Samples of a series with {@code from <= t < to}. */
	public Samples load(long seriesId, Instant from, Instant to) {
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
