package org.opsreport.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Looks up, or creates, the id of a (service, metric) series; remembers what it has seen. Shared by every writer of
 * {@code metric_sample} (CSV ingest, the Prometheus pull).
 */
public final class SeriesIds {

	private final JdbcTemplate jdbc;

	/** service -> metric -> id: no key string is built per row. */
	private final Map<String, Map<String, Long>> ids = new HashMap<>();

	public SeriesIds(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long idOf(String service, String metric) {
		Map<String, Long> metrics = this.ids.computeIfAbsent(service, s -> new HashMap<>());
		Long id = metrics.get(metric);
		if (id == null) {
			id = find(service, metric);
			metrics.put(metric, id);
		}
		return id;
	}

	void forget() {
		this.ids.clear();
	}

	private long find(String service, String metric) {
		List<Long> found = this.jdbc.queryForList("SELECT id FROM series WHERE service = ? AND metric = ?", Long.class,
				service, metric);
		if (!found.isEmpty()) {
			return found.get(0);
		}
		this.jdbc.update("INSERT INTO series (service, metric) VALUES (?, ?)", service, metric);
		return this.jdbc.queryForObject("SELECT id FROM series WHERE service = ? AND metric = ?", Long.class, service,
				metric);
	}

}
