package org.opsreport.chaos;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One chaos experiment, a row of {@code data/chaos/*.csv}
 * ({@code id,name,type,target_services,started_at,duration_minutes,hypothesis,success_criteria}).
 *
 * @param successCriteria the raw criteria text, e.g.
 * {@code error_ratio < 0.01; avg_response_time_ms p95 < 500; cpu_utilization max < 90}; parsed by
 * {@link CriteriaParser}
 */
public record ChaosExperiment(String id, String name, String type, List<String> targetServices, Instant startedAt,
		int durationMinutes, String hypothesis, String successCriteria) {

	public ChaosExperiment {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(startedAt, "startedAt");
		targetServices = (targetServices != null) ? List.copyOf(targetServices) : List.of();
	}

	/** Start of the experiment window (inclusive). */
	public Instant windowStart() {
		return startedAt;
	}

	/** End of the experiment window (exclusive): start + duration. The step loads samples in [start, end). */
	public Instant windowEnd() {
		return startedAt.plus(Duration.ofMinutes(Math.max(0, durationMinutes)));
	}

}
