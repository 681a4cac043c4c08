package org.opsreport.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.opsreport.store.BatchUpdates;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The model registry: every retrain (series × report date) with its chosen model, fitted parameters,
 * backtest accuracy next to seasonal naive's, interval coverage and training window, and its
 * forecast. Keeps every report date's models, so accuracy drift can be shown over the nights.
 */
@Repository
public class ModelRegistry {

	private final JdbcClient jdbc;

	private final BatchUpdates batches;

	ModelRegistry(JdbcClient jdbc, BatchUpdates batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/** True when this run (job instance) already trained the series: a restarted run skips it. */
	boolean trainedBy(LocalDate date, long jobInstanceId, String service, String metric) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM forecast_model
				WHERE report_date = ? AND job_instance_id = ? AND service = ? AND metric = ?""")
			.params(date, jobInstanceId, service, metric)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Records how a retrain's forecast did against the values recorded on the day after its report date
	 * ({@link RealizedAccuracy}): the registry then holds realized interval scores next to the backtest's.
	 * Idempotent: a re-run of the scoring night writes the same figures.
	 */
	void saveRealized(long modelId, RealizedAccuracy realized) {
		this.jdbc.sql("""
				UPDATE forecast_model SET realized_points = ?, realized_skill = ?, realized_coverage80 = ?,
				  realized_coverage95 = ?, realized_winkler80 = ?, realized_msis = ?
				WHERE id = ?""")
			.params(realized.points(), nullable(realized.skill()), nullable(realized.coverage80()),
					nullable(realized.coverage95()), nullable(realized.winkler80()), nullable(realized.msis()), modelId)
			.update();
	}

	/** Stores a retrain, replacing an earlier one of the same report date and series. */
	void save(LocalDate date, long jobInstanceId, String service, String metric, ForecastResult result,
			long intervalSeconds, Instant trainingStart, Instant trainingEnd, Instant trainedAt) {
		delete(date, service, metric);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		IntervalScores scores = result.intervalScores();
		this.jdbc.sql("""
				INSERT INTO forecast_model (report_date, job_instance_id, service, metric, model, parameters, mase, smape,
				  seasonal_naive_mase, seasonal_naive_smape, coverage80, coverage95, training_points, interval_seconds,
				  training_start, training_end, messages, trained_at, msis, winkler80, coverage80_6h, coverage95_6h,
				  coverage80_24h, coverage95_24h, coverage80_48h, coverage95_48h)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(date, jobInstanceId, service, metric, truncate(result.modelName(), 400),
					truncate(parameters(result.parameters()), 4000), nullable(result.mase()), nullable(result.smape()),
					nullable(result.seasonalNaiveMase()), nullable(result.seasonalNaiveSmape()),
					nullable(result.coverage80()), nullable(result.coverage95()), result.trainingPoints(), intervalSeconds,
					trainingStart.getEpochSecond(), trainingEnd.getEpochSecond(),
					truncate(String.join("\n", result.messages()), 4000), OffsetDateTime.ofInstant(trainedAt, ZoneOffset.UTC),
					nullable(scores.msis()), nullable(scores.winkler80()), nullable(scores.first6h().coverage80()),
					nullable(scores.first6h().coverage95()), nullable(scores.from6To24h().coverage80()),
					nullable(scores.from6To24h().coverage95()), nullable(scores.from24h().coverage80()),
					nullable(scores.from24h().coverage95()))
			.update(key, "id");
		long id = key.getKey().longValue();
		List<Object[]> rows = new ArrayList<>(result.points().size());
		for (ForecastPoint p : result.points()) {
			rows.add(new Object[] { id, p.timestamp().getEpochSecond(), p.forecast(), p.lower80(), p.upper80(), p.lower95(),
					p.upper95() });
		}
		this.batches.run("""
				INSERT INTO forecast_point (model_id, epoch_second, forecast, lower80, upper80, lower95, upper95)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	private void delete(LocalDate date, String service, String metric) {
		this.jdbc.sql("""
				DELETE FROM forecast_point WHERE model_id IN
				  (SELECT id FROM forecast_model WHERE report_date = ? AND service = ? AND metric = ?)""")
			.params(date, service, metric)
			.update();
		this.jdbc.sql("DELETE FROM forecast_model WHERE report_date = ? AND service = ? AND metric = ?")
			.params(date, service, metric)
			.update();
	}

	/** The models of a report date, by service and metric. */
	public List<StoredModel> models(LocalDate date) {
		return this.jdbc.sql("SELECT * FROM forecast_model WHERE report_date = ? ORDER BY service, metric")
			.param(date)
			.query((rs, n) -> new StoredModel(rs.getLong("id"), rs.getObject("report_date", LocalDate.class),
						rs.getString("service"), rs.getString("metric"), rs.getString("model"), rs.getString("parameters"),
						nullable(rs, "mase"), nullable(rs, "smape"), nullable(rs, "seasonal_naive_mase"),
						nullable(rs, "seasonal_naive_smape"), nullable(rs, "coverage80"), nullable(rs, "coverage95"),
						rs.getInt("training_points"), rs.getLong("interval_seconds"),
						Instant.ofEpochSecond(rs.getLong("training_start")), Instant.ofEpochSecond(rs.getLong("training_end")),
						rs.getString("messages"), rs.getObject("trained_at", OffsetDateTime.class).toInstant(),
						new StoredIntervalScores(nullable(rs, "msis"), nullable(rs, "winkler80"),
								new StoredIntervalScores.Band(nullable(rs, "coverage80_6h"), nullable(rs, "coverage95_6h")),
								new StoredIntervalScores.Band(nullable(rs, "coverage80_24h"), nullable(rs, "coverage95_24h")),
								new StoredIntervalScores.Band(nullable(rs, "coverage80_48h"), nullable(rs, "coverage95_48h")))))
			.list();
	}

	/** The forecast of a stored model, in time order. */
	public List<ForecastPoint> points(long modelId) {
		return this.jdbc.sql("""
				SELECT epoch_second, forecast, lower80, upper80, lower95, upper95 FROM forecast_point
				WHERE model_id = ? ORDER BY epoch_second""").param(modelId).query(ModelRegistry::point).list();
	}

	/**
	 * The forecast points of the model of a series trained on {@code trainedOn} with {@code from <= t < to}, in time
	 * order (the scaling replay's view of the registry).
	 */
	public List<ForecastPoint> points(LocalDate trainedOn, String service, String metric, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT p.epoch_second, p.forecast, p.lower80, p.upper80, p.lower95, p.upper95
				FROM forecast_point p JOIN forecast_model m ON m.id = p.model_id
				WHERE m.report_date = ? AND m.service = ? AND m.metric = ? AND p.epoch_second >= ? AND p.epoch_second < ?
				ORDER BY p.epoch_second""")
			.params(trainedOn, service, metric, from.getEpochSecond(), to.getEpochSecond())
			.query(ModelRegistry::point)
			.list();
	}

	/** Accuracy of the last {@code limit} retrains of a series up to a report date, oldest first. */
	List<DriftPoint> drift(String service, String metric, LocalDate upTo, int limit) {
		List<DriftPoint> recent = this.jdbc.sql("""
				SELECT report_date, model, mase, seasonal_naive_mase, coverage80 FROM forecast_model
				WHERE service = ? AND metric = ? AND report_date <= ? ORDER BY report_date DESC""")
			.params(service, metric, upTo)
			.query((rs, n) -> new DriftPoint(rs.getObject(1, LocalDate.class), rs.getString(2), nullable(rs, "mase"),
					nullable(rs, "seasonal_naive_mase"), nullable(rs, "coverage80")))
			.list();
		List<DriftPoint> last = new ArrayList<>(recent.subList(0, Math.min(limit, recent.size())));
		java.util.Collections.reverse(last);
		return last;
	}

	private static String parameters(Map<String, Double> parameters) {
		return parameters.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining(", "));
	}

	/** A forecast point read as {@code epoch_second, forecast, lower80, upper80, lower95, upper95}. */
	private static ForecastPoint point(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ForecastPoint(Instant.ofEpochSecond(rs.getLong(1)), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
				rs.getDouble(5), rs.getDouble(6));
	}

	/** A double column's parameter: SQL NULL where the figure is missing or undefined (NaN or infinite); typed, since a bare null has no SQL type for every driver. */
	private static SqlParameterValue nullable(Double value) {
		return new SqlParameterValue(java.sql.Types.DOUBLE, value != null && Double.isFinite(value) ? value : null);
	}

	private static Double nullable(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	/**
	 * A stored retrain. Accuracy figures are null where undefined (see messages); {@code intervals} holds
	 * the backtest's interval scores (all null for retrains stored before those columns existed).
	 */
	public record StoredModel(long id, LocalDate reportDate, String service, String metric, String model,
			String parameters, Double mase, Double smape, Double seasonalNaiveMase, Double seasonalNaiveSmape,
			Double coverage80, Double coverage95, int trainingPoints, long intervalSeconds, Instant trainingStart,
			Instant trainingEnd, String messages, Instant trainedAt, StoredIntervalScores intervals) {
	}

	/** The accuracy of one night's retrain. */
	public record DriftPoint(LocalDate reportDate, String model, Double mase, Double seasonalNaiveMase, Double coverage80) {
	}

}
