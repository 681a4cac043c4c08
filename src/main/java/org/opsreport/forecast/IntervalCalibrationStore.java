package org.opsreport.forecast;

import java.time.LocalDate;
import java.util.List;

import org.opsreport.forecast.IntervalCalibration.BandMultipliers;
import org.opsreport.forecast.IntervalCalibration.Multipliers;
import org.opsreport.forecast.IntervalCalibration.ScoreCounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The interval calibration's night-by-night state in the model registry's database: per report date,
 * horizon band and level, the scores counted on the multiplier grid and the level and multiplier applied
 * (tables {@code interval_calibration}, {@code interval_score_count}).
 */
@Repository
class IntervalCalibrationStore {

	/** The interval levels stored, in percent. */
	static final int[] LEVELS = { 80, 95 };

	private final JdbcClient jdbc;

	IntervalCalibrationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One night's calibration of one band and level. */
	record Night(LocalDate reportDate, int band, int level, long scored, long missed, double alpha, long windowScores,
			double multiplier, ScoreCounts counts) {
	}

	/** Stores a night, replacing what an earlier run of the same date stored. */
	void save(LocalDate date, List<Night> nights) {
		this.jdbc.sql("DELETE FROM interval_score_count WHERE report_date = ?").param(date).update();
		this.jdbc.sql("DELETE FROM interval_calibration WHERE report_date = ?").param(date).update();
		for (Night n : nights) {
			this.jdbc.sql("""
					INSERT INTO interval_calibration (report_date, band, interval_level, scored, missed, alpha, window_scores,
					  multiplier) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(date, n.band(), n.level(), n.scored(), n.missed(), n.alpha(), n.windowScores(), n.multiplier())
				.update();
			long[] within = n.counts().within();
			for (int i = 0; i < within.length; i++) {
				if (within[i] > 0) {
					this.jdbc.sql("""
							INSERT INTO interval_score_count (report_date, band, interval_level, grid_index, scores_within)
							VALUES (?, ?, ?, ?, ?)""").params(date, n.band(), n.level(), i, within[i]).update();
				}
			}
		}
	}

	/** The multipliers applied to a night's intervals; {@link Multipliers#ONE} for a night without calibration. */
	Multipliers multipliers(LocalDate date) {
		double[][] m = new double[IntervalCalibration.BANDS][];
		for (int b = 0; b < m.length; b++) {
			m[b] = new double[] { 1, 1 };
		}
		this.jdbc.sql("SELECT band, interval_level, multiplier FROM interval_calibration WHERE report_date = ?")
			.param(date)
			.query((rs, n) -> m[rs.getInt(1)][rs.getInt(2) == 80 ? 0 : 1] = rs.getDouble(3))
			.list();
		BandMultipliers[] bands = new BandMultipliers[m.length];
		for (int b = 0; b < bands.length; b++) {
			bands[b] = new BandMultipliers(m[b][0], m[b][1]);
		}
		return Multipliers.of(bands);
	}

	/** The adaptive level in force on a night, or {@code nominal} when that night has none stored. */
	double alpha(LocalDate date, int band, int level, double nominal) {
		return this.jdbc.sql("""
				SELECT alpha FROM interval_calibration WHERE report_date = ? AND band = ? AND interval_level = ?""")
			.params(date, band, level)
			.query(Double.class)
			.optional()
			.orElse(nominal);
	}

	/** The stored nights {@code from <= report_date <= to} (every band and level), without their grid counts. */
	List<IntervalsHeld.Night> nights(LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT report_date, band, interval_level, scored, missed, alpha, multiplier FROM interval_calibration
				WHERE report_date BETWEEN ? AND ? ORDER BY report_date, band, interval_level""")
			.params(from, to)
			.query((rs, n) -> new IntervalsHeld.Night(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getInt(3),
					rs.getLong(4), rs.getLong(5), rs.getDouble(6), rs.getDouble(7)))
			.list();
	}

	/** The scores of the nights {@code from <= report_date <= to}, pooled. */
	ScoreCounts counts(LocalDate from, LocalDate to, int band, int level) {
		long total = this.jdbc.sql("""
				SELECT COALESCE(SUM(scored), 0) FROM interval_calibration
				WHERE report_date BETWEEN ? AND ? AND band = ? AND interval_level = ?""")
			.params(from, to, band, level)
			.query(Long.class)
			.single();
		long[] within = new long[IntervalCalibration.GRID];
		this.jdbc.sql("""
				SELECT grid_index, SUM(scores_within) FROM interval_score_count
				WHERE report_date BETWEEN ? AND ? AND band = ? AND interval_level = ? GROUP BY grid_index""")
			.params(from, to, band, level)
			.query((rs, n) -> within[rs.getInt(1)] = rs.getLong(2))
			.list();
		return new ScoreCounts(total, within);
	}

}
