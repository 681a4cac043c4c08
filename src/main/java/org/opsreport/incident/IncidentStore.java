package org.opsreport.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import org.opsreport.slo.IncidentWindow;
import org.opsreport.slo.IncidentWindows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The incident feature's store: the one mapping of the {@code incident} table (written by ingest) into
 * {@link Incident} records, which the day's overview reads too, and the SLO evaluation as
 * {@link IncidentWindows}. Ingest has validated every row
 * (timestamps in order, percentages in range, severity normalized to {@code SEV1..SEV4} or null), so the
 * record's own checks do not fire on stored data.
 */
@Repository
public class IncidentStore implements IncidentWindows {

	private final JdbcClient jdbc;

	IncidentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every stored incident, in detection order (then id). */
	public List<Incident> all() {
		return this.jdbc.sql("""
				SELECT id, title, services, detected_at, resolved_at, severity, acknowledged_at, mitigated_at,
				       service_unavailable, affected_users_pct, data_loss, security_incident,
				       performance_degradation_pct, postmortem_completed_at, primary_cause, contributing_factors,
				       action_items, lessons_learned
				FROM incident ORDER BY detected_at, id""").query((rs, n) -> row(rs)).list();
	}

	/** The SLO evaluation's view of the incidents detected before {@code end}. */
	@Override
	public List<IncidentWindow> detectedBefore(Instant end) {
		return all().stream()
			.filter((incident) -> incident.detectedAt().isBefore(end))
			.map((incident) -> new IncidentWindow(incident.id(), new LinkedHashSet<>(incident.services()),
					incident.detectedAt(), incident.resolvedAt(), incident.postmortemCompletedAt() != null))
			.toList();
	}

	private static Incident row(ResultSet rs) throws SQLException {
		String severity = rs.getString("severity");
		return new Incident(rs.getString("id"), rs.getString("title"), list(rs.getString("services")),
				instant(rs, "detected_at"), instant(rs, "resolved_at"),
				(severity == null || severity.isBlank()) ? null : Severity.valueOf(severity.trim()),
				instant(rs, "acknowledged_at"), instant(rs, "mitigated_at"), rs.getObject("service_unavailable", Boolean.class),
				rs.getObject("affected_users_pct", Double.class), rs.getObject("data_loss", Boolean.class),
				rs.getObject("security_incident", Boolean.class), rs.getObject("performance_degradation_pct", Double.class),
				instant(rs, "postmortem_completed_at"), rs.getString("primary_cause"), list(rs.getString("contributing_factors")),
				list(rs.getString("action_items")), list(rs.getString("lessons_learned")));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	/** Lists are stored {@code ;}-joined (ingest's KeyedRowWriter). */
	static List<String> list(String joined) {
		if (joined == null || joined.isBlank()) {
			return List.of();
		}
		return Arrays.stream(joined.split(";")).map(String::trim).filter((s) -> !s.isEmpty()).toList();
	}

}
