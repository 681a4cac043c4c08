package org.opsreport.incident;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.opsreport.OpsReportProperties;
import org.opsreport.catalog.ConfigException;
import org.opsreport.ingest.IncidentExportMapping;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The operator's incident column mapping, {@code <configDir>/incident-columns.yaml}, loaded at start-up
 * (an invalid file stops opsreport before any work, exit status 2) and handed to ingest as an
 * {@link IncidentExportMapping}. Without the file the mapping is the identity: the standard incident CSV.
 */
@Configuration(proxyBeanMethods = false)
class IncidentMappingConfiguration {

	private static final Logger log = LoggerFactory.getLogger(IncidentMappingConfiguration.class);

	static final String FILE = "incident-columns.yaml";

	@Bean
	IncidentExportMapping incidentExportMapping(OpsReportProperties properties) {
		Path file = properties.configDir().resolve(FILE);
		if (!Files.exists(file)) {
			return IncidentExportMapping.identity();
		}
		IncidentColumnMapping mapping;
		try {
			mapping = IncidentColumnMappingLoader.load(file);
		}
		catch (IllegalArgumentException | UncheckedIOException ex) {
			throw new ConfigException(file, null, withoutSource(ex.getMessage(), file));
		}
		log.info("incident exports are read through the column mapping {}", file);
		return toExportMapping(mapping);
	}

	/** Ingest's view: their header &rarr; our column, their word &rarr; {@code SEV1..SEV4}. */
	static IncidentExportMapping toExportMapping(IncidentColumnMapping mapping) {
		Map<String, String> renames = new LinkedHashMap<>();
		mapping.columns().forEach((ours, theirs) -> {
			if (!ours.equals(theirs)) {
				renames.put(theirs, ours);
			}
		});
		// a field given as a duration after detection: ingest derives it from detected_at plus that column
		mapping.durations().forEach((field, theirs) -> renames.put(theirs, IncidentExportMapping.durationColumn(field)));
		Map<String, Severity> words = mapping.severityWords();
		return new IncidentExportMapping(renames, (word) -> {
			Severity severity = (word != null) ? words.get(word.trim().toLowerCase(java.util.Locale.ROOT)) : null;
			return (severity != null) ? severity.name() : null;
		}, mapping.timestampFormat(), mapping.listSeparator());
	}

	/** The loader's messages start with the file name; ConfigException adds it again. */
	private static String withoutSource(String message, Path file) {
		String prefix = file + ": ";
		return (message != null && message.startsWith(prefix)) ? message.substring(prefix.length()) : message;
	}

}
