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

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Upserts rows keyed on an id (incidents, chaos experiments). A hash of the row's values tells a
 * corrected row (replaced) from a re-read one (unchanged) without comparing column by column.
 *
 * @param <T> the record type
 */
class KeyedRowWriter<T> extends IngestWriter<T> {

	private final JdbcClient jdbc;

	private final String table;

	private final List<String> columns;

	private final Function<T, List<Object>> values;

	/**
	 * @param columns the table's columns, the key first, without {@code row_hash}
	 * @param values the column values of a record, in the order of {@code columns}
	 */
	KeyedRowWriter(JdbcClient jdbc, IngestStatsRepository stats, String kind, String table, List<String> columns,
			Function<T, List<Object>> values) {
		super(stats, kind);
		this.jdbc = jdbc;
		this.table = table;
		this.columns = columns;
		this.values = values;
	}

	/**
	 * Each row is counted as if the rows were stored one after the other: the first row of an id in
	 * the chunk against the store, a later row of the same id against the row before it (so counts do
	 * not depend on chunk boundaries). Only the last row of an id is written.
	 */
	@Override
	void store(List<Parsed.Accepted<T>> accepted, Map<String, FileCounts> counts) {
		Map<Object, List<Parsed.Accepted<T>>> byId = new LinkedHashMap<>();
		for (Parsed.Accepted<T> row : accepted) {
			byId.computeIfAbsent(this.values.apply(row.value()).get(0), k -> new ArrayList<>(1)).add(row);
		}
		String key = this.columns.get(0);
		for (List<Parsed.Accepted<T>> rows : byId.values()) {
			List<Object> params = null;
			String previous = null;
			String stored = null;
			boolean first = true;
			for (Parsed.Accepted<T> row : rows) {
				params = parameters(row.value());
				String hash = hash(params);
				if (first) {
					stored = this.jdbc.sql("SELECT row_hash FROM " + this.table + " WHERE " + key + " = ?")
						.param(params.get(0))
						.query(String.class)
						.optional()
						.orElse(null);
					previous = stored;
					first = false;
				}
				FileCounts c = counts.get(row.file());
				if (previous == null) {
					c.inserted++;
				}
				else if (previous.equals(hash)) {
					c.unchanged++;
				}
				else {
					c.replaced++;
				}
				previous = hash;
			}
			write(params, previous, stored);
		}
	}

	/** Writes the last row of an id: insert, update, or nothing when the store holds it already. */
	private void write(List<Object> params, String hash, String stored) {
		String key = this.columns.get(0);
		List<Object> values = new ArrayList<>(params);
		if (stored == null) {
			values.add(hash);
			this.jdbc.sql("INSERT INTO " + this.table + " (" + String.join(", ", this.columns) + ", row_hash) VALUES ("
					+ "?, ".repeat(this.columns.size()) + "?)").params(values).update();
		}
		else if (!stored.equals(hash)) {
			Object id = values.remove(0);
			values.add(hash);
			values.add(id);
			String assignments = String.join(" = ?, ", this.columns.subList(1, this.columns.size())) + " = ?, row_hash = ?";
			this.jdbc.sql("UPDATE " + this.table + " SET " + assignments + " WHERE " + key + " = ?").params(values).update();
		}
	}

	private List<Object> parameters(T record) {
		List<Object> params = new ArrayList<>();
		for (Object value : this.values.apply(record)) {
			params.add(value instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)
					: value instanceof List<?> list ? String.join(";", list.stream().map(String::valueOf).toList()) : value);
		}
		return params;
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
