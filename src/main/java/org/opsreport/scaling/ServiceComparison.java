package org.opsreport.scaling;

import java.time.Instant;
import java.util.List;

/**
 * The four variants side by side for one service.
 *
 * @param service the service
 * @param timestamps sample times (chart x axis)
 * @param load CPU load per sample, utilization x recorded instances (chart data); null where CPU was not recorded
 * @param variants actual, reactive, predictive, target_tracking (in that order)
 * @param recommendedVariant the cheapest variant whose under-provisioned minutes do not exceed actual's (ties:
 * the earlier in the order above, so "actual" wins a tie)
 */
public record ServiceComparison(String service, List<Instant> timestamps, List<Double> load,
		List<VariantOutcome> variants, String recommendedVariant) {

	public ServiceComparison {
		timestamps = List.copyOf(timestamps);
		load = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(load));
		variants = List.copyOf(variants);
	}

}
