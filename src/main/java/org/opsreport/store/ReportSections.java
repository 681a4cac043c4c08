package org.opsreport.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JavaType;
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

	/**
	 * The shape version of the sections this build writes. 1: up to the typed report model (statuses as
	 * free words, a summary service without SLO was {@code "none"}); 2: statuses are {@code Health} labels.
	 */
	public static final int SCHEMA_VERSION = 2;

	/** Section order in the report; sections not listed follow in name order. */
	public static final List<String> ORDER = List.of("summary", "freshness", "findings", "today", "slos", "forecasts", "intervalCalibration", "scaling", "hpa",
			"performance", "incidents", "chaos", "dashboard", "coverage", "ingest");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ReportSections(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Stores (or replaces) a section of a report date; {@code value}, the feature's record, is serialized
	 * with Jackson and stamped with {@link #SCHEMA_VERSION}.
	 */
	public void save(LocalDate date, String section, Object value) {
		String body = this.json.writeValueAsString(value);
		this.jdbc.sql("DELETE FROM report_section WHERE report_date = ? AND section_name = ?")
			.params(date, section)
			.update();
		this.jdbc.sql("INSERT INTO report_section (report_date, section_name, body, schema_version) VALUES (?, ?, ?, ?)")
			.params(date, section, body, SCHEMA_VERSION)
			.update();
	}

	/**
	 * A section body of schema {@code version} brought up to {@link #SCHEMA_VERSION} (in place): what
	 * {@link #load} does before binding; public for fixtures written in an older shape.
	 */
	public static JsonNode upgrade(String section, int version, JsonNode body) {
		return SectionUpgrades.upgrade(section, version, body);
	}

	/** The names of the stored sections of a date, in report order. */
	public List<String> names(LocalDate date) {
		List<String> names = new ArrayList<>(this.jdbc.sql("SELECT section_name FROM report_section WHERE report_date = ?")
			.param(date)
			.query(String.class)
			.list());
		names.sort(Comparator.comparingInt(ReportSections::rank).thenComparing(Comparator.naturalOrder()));
		return names;
	}

	/** One section of a date, read into the feature's own record type. */
	public <T> Optional<T> load(LocalDate date, String section, Class<T> type) {
		return load(date, section, this.json.constructType(type));
	}

	/** One section of a date that is a list of the feature's records. */
	public <T> Optional<List<T>> loadList(LocalDate date, String section, Class<T> element) {
		return load(date, section, this.json.getTypeFactory().constructCollectionType(List.class, element));
	}

	/**
	 * One section read into {@code type}: a body stored by an older version of opsreport is first brought
	 * up to {@link #SCHEMA_VERSION} by {@link SectionUpgrades}.
	 */
	public <T> Optional<T> load(LocalDate date, String section, JavaType type) {
		return this.jdbc.sql("SELECT body, schema_version FROM report_section WHERE report_date = ? AND section_name = ?")
			.params(date, section)
			.query((rs, n) -> new Stored(rs.getString(1), rs.getInt(2)))
			.optional()
			.map(stored -> {
				JsonNode tree = this.json.readTree(stored.body());
				JsonNode current = SectionUpgrades.upgrade(section, stored.version(), tree);
				return this.json.<T>treeToValue(current, type);
			});
	}

	private record Stored(String body, int version) {
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
