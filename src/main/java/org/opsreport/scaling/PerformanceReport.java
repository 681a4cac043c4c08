package org.opsreport.scaling;

import java.util.List;

/** report.json {@code performance}. */
public record PerformanceReport(List<ServicePerformance> services) {

	public PerformanceReport {
		services = List.copyOf(services);
	}

}
