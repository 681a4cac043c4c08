package org.opsreport.prometheus;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.opsreport.ingest.SeriesIds;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Upserts pulled points into {@code metric_sample}, the table CSV ingest fills, keyed on (series, second): pulling the
 * same range again changes nothing, a changed value (a late-arriving sample changed the query's result) replaces the
 * stored one.
 */
final class PrometheusSampleWriter implements ItemWriter<PulledRange> {

	private static final Logger log = LoggerFactory.getLogger(PrometheusSampleWriter.class);

	private static final String UPDATE_IF_CHANGED = """
			UPDATE metric_sample SET sample_value = ? WHERE series_id = ? AND epoch_second = ? AND sample_value <> ?""";

	private static final String INSERT_IF_ABSENT = """
			INSERT INTO metric_sample (series_id, epoch_second, sample_value)
			SELECT CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS DOUBLE PRECISION)
			WHERE NOT EXISTS (SELECT 1 FROM metric_sample WHERE series_id = ? AND epoch_second = ?)""";

	private final JdbcTemplate jdbc;

	PrometheusSampleWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void write(Chunk<? extends PulledRange> chunk) {
		// ids looked up per chunk: a cached id could outlive a rolled-back insert of its series
		SeriesIds seriesIds = new SeriesIds(this.jdbc);
		for (PulledRange pulled : chunk) {
			long series = seriesIds.idOf(pulled.source().target().service(), pulled.source().target().metric());
			List<Object[]> updates = new ArrayList<>();
			List<Object[]> inserts = new ArrayList<>();
			for (PrometheusClient.Point point : pulled.points()) {
				long second = point.time().getEpochSecond();
				updates.add(new Object[] { point.value(), series, second, point.value() });
				inserts.add(new Object[] { series, second, point.value(), series, second });
			}
			int replaced = count(this.jdbc.batchUpdate(UPDATE_IF_CHANGED, updates));
			int inserted = count(this.jdbc.batchUpdate(INSERT_IF_ABSENT, inserts));
			log.info("Prometheus {} {} to {}: {} points, {} new, {} replaced", pulled.source().target(),
					pulled.range().start(), pulled.range().end(), pulled.points().size(), inserted, replaced);
		}
	}

	/** JDBC drivers may answer SUCCESS_NO_INFO (-2) for batched statements; only > 0 counts. */
	private static int count(int[] affected) {
		int n = 0;
		for (int a : affected) {
			n += (a > 0) ? 1 : 0;
		}
		return n;
	}

}
