package org.opsreport.report.chart;

import org.jfree.chart.JFreeChart;
import org.opsreport.report.Json;

import tools.jackson.databind.JsonNode;

/**
 * The chart of one entry of report.json {@code hpa.services[]}: the recorded count, the policy replay and the HPA's
 * replicas (steps, left axis) against the CPU load (right axis), drawn like the scaling section's comparison chart.
 */
final class HpaChart {

	private HpaChart() {
	}

	static JFreeChart comparison(JsonNode entry) {
		JFreeChart chart = ReportCharts.scaling(entry);
		if (chart != null) {
			chart.setTitle("HPA replay: " + Json.text(entry, "hpa") + " on " + Json.text(entry, "service"));
		}
		return chart;
	}

}
