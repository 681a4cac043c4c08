package org.opsreport.scaling;

import java.time.LocalDate;
import java.util.List;

/**
 * Input of {@link ScalingAnalysis#analyze(ScalingInput)}.
 *
 * @param reportDate the report day (UTC)
 * @param config the loaded policies
 * @param services one entry per service, with that day's samples
 */
public record ScalingInput(LocalDate reportDate, ScalingConfig config, List<ServiceDay> services) {

	public ScalingInput {
		services = List.copyOf(services);
	}

}
