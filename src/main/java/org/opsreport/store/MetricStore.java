package org.opsreport.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read access to the stored metric history, for the analysis steps. */
@Repository
public class MetricStore {

	private final JdbcClient jdbc;

	MetricStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	/** Samples of a series with {@code from <= t < to}. */
	public Samples load(long seriesId, Instant from, Instant to) {
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

	/** The first sample time of a series, whatever the range: one descent of the primary key. */
	public Optional<Instant> firstSampleTime(long seriesId) {
		return this.jdbc.sql("SELECT epoch_second FROM metric_sample WHERE series_id = ? ORDER BY epoch_second LIMIT 1")
			.param(seriesId)
			.query((rs, n) -> Instant.ofEpochSecond(rs.getLong(1)))
			.optional();
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
