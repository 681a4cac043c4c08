package org.opsreport.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The model registry: every retrain (series × report date) with its chosen model, fitted parameters,
 * backtest accuracy next to seasonal naive's, interval coverage and training window, and its
 * forecast. Keeps every report date's models, so accuracy drift can be shown over the nights.
 */
@Repository
public class ModelRegistry {

	private final JdbcTemplate jdbc;

	ModelRegistry(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** True when this run (job instance) already trained the series: a restarted run skips it. */
	boolean trainedBy(LocalDate date, long jobInstanceId, String service, String metric) {
		Integer count = this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM forecast_model
				WHERE report_date = ? AND job_instance_id = ? AND service = ? AND metric = ?""", Integer.class, date,
				jobInstanceId, service, metric);
		return count != null && count > 0;
	}

	/** Stores a retrain, replacing an earlier one of the same report date and series. */
	void save(LocalDate date, long jobInstanceId, String service, String metric, ForecastResult result,
			long intervalSeconds, Instant trainingStart, Instant trainingEnd, Instant trainedAt) {
		delete(date, service, metric);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			var ps = connection.prepareStatement("""
					INSERT INTO forecast_model (report_date, job_instance_id, service, metric, model, parameters, mase, smape,
					  seasonal_naive_mase, seasonal_naive_smape, coverage80, coverage95, training_points, interval_seconds,
					  training_start, training_end, messages, trained_at, msis, winkler80, coverage80_6h, coverage95_6h,
					  coverage80_24h, coverage95_24h, coverage80_48h, coverage95_48h)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" });
			ps.setObject(1, date);
			ps.setLong(2, jobInstanceId);
			ps.setString(3, service);
			ps.setString(4, metric);
			ps.setString(5, truncate(result.modelName(), 400));
			ps.setString(6, truncate(parameters(result.parameters()), 4000));
			setNullable(ps, 7, result.mase());
			setNullable(ps, 8, result.smape());
			setNullable(ps, 9, result.seasonalNaiveMase());
			setNullable(ps, 10, result.seasonalNaiveSmape());
			setNullable(ps, 11, result.coverage80());
			setNullable(ps, 12, result.coverage95());
			ps.setInt(13, result.trainingPoints());
			ps.setLong(14, intervalSeconds);
			ps.setLong(15, trainingStart.getEpochSecond());
			ps.setLong(16, trainingEnd.getEpochSecond());
			ps.setString(17, truncate(String.join("\n", result.messages()), 4000));
			ps.setObject(18, OffsetDateTime.ofInstant(trainedAt, ZoneOffset.UTC));
			IntervalScores scores = result.intervalScores();
			setNullable(ps, 19, scores.msis());
			setNullable(ps, 20, scores.winkler80());
			setNullable(ps, 21, scores.first6h().coverage80());
			setNullable(ps, 22, scores.first6h().coverage95());
			setNullable(ps, 23, scores.from6To24h().coverage80());
			setNullable(ps, 24, scores.from6To24h().coverage95());
			setNullable(ps, 25, scores.from24h().coverage80());
			setNullable(ps, 26, scores.from24h().coverage95());
			return ps;
		}, key);
		long id = key.getKey().longValue();
		List<Object[]> rows = new ArrayList<>(result.points().size());
		for (ForecastPoint p : result.points()) {
			rows.add(new Object[] { id, p.timestamp().getEpochSecond(), p.forecast(), p.lower80(), p.upper80(), p.lower95(),
					p.upper95() });
		}
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate("""
					INSERT INTO forecast_point (model_id, epoch_second, forecast, lower80, upper80, lower95, upper95)
					VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
		}
	}

	private void delete(LocalDate date, String service, String metric) {
		this.jdbc.update("""
				DELETE FROM forecast_point WHERE model_id IN
				  (SELECT id FROM forecast_model WHERE report_date = ? AND service = ? AND metric = ?)""", date, service,
				metric);
		this.jdbc.update("DELETE FROM forecast_model WHERE report_date = ? AND service = ? AND metric = ?", date, service,
				metric);
	}

	/** The models of a report date, by service and metric. */
	public List<StoredModel> models(LocalDate date) {
		return this.jdbc.query("SELECT * FROM forecast_model WHERE report_date = ? ORDER BY service, metric",
				(rs, n) -> new StoredModel(rs.getLong("id"), rs.getObject("report_date", LocalDate.class),
						rs.getString("service"), rs.getString("metric"), rs.getString("model"), rs.getString("parameters"),
						nullable(rs, "mase"), nullable(rs, "smape"), nullable(rs, "seasonal_naive_mase"),
						nullable(rs, "seasonal_naive_smape"), nullable(rs, "coverage80"), nullable(rs, "coverage95"),
						rs.getInt("training_points"), rs.getLong("interval_seconds"),
						Instant.ofEpochSecond(rs.getLong("training_start")), Instant.ofEpochSecond(rs.getLong("training_end")),
						rs.getString("messages"), rs.getObject("trained_at", OffsetDateTime.class).toInstant(),
						new StoredIntervalScores(nullable(rs, "msis"), nullable(rs, "winkler80"),
								new StoredIntervalScores.Band(nullable(rs, "coverage80_6h"), nullable(rs, "coverage95_6h")),
								new StoredIntervalScores.Band(nullable(rs, "coverage80_24h"), nullable(rs, "coverage95_24h")),
								new StoredIntervalScores.Band(nullable(rs, "coverage80_48h"), nullable(rs, "coverage95_48h")))),
				date);
	}

	/** The forecast of a stored model, in time order. */
	public List<ForecastPoint> points(long modelId) {
		return this.jdbc.query("""
				SELECT epoch_second, forecast, lower80, upper80, lower95, upper95 FROM forecast_point
				WHERE model_id = ? ORDER BY epoch_second""",
				(rs, n) -> new ForecastPoint(Instant.ofEpochSecond(rs.getLong(1)), rs.getDouble(2), rs.getDouble(3),
						rs.getDouble(4), rs.getDouble(5), rs.getDouble(6)),
				modelId);
	}

	/**
	 * The forecast points of the model of a series trained on {@code trainedOn} with {@code from <= t < to}, in time
	 * order (the scaling replay's view of the registry).
	 */
	public List<ForecastPoint> points(LocalDate trainedOn, String service, String metric, Instant from, Instant to) {
		return this.jdbc.query("""
				SELECT p.epoch_second, p.forecast, p.lower80, p.upper80, p.lower95, p.upper95
				FROM forecast_point p JOIN forecast_model m ON m.id = p.model_id
				WHERE m.report_date = ? AND m.service = ? AND m.metric = ? AND p.epoch_second >= ? AND p.epoch_second < ?
				ORDER BY p.epoch_second""",
				(rs, n) -> new ForecastPoint(Instant.ofEpochSecond(rs.getLong(1)), rs.getDouble(2), rs.getDouble(3),
						rs.getDouble(4), rs.getDouble(5), rs.getDouble(6)),
				trainedOn, service, metric, from.getEpochSecond(), to.getEpochSecond());
	}

	/** Accuracy of the last {@code limit} retrains of a series up to a report date, oldest first. */
	List<DriftPoint> drift(String service, String metric, LocalDate upTo, int limit) {
		List<DriftPoint> recent = this.jdbc.query("""
				SELECT report_date, model, mase, seasonal_naive_mase, coverage80 FROM forecast_model
				WHERE service = ? AND metric = ? AND report_date <= ? ORDER BY report_date DESC""",
				(rs, n) -> new DriftPoint(rs.getObject(1, LocalDate.class), rs.getString(2), nullable(rs, "mase"),
						nullable(rs, "seasonal_naive_mase"), nullable(rs, "coverage80")),
				service, metric, upTo);
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

	private static void setNullable(java.sql.PreparedStatement ps, int index, double value) throws java.sql.SQLException {
		if (Double.isFinite(value)) {
			ps.setDouble(index, value);
		}
		else {
			ps.setNull(index, java.sql.Types.DOUBLE);
		}
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
