package org.opsreport.scaling;

import java.util.List;
import java.util.Map;

/**
 * The analysis of one report day.
 *
 * @param scaling report.json {@code scaling}
 * @param performance report.json {@code performance}
 * @param eventsByVariant every variant's events (all services, time order), keyed {@code actual} (changes of the
 * recorded count, type {@code recorded}), {@code reactive}, {@code predictive}, {@code target_tracking}: what the
 * pipeline stores in its event table; not a report section
 */
public record ScalingResult(ScalingReport scaling, PerformanceReport performance,
		Map<String, List<ScalingEvent>> eventsByVariant) {

	public ScalingResult {
		eventsByVariant = Map.copyOf(eventsByVariant);
	}

	public ScalingResult(ScalingReport scaling, PerformanceReport performance) {
		this(scaling, performance, Map.of());
	}

}
