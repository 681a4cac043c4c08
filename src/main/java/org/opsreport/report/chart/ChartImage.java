package org.opsreport.report.chart;

/**
 * One drawn chart.
 *
 * @param name file name under {@code charts/} (e.g. {@code burndown-checkout-availability.png})
 * @param title what the chart shows, used as caption and alt text
 * @param section the report section it belongs to ({@code slos}, {@code forecasts}, {@code scaling},
 * {@code incidents}); the report shows it after that section
 * @param subject what in that section it shows, so a template can pick a chart: {@code name/objective}
 * of the SLO (burndown; a name may have several objectives), {@code service/metric} (forecast), the
 * {@code service} (scaling); empty for the incidents chart
 * @param png the PNG bytes
 */
public record ChartImage(String name, String title, String section, String subject, byte[] png) {

	/** The path relative to the report folder, as referenced by report.html and report.md. */
	public String file() {
		return "charts/" + this.name;
	}

}
