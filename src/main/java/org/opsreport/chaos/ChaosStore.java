package org.opsreport.chaos;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The chaos feature's store: the {@code chaos_experiment} table ingest fills. */
@Repository
class ChaosStore {

	private final JdbcClient jdbc;

	ChaosStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The experiments started in {@code [from, to)}, in start order. */
	List<ChaosExperiment> experiments(Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT id, name, experiment_type, target_services, started_at, duration_minutes, hypothesis, success_criteria
				FROM chaos_experiment WHERE started_at >= ? AND started_at < ? ORDER BY started_at, id""")
			.params(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new ChaosExperiment(rs.getString(1), rs.getString(2), rs.getString(3),
					Arrays.stream(rs.getString(4).split(";")).map(String::trim).filter((s) -> !s.isEmpty()).toList(),
					rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getInt(6), rs.getString(7), rs.getString(8)))
			.list();
	}

}
