package org.opsreport.analysis;

import java.time.LocalDate;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The staging table {@code analysis_part}: the partial result of one unit of a partitioned analysis (one SLO, one
 * service) for a report date, as JSON. A worker writes a unit's part in the transaction that ends the unit, so a
 * restarted run finds the units already done; the merge step reads the parts in report order, stores the report
 * section and clears them.
 */
@Repository
public class AnalysisParts {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AnalysisParts(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Stores (or replaces: a re-run of the date) one unit's part; {@code value} is serialized with Jackson. */
	public void save(LocalDate date, String section, String key, Object value) {
		String body = this.json.writeValueAsString(value);
		this.jdbc.sql("DELETE FROM analysis_part WHERE report_date = ? AND section_name = ? AND part_key = ?")
			.params(date, section, key)
			.update();
		this.jdbc.sql("INSERT INTO analysis_part (report_date, section_name, part_key, body) VALUES (?, ?, ?, ?)")
			.params(date, section, key, body)
			.update();
	}

	/** One unit's part as JSON, empty when the unit has not been analysed. */
	public Optional<JsonNode> load(LocalDate date, String section, String key) {
		return body(date, section, key).map(this.json::readTree);
	}

	/** One unit's part read into {@code type}, empty when the unit has not been analysed. */
	public <T> Optional<T> load(LocalDate date, String section, String key, Class<T> type) {
		return body(date, section, key).map((body) -> this.json.readValue(body, type));
	}

	/** One unit's part as JSON; fails when the unit has not been analysed. */
	public JsonNode require(LocalDate date, String section, String key) {
		return load(date, section, key).orElseThrow(() -> missing(date, section, key));
	}

	/** One unit's part read into {@code type}; fails when the unit has not been analysed. */
	public <T> T require(LocalDate date, String section, String key, Class<T> type) {
		return load(date, section, key, type).orElseThrow(() -> missing(date, section, key));
	}

	/** Removes the date's parts of a section (after the merge stored the section). */
	public void clear(LocalDate date, String section) {
		this.jdbc.sql("DELETE FROM analysis_part WHERE report_date = ? AND section_name = ?").params(date, section).update();
	}

	/** How many parts of the date's section are stored. */
	public int count(LocalDate date, String section) {
		return this.jdbc.sql("SELECT COUNT(*) FROM analysis_part WHERE report_date = ? AND section_name = ?")
			.params(date, section)
			.query(Integer.class)
			.single();
	}

	private Optional<String> body(LocalDate date, String section, String key) {
		return this.jdbc.sql("SELECT body FROM analysis_part WHERE report_date = ? AND section_name = ? AND part_key = ?")
			.params(date, section, key)
			.query(String.class)
			.optional();
	}

	private static IllegalStateException missing(LocalDate date, String section, String key) {
		return new IllegalStateException("no analysed part '" + key + "' of section " + section + " for " + date
				+ ": its worker did not finish; run the same command again to resume the job");
	}

}
