package org.opsreport.ingest;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Per-file ingest totals and the reject log of an ingest run (a nightly job instance). Updated in
 * the chunk's transaction, so a crash never counts a row that was not stored, or the other way round.
 */
@Repository
public class IngestStatsRepository {

	private final JdbcClient jdbc;

	IngestStatsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void fileStarted(long jobInstanceId, String kind, String file, List<String> warnings) {
		String text = warnings.isEmpty() ? null : truncate(String.join("; ", warnings), 4000);
		int updated = this.jdbc
			.sql("UPDATE ingest_file_stats SET warnings = ? WHERE job_instance_id = ? AND file_name = ?")
			.params(text, jobInstanceId, file)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO ingest_file_stats (job_instance_id, kind, file_name, rows_read, rows_inserted,
					  rows_replaced, rows_unchanged, rows_rejected, warnings) VALUES (?, ?, ?, 0, 0, 0, 0, 0, ?)""")
				.params(jobInstanceId, kind, file, text)
				.update();
		}
	}

	void add(long jobInstanceId, String kind, String file, FileCounts counts) {
		int updated = this.jdbc.sql("""
				UPDATE ingest_file_stats SET rows_read = rows_read + ?, rows_inserted = rows_inserted + ?,
				  rows_replaced = rows_replaced + ?, rows_unchanged = rows_unchanged + ?, rows_rejected = rows_rejected + ?
				WHERE job_instance_id = ? AND file_name = ?""")
			.params(counts.read, counts.inserted, counts.replaced, counts.unchanged, counts.rejected, jobInstanceId, file)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO ingest_file_stats (job_instance_id, kind, file_name, rows_read, rows_inserted,
					  rows_replaced, rows_unchanged, rows_rejected) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(jobInstanceId, kind, file, counts.read, counts.inserted, counts.replaced, counts.unchanged,
						counts.rejected)
				.update();
		}
	}

	void reject(long jobInstanceId, Parsed.Rejected<?> reject) {
		this.jdbc.sql("DELETE FROM ingest_reject WHERE job_instance_id = ? AND file_name = ? AND line_number = ?")
			.params(jobInstanceId, reject.file(), reject.line())
			.update();
		this.jdbc.sql("""
				INSERT INTO ingest_reject (job_instance_id, file_name, line_number, column_name, reason, raw_text)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(jobInstanceId, reject.file(), reject.line(), reject.column(), truncate(reject.reason(), 2000),
					truncate(reject.raw(), 4000))
			.update();
	}

	/** The row whose lock serialises ingest chunk transactions of all runs sharing the store. */
	static final String INGEST_TURN = "ingest-writer";

	/** Creates the ingest turn row if it is missing (outside a transaction: a lost race is harmless). */
	void ensureIngestTurn() {
		try {
			this.jdbc.sql("""
					INSERT INTO run_lock (lock_name, owner, heartbeat_at)
					SELECT ?, '', 0 WHERE NOT EXISTS (SELECT 1 FROM run_lock WHERE lock_name = ?)""")
				.params(INGEST_TURN, INGEST_TURN)
				.update();
		}
		catch (org.springframework.dao.DataIntegrityViolationException raced) {
			// another run created it at the same moment
		}
	}

	/**
	 * Takes the ingest turn for the current chunk transaction (a row lock held until it commits), so
	 * that runs of different dates ingesting the same exports never race on the same keys.
	 * @return whether {@code writer} also wrote the previous chunk; if not, what it cached about the
	 * store (series ids, latest timestamps) may be out of date
	 */
	boolean takeIngestTurn(String writer) {
		String previous = this.jdbc.sql("SELECT owner FROM run_lock WHERE lock_name = ? FOR UPDATE")
			.param(INGEST_TURN)
			.query(String.class)
			.optional()
			.orElse("");
		if (!previous.equals(writer)) {
			this.jdbc.sql("UPDATE run_lock SET owner = ?, heartbeat_at = ? WHERE lock_name = ?")
				.params(writer, System.currentTimeMillis(), INGEST_TURN)
				.update();
		}
		return previous.equals(writer);
	}

	/** Forgets the counts and rejects of a kind of file, before reading those files again from the start. */
	void reset(long jobInstanceId, String kind) {
		this.jdbc.sql("""
				DELETE FROM ingest_reject WHERE job_instance_id = ? AND file_name IN
				  (SELECT file_name FROM ingest_file_stats WHERE job_instance_id = ? AND kind = ?)""")
			.params(jobInstanceId, jobInstanceId, kind)
			.update();
		this.jdbc.sql("DELETE FROM ingest_file_stats WHERE job_instance_id = ? AND kind = ?")
			.params(jobInstanceId, kind)
			.update();
	}

	/**
	 * Carries the counts and rejects of a file over from the run that read it to a run that found the
	 * file unchanged, so every run's report lists every input file.
	 */
	void carryOver(long fromInstance, long toInstance, String file) {
		if (fromInstance == toInstance) {
			return;
		}
		this.jdbc.sql("DELETE FROM ingest_reject WHERE job_instance_id = ? AND file_name = ?").params(toInstance, file).update();
		this.jdbc.sql("DELETE FROM ingest_file_stats WHERE job_instance_id = ? AND file_name = ?")
			.params(toInstance, file)
			.update();
		this.jdbc.sql("""
				INSERT INTO ingest_file_stats (job_instance_id, kind, file_name, rows_read, rows_inserted, rows_replaced,
				  rows_unchanged, rows_rejected, warnings)
				SELECT ?, kind, file_name, rows_read, rows_inserted, rows_replaced, rows_unchanged, rows_rejected, warnings
				FROM ingest_file_stats WHERE job_instance_id = ? AND file_name = ?""")
			.params(toInstance, fromInstance, file)
			.update();
		this.jdbc.sql("""
				INSERT INTO ingest_reject (job_instance_id, file_name, line_number, column_name, reason, raw_text)
				SELECT ?, file_name, line_number, column_name, reason, raw_text
				FROM ingest_reject WHERE job_instance_id = ? AND file_name = ?""")
			.params(toInstance, fromInstance, file)
			.update();
	}

	public List<FileStats> files(long jobInstanceId) {
		return this.jdbc.sql("""
				SELECT kind, file_name, rows_read, rows_inserted, rows_replaced, rows_unchanged, rows_rejected, warnings
				FROM ingest_file_stats WHERE job_instance_id = ? ORDER BY kind, file_name""")
			.param(jobInstanceId)
			.query((rs, n) -> new FileStats(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getString(8)))
			.list();
	}

	public List<RejectedRow> rejects(long jobInstanceId) {
		return this.jdbc.sql("""
				SELECT file_name, line_number, column_name, reason, raw_text FROM ingest_reject
				WHERE job_instance_id = ? ORDER BY file_name, line_number""")
			.param(jobInstanceId)
			.query((rs, n) -> new RejectedRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	/**
	 * The files of a kind that broke off before their end (truncated gzip, unreadable bytes, a record
	 * or content beyond the bounds): the rows after the break are lost, uncounted, so such a file fails
	 * the step whatever the ratio (issue 15 class 7).
	 */
	List<RejectedRow> brokenOff(long jobInstanceId, String kind) {
		return this.jdbc.sql("""
				SELECT r.file_name, r.line_number, r.column_name, r.reason, r.raw_text FROM ingest_reject r
				JOIN ingest_file_stats f ON f.job_instance_id = r.job_instance_id AND f.file_name = r.file_name
				WHERE r.job_instance_id = ? AND f.kind = ? AND (r.reason LIKE ? OR r.reason LIKE ?)
				ORDER BY r.file_name, r.line_number""")
			.params(jobInstanceId, kind, CsvFilesReader.TRUNCATED + "%", CsvFilesReader.BROKEN_OFF + "%")
			.query((rs, n) -> new RejectedRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	/** The stored totals of one file. */
	public record FileStats(String kind, String file, long read, long inserted, long replaced, long unchanged,
			long rejected, String warnings) {
	}

	/** One line of {@code rejects.csv}. */
	public record RejectedRow(String file, long line, String column, String reason, String raw) {
	}

}
