package org.opsreport.store;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one place that sends JDBC batches. Every store talks to the database through {@code JdbcClient}, which has no
 * batch API (Spring Framework 7.0); writing ingest's samples or a model's forecast row by row would cost one round
 * trip per row, so the stores that write many rows of one statement hand them here, and this class alone holds a
 * {@link JdbcTemplate} (checked by {@code ArchitectureTest}).
 */
@Component
public final class BatchUpdates {

	private final JdbcTemplate jdbc;

	public BatchUpdates(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Runs one statement once per row, in one batch.
	 * @param sql the statement, with {@code ?} placeholders
	 * @param rows the parameters of each execution, in placeholder order
	 * @return the number of rows each execution changed; a driver may answer {@code SUCCESS_NO_INFO} (-2), so only a
	 * count {@code > 0} means a row was hit (see {@link #hit(int)})
	 */
	public int[] run(String sql, List<Object[]> rows) {
		return rows.isEmpty() ? new int[0] : this.jdbc.batchUpdate(sql, rows);
	}

	/** True when a batched execution changed a row: JDBC drivers may answer SUCCESS_NO_INFO (-2), which is no hit. */
	public static boolean hit(int count) {
		return count > 0;
	}

}
