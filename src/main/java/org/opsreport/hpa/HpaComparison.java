package org.opsreport.hpa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One HPA's day: its replay against what ran and against the policy replay, and the behaviour variants tried.
 *
 * @param hpa {@code metadata.name}
 * @param file the manifest's file and document, e.g. {@code hpa/checkout.yaml#1}
 * @param service the opsreport service
 * @param minReplicas {@code spec.minReplicas}
 * @param maxReplicas {@code spec.maxReplicas}
 * @param metrics the metrics in words, e.g. {@code Resource cpu Utilization 60%}
 * @param behavior the behaviour in words (defaults said as such)
 * @param timestamps sample times (chart x axis)
 * @param load CPU load per sample, utilization x recorded instances (null where not recorded)
 * @param variants actual, policy_replay, hpa (in that order)
 * @param difference one sentence on what the HPA would have done differently from what ran
 * @param tuning the manifest as written, then the behaviour variants
 * @param cheapest the variant of {@code tuning} with the lowest cost among those without more under-provisioned
 * minutes than the manifest as written ({@code as_written} when none is cheaper)
 * @param leastUnderProvisioned the variant with the fewest under-provisioned minutes (ties: the cheaper, then the
 * earlier)
 * @param advice one sentence naming the variant to adopt, or saying the manifest is best as written
 */
public record HpaComparison(String hpa, String file, String service, int minReplicas, int maxReplicas, String metrics,
		String behavior, List<Instant> timestamps, List<Double> load, List<HpaOutcome> variants, String difference,
		List<HpaTuning> tuning, String cheapest, String leastUnderProvisioned, String advice) {

	public HpaComparison {
		timestamps = List.copyOf(timestamps);
		load = Collections.unmodifiableList(new ArrayList<>(load)); // null where CPU was not recorded
		variants = List.copyOf(variants);
		tuning = List.copyOf(tuning);
	}

}
