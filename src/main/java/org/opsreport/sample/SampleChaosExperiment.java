package org.opsreport.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One row of {@code data/chaos/experiments.csv}, with the outcome the sample is built to produce.
 *
 * @param expectedOutcome what the chaos analysis should say (documentation and tests only, not written)
 */
public record SampleChaosExperiment(String id, String name, String type, List<String> targetServices,
		Instant startedAt, int durationMinutes, String hypothesis, String successCriteria, String expectedOutcome) {

	static final String STANDARD_CRITERIA = "error_ratio < 0.01; avg_response_time_ms p95 < 500; cpu_utilization max < 90";

	/** The sample experiments, all within the last ten days; dropped when outside the generated range. */
	static List<SampleChaosExperiment> plan(IncidentPlan at, Instant start) {
		List<SampleChaosExperiment> all = List.of(
				new SampleChaosExperiment("CH-02", "Catalog pod termination", "pod_kill", List.of("catalog"),
						at.at(6, "10:00"), 30,
						"Killing one catalog pod does not raise errors or latency: the others absorb the load",
						STANDARD_CRITERIA, "passes"),
				new SampleChaosExperiment("CH-03", "Cart dependency latency injection", "latency_injection",
						List.of("cart"), at.at(4, "14:00"), 45,
						"300 ms extra latency on the pricing dependency stays within the cart SLO",
						STANDARD_CRITERIA, "fails (overlaps the cart incident it caused)"),
				new SampleChaosExperiment("CH-04", "Auth region failover drill", "region_failover", List.of("auth"),
						at.at(3, "09:00"), 30, "", STANDARD_CRITERIA, "refused: no hypothesis"),
				new SampleChaosExperiment("CH-05", "Search node drain soak test", "node_drain", List.of("search"),
						at.at(2, "08:00"), 600, "Search keeps p95 under 500 ms with one node drained all day",
						STANDARD_CRITERIA, "refused: 600 minutes is longer than the allowed maximum"),
				new SampleChaosExperiment("CH-06", "Payments provider blackhole", "network_partition",
						List.of("payments"), at.at(0, "16:00"), 30,
						"Payments fails over to the secondary provider without errors", STANDARD_CRITERIA,
						"refused: payments error budget exhausted"),
				new SampleChaosExperiment("CH-01", "Notifications broker restart", "process_kill",
						List.of("notifications"), at.at(8, "11:00"), 20,
						"Restarting the broker loses no notifications and keeps latency low", STANDARD_CRITERIA,
						"passes"));
		List<SampleChaosExperiment> inRange = new ArrayList<>();
		for (SampleChaosExperiment c : all) {
			if (!c.startedAt().isBefore(start)) {
				inRange.add(c);
			}
		}
		inRange.sort(Comparator.comparing(SampleChaosExperiment::startedAt));
		return inRange;
	}

}
