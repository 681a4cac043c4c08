package org.opsreport.slo;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * An incident as the SLO analysis sees it.
 *
 * @param id incident id
 * @param services affected service names
 * @param detectedAt when it was detected
 * @param resolvedAt when it was resolved; {@code null} while open (then it counts up to the evaluation end)
 * @param hasPostmortem whether a postmortem exists (the Workbook's policy makes one mandatory when a
 * single incident consumes more than 20% of a budget)
 */
public record IncidentWindow(String id, Set<String> services, Instant detectedAt, Instant resolvedAt,
		boolean hasPostmortem) {

	public IncidentWindow {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(detectedAt, "detectedAt");
		services = Set.copyOf(services);
	}

}
