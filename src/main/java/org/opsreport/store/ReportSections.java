package org.opsreport.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored results of each report date, one JSON document per report section. Analysis steps save
 * their section; rendering reads them all back, so any day's report can be rendered again, byte for
 * byte, without ingest or retraining.
 * <p>
 * {@link #ORDER} is the order of the sections in report.json and in the rendered report.
 */
@Repository
public class ReportSections {

	/** Section order in the report; sections not listed follow in name order. */
	public static final List<String> ORDER = List.of("summary", "today", "slos", "forecasts", "scaling", "hpa",
			"performance", "incidents", "chaos", "dashboard", "coverage", "ingest");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ReportSections(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Stores (or replaces) a section of a report date; {@code value} is serialized with Jackson. */
	public void save(LocalDate date, String section, Object value) {
		String body = this.json.writeValueAsString(value);
		this.jdbc.sql("DELETE FROM report_section WHERE report_date = ? AND section_name = ?")
			.params(date, section)
			.update();
		this.jdbc.sql("INSERT INTO report_section (report_date, section_name, body) VALUES (?, ?, ?)")
			.params(date, section, body)
			.update();
	}

	/** The sections of a date in report order. */
	public Map<String, JsonNode> load(LocalDate date) {
		List<Map.Entry<String, String>> rows = new ArrayList<>(this.jdbc
			.sql("SELECT section_name, body FROM report_section WHERE report_date = ?")
			.param(date)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list());
		rows.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> rank(e.getKey())).thenComparing(Map.Entry::getKey));
		Map<String, JsonNode> sections = new LinkedHashMap<>();
		for (Map.Entry<String, String> row : rows) {
			sections.put(row.getKey(), this.json.readTree(row.getValue()));
		}
		return sections;
	}

	/** One section of a date, read into the feature's own type. */
	public <T> Optional<T> load(LocalDate date, String section, Class<T> type) {
		return this.jdbc.sql("SELECT body FROM report_section WHERE report_date = ? AND section_name = ?")
			.params(date, section)
			.query(String.class)
			.optional()
			.map(body -> this.json.readValue(body, type));
	}

	public List<LocalDate> between(LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT DISTINCT report_date FROM report_section WHERE report_date BETWEEN ? AND ? ORDER BY report_date""")
			.params(from, to)
			.query(LocalDate.class)
			.list();
	}

	public Optional<LocalDate> latest() {
		return Optional.ofNullable(this.jdbc.sql("SELECT MAX(report_date) FROM report_section").query(LocalDate.class).single());
	}

	private static int rank(String section) {
		int index = ORDER.indexOf(section);
		return index < 0 ? ORDER.size() : index;
	}

}
