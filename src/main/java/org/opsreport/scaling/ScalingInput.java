package org.opsreport.scaling;

import java.time.LocalDate;
import java.util.List;

/**
 * Input of {@link ScalingAnalysis#analyze(ScalingInput)}.
 *
 * @param reportDate the report day (UTC)
 * @param config the loaded policies
 * @param services one entry per service, with that day's samples
 * @param notes what the caller could not analyse and why (e.g. a service without instance counts), passed to the
 * report as they are
 */
public record ScalingInput(LocalDate reportDate, ScalingConfig config, List<ServiceDay> services, List<String> notes) {

	public ScalingInput {
		services = List.copyOf(services);
		notes = List.copyOf(notes);
	}

	public ScalingInput(LocalDate reportDate, ScalingConfig config, List<ServiceDay> services) {
		this(reportDate, config, services, List.of());
	}

}
