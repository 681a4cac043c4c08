package org.opsreport.slo;

import java.util.List;

/** Everything loaded from {@code jobs/slos}: Service documents and SLOs with their indicators resolved. */
public record SloConfig(List<ServiceDefinition> services, List<SloDefinition> slos) {

	public SloConfig {
		services = List.copyOf(services);
		slos = List.copyOf(slos);
	}

}
