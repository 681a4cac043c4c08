package org.opsreport.freshness;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The freshness queries: the last sample of every series before an instant (one index seek per series). */
@Component
class FreshnessStore {

	private final JdbcClient jdbc;

	FreshnessStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every stored series with its last sample before {@code end} ({@code null} when it has none), by service and metric. */
	List<SeriesLastSample> lastSamples(Instant end) {
		return this.jdbc.sql("""
				SELECT s.service, s.metric,
				       (SELECT MAX(m.epoch_second) FROM metric_sample m WHERE m.series_id = s.id AND m.epoch_second < ?)
				FROM series s ORDER BY s.service, s.metric""")
			.param(end.getEpochSecond())
			.query((rs, n) -> {
				long last = rs.getLong(3);
				return new SeriesLastSample(rs.getString(1), rs.getString(2), rs.wasNull() ? null : Instant.ofEpochSecond(last));
			})
			.list();
	}

}
