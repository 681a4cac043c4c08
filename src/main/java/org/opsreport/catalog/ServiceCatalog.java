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
 * The services the operator declared, in {@code services.yaml} or as OpenSLO {@code kind: Service} documents in
 * {@code slos/}. Services that appear only in the data are still analysed; the catalog adds display names,
 * descriptions, owners and capacity settings.
 * <p>
 * A service named by both sources is one service: {@code services.yaml} gives its owner and capacity settings,
 * its display name and description come from services.yaml when it gives them, else from the Service document.
 * When both give a display name (or a description) and they differ, or two Service documents of the same name
 * differ, loading fails with one {@link ConfigException} naming the Service document, the field and the other
 * source: two truths about one service would otherwise show in the report depending on which was read last.
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

	/**
	 * Reads {@code services.yaml} and the Service documents of {@code slos/} from the configuration folder; absent
	 * ones declare nothing.
	 */
	public static ServiceCatalog load(Path configDir) {
		List<ServiceDefinition> declared = servicesFile(configDir.resolve("services.yaml"));
		return new ServiceCatalog(merge(declared, configDir.resolve("services.yaml"),
				OpenSloServiceDocuments.read(configDir.resolve("slos"))));
	}

	/** services.yaml's services, then the services only Service documents declare, in document order. */
	static List<ServiceDefinition> merge(List<ServiceDefinition> declared, Path servicesFile,
			List<OpenSloServiceDocuments.ServiceDocument> documents) {
		Map<String, ServiceDefinition> byName = new LinkedHashMap<>();
		declared.forEach((service) -> byName.put(service.name(), service));
		Map<String, OpenSloServiceDocuments.ServiceDocument> seen = new LinkedHashMap<>();
		for (OpenSloServiceDocuments.ServiceDocument document : documents) {
			OpenSloServiceDocuments.ServiceDocument earlier = seen.putIfAbsent(document.name(), document);
			if (earlier != null) {
				requireSame(document, "metadata.displayName", document.displayName(), earlier.displayName(),
						earlier.source());
				requireSame(document, "spec.description", document.description(), earlier.description(),
						earlier.source());
			}
			ServiceDefinition merged = byName.get(document.name());
			if (merged == null) {
				byName.put(document.name(), new ServiceDefinition(document.name(), document.displayName(), "", 0, 0, 0,
						0, document.description()));
				continue;
			}
			// Service documents of one name agree (checked above); a later one may give what an earlier left out
			String mergedDisplayName = merged.displayName().equals(merged.name()) ? null : merged.displayName();
			String mergedDescription = merged.description().isEmpty() ? null : merged.description();
			int index = indexOf(declared, document.name());
			if (index < 0) {
				byName.put(document.name(), merged.withTexts(first(mergedDisplayName, document.displayName()),
						first(mergedDescription, document.description())));
				continue;
			}
			ServiceDefinition yaml = declared.get(index);
			String at = servicesFile + ", services[" + index + "]";
			// a display name equal to the name is services.yaml's default: it says nothing
			String yamlDisplayName = yaml.displayName().equals(yaml.name()) ? null : yaml.displayName();
			String yamlDescription = yaml.description().isEmpty() ? null : yaml.description();
			requireSame(document, "metadata.displayName", document.displayName(), yamlDisplayName, at + ".displayName");
			requireSame(document, "spec.description", document.description(), yamlDescription, at + ".description");
			byName.put(document.name(), yaml.withTexts(first(yamlDisplayName, document.displayName(), mergedDisplayName),
					first(yamlDescription, document.description(), mergedDescription)));
		}
		return List.copyOf(byName.values());
	}

	private static String first(String... texts) {
		for (String text : texts) {
			if (text != null) {
				return text;
			}
		}
		return null;
	}

	private static int indexOf(List<ServiceDefinition> services, String name) {
		for (int i = 0; i < services.size(); i++) {
			if (services.get(i).name().equals(name)) {
				return i;
			}
		}
		return -1;
	}

	private static void requireSame(OpenSloServiceDocuments.ServiceDocument document, String field, String value,
			String other, String otherSource) {
		if (value != null && other != null && !value.equals(other)) {
			throw new ConfigException(Path.of(document.source()), field, "'" + value + "' disagrees with '" + other
					+ "' in " + otherSource + " (one service, two " + field.substring(field.indexOf('.') + 1)
					+ "s: make them equal or remove one)");
		}
	}

	private static List<ServiceDefinition> servicesFile(Path file) {
		if (!Files.exists(file)) {
			return List.of();
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
		return list;
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
