package org.opsreport.hpa;

import java.util.List;

/**
 * report.json {@code hpa}: the HPA manifests of jobs/hpa/ replayed over the report date.
 *
 * @param kubernetesRelease the controller release the simulation follows
 * @param syncPeriodSeconds the controller's sync period simulated
 * @param services one entry per HPA whose service has data on the date, in service name order
 * @param notes HPAs that could not be replayed and why
 */
public record HpaSection(String kubernetesRelease, int syncPeriodSeconds, List<HpaComparison> services,
		List<String> notes) {

	public HpaSection {
		services = List.copyOf(services);
		notes = List.copyOf(notes);
	}

}
