package org.opsreport.ingest;

import java.time.Instant;
import java.util.List;

/** One accepted chaos experiment export row, as stored in the {@code chaos_experiment} table. */
record ChaosRecord(String id, String name, String type, List<String> targetServices, Instant startedAt,
		int durationMinutes, String hypothesis, String successCriteria) {
}
