package org.opsreport.report.chart;

import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.opsreport.hpa.HpaComparison;

/**
 * The chart of one entry of report.json {@code hpa.services[]}: the recorded count, the policy replay and the HPA's
 * replicas (steps, left axis) against the CPU load (right axis), drawn like the scaling section's comparison chart.
 */
final class HpaChart {

	private HpaChart() {
	}

	static JFreeChart comparison(HpaComparison entry) {
		return ReportCharts.replay("HPA replay: " + entry.hpa() + " on " + entry.service(), entry.timestamps(), entry.load(),
				entry.variants().stream().map(v -> Map.entry(v.variant(), v.instances())).toList());
	}

}
