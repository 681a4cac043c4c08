package org.opsreport.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Upserts rows keyed on an id (incidents, chaos experiments). A hash of the row's values tells a
 * corrected row (replaced) from a re-read one (unchanged) without comparing column by column.
 *
 * @param <T> the record type
 */
class KeyedRowWriter<T> extends IngestWriter<T> {

	private final JdbcTemplate jdbc;

	private final String table;

	private final List<String> columns;

	private final Function<T, List<Object>> values;

	/**
	 * @param columns the table's columns, the key first, without {@code row_hash}
	 * @param values the column values of a record, in the order of {@code columns}
	 */
	KeyedRowWriter(JdbcTemplate jdbc, IngestStatsRepository stats, String kind, String table, List<String> columns,
			Function<T, List<Object>> values) {
		super(stats, kind);
		this.jdbc = jdbc;
		this.table = table;
		this.columns = columns;
		this.values = values;
	}

	@Override
	void store(List<Parsed.Accepted<T>> accepted, Map<String, FileCounts> counts) {
		Map<Object, Parsed.Accepted<T>> latest = new LinkedHashMap<>();
		for (Parsed.Accepted<T> row : accepted) {
			Parsed.Accepted<T> previous = latest.put(this.values.apply(row.value()).get(0), row);
			if (previous != null) {
				counts.get(previous.file()).replaced++;
			}
		}
		String key = this.columns.get(0);
		for (Parsed.Accepted<T> row : latest.values()) {
			List<Object> params = new ArrayList<>();
			for (Object value : this.values.apply(row.value())) {
				params.add(value instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)
						: value instanceof List<?> list ? String.join(";", list.stream().map(String::valueOf).toList())
								: value);
			}
			String hash = hash(params);
			List<String> stored = this.jdbc.queryForList("SELECT row_hash FROM " + this.table + " WHERE " + key + " = ?",
					String.class, params.get(0));
			FileCounts c = counts.get(row.file());
			if (stored.isEmpty()) {
				params.add(hash);
				this.jdbc.update("INSERT INTO " + this.table + " (" + String.join(", ", this.columns) + ", row_hash) VALUES ("
						+ "?, ".repeat(this.columns.size()) + "?)", params.toArray());
				c.inserted++;
			}
			else if (!stored.get(0).equals(hash)) {
				Object id = params.remove(0);
				params.add(hash);
				params.add(id);
				String assignments = String.join(" = ?, ", this.columns.subList(1, this.columns.size())) + " = ?, row_hash = ?";
				this.jdbc.update("UPDATE " + this.table + " SET " + assignments + " WHERE " + key + " = ?", params.toArray());
				c.replaced++;
			}
			else {
				c.unchanged++;
			}
		}
	}

	private static String hash(List<Object> params) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Object value : params) {
				digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0x1f);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
