package org.opsreport.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.opsreport.scaling.ScalingReport;
import org.opsreport.scaling.ServiceComparison;
import org.opsreport.scaling.ServiceScalingStats;

/**
 * The scaling section as the mail digest shows it: services busiest first, each with its recommended variant.
 *
 * @param digest the services with the most replayed scaling events first, at most {@link #DIGEST_ROWS}
 * @param digestMore services the digest leaves out
 * @param recommendations the scaling advice, at most {@link #DIGEST_ROWS}
 */
public record ScalingView(List<Row> digest, int digestMore, List<String> recommendations) {

	/** Rows in the mail digest. */
	public static final int DIGEST_ROWS = 10;

	/**
	 * @param recommendedVariant the replay's recommended variant, {@code null} without a comparison
	 */
	public record Row(ServiceScalingStats service, String recommendedVariant) {
	}

	static ScalingView of(ScalingReport scaling) {
		if (scaling == null) {
			return null;
		}
		List<ServiceScalingStats> busiest = new ArrayList<>(scaling.services());
		// most events first; among equal counts the later listed first (as the report always showed them)
		busiest.sort(Comparator.comparingInt(ServiceScalingStats::scalingEvents));
		java.util.Collections.reverse(busiest);
		List<Row> rows = busiest.subList(0, Math.min(DIGEST_ROWS, busiest.size()))
			.stream()
			.map(s -> new Row(s, scaling.comparison()
				.stream()
				.filter(c -> c.service().equals(s.service()))
				.map(ServiceComparison::recommendedVariant)
				.findFirst()
				.orElse(null)))
			.toList();
		return new ScalingView(rows, busiest.size() - rows.size(),
				scaling.recommendations().subList(0, Math.min(DIGEST_ROWS, scaling.recommendations().size())));
	}

}
