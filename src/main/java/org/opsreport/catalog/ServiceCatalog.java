package org.opsreport.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The services the operator declared in {@code services.yaml}. Services that appear only in the
 * data are still analysed; the catalog adds display names, owners and capacity settings.
 */
public final class ServiceCatalog {

	private final Map<String, ServiceDefinition> services;

	public ServiceCatalog(List<ServiceDefinition> services) {
		Map<String, ServiceDefinition> byName = new LinkedHashMap<>();
		for (ServiceDefinition service : services) {
			byName.put(service.name(), service);
		}
		this.services = Collections.unmodifiableMap(byName);
	}

	/** Reads {@code services.yaml} from the configuration folder; an absent file is an empty catalog. */
	public static ServiceCatalog load(Path configDir) {
		Path file = configDir.resolve("services.yaml");
		if (!Files.exists(file)) {
			return new ServiceCatalog(List.of());
		}
		ServicesFile parsed = YamlConfigReader.read(file, ServicesFile.class);
		List<ServiceDefinition> list = parsed.services() == null ? List.of() : parsed.services();
		ConfigBounds.refuseExplicitZeros(file, "services", list.size(), "targetUtilization", "minInstances", "maxInstances");
		for (int i = 0; i < list.size(); i++) {
			ServiceDefinition s = list.get(i);
			String at = "services[" + i + "]";
			if (s.name() == null || s.name().isBlank()) {
				throw new ConfigException(file, at + ".name", "is required");
			}
			ConfigBounds.checkServiceName(file, at + ".name", s.name());
			ConfigBounds.checkAtMost(file, at + ".maxInstances", s.maxInstances(), ConfigBounds.MAX_INSTANCES);
			ConfigBounds.checkAtMost(file, at + ".instanceCostPerHour", s.instanceCostPerHour(), ConfigBounds.MAX_INSTANCE_COST_PER_HOUR);
			for (int j = 0; j < i; j++) {
				if (list.get(j).name().equals(s.name())) {
					throw new ConfigException(file, at + ".name",
							"service '" + s.name() + "' is declared twice (also services[" + j + "])");
				}
			}
			// written as !(valid) so that NaN (YAML .nan) is refused as well
			if (!(s.instanceCostPerHour() >= 0 && Double.isFinite(s.instanceCostPerHour()))) {
				throw new ConfigException(file, at + ".instanceCostPerHour",
						"must be a finite number >= 0, not " + s.instanceCostPerHour());
			}
			if (!(s.targetUtilization() > 0 && s.targetUtilization() <= 100)) {
				throw new ConfigException(file, at + ".targetUtilization",
						"must be in (0, 100], not " + s.targetUtilization());
			}
			if (s.minInstances() < 1 || s.minInstances() > s.maxInstances()) {
				throw new ConfigException(file, at + ".minInstances",
						"must satisfy 1 <= minInstances <= maxInstances");
			}
		}
		return new ServiceCatalog(list);
	}

	public Optional<ServiceDefinition> find(String name) {
		return Optional.ofNullable(this.services.get(name));
	}

	/** The definition of a service, or defaults when the operator has not described it. */
	public ServiceDefinition describe(String name) {
		return this.services.getOrDefault(name, new ServiceDefinition(name, name, "", 0, 0, 0, 0));
	}

	public Set<String> names() {
		return this.services.keySet();
	}

	private record ServicesFile(List<ServiceDefinition> services) {
	}

}
