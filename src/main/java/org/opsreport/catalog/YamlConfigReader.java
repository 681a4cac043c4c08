package org.opsreport.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads one YAML configuration file into records, strictly: unknown fields, wrong types and YAML
 * syntax errors (absent numbers read as 0, which the records replace by their defaults) become a {@link ConfigException} that names the file and the field path.
 */
public final class YamlConfigReader {

	private static final YAMLMapper MAPPER = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private YamlConfigReader() {
	}

	public static <T> T read(Path file, Class<T> type) {
		String text;
		try {
			text = Files.readString(file);
		}
		catch (IOException ex) {
			throw new ConfigException(file, null, "cannot be read (" + ex.getMessage() + ")");
		}
		try {
			return MAPPER.readValue(text, type);
		}
		catch (DatabindException ex) {
			throw new ConfigException(file, fieldPath(ex), ex.getOriginalMessage());
		}
		catch (JacksonException ex) {
			throw new ConfigException(file, null, "not valid YAML: " + ex.getOriginalMessage()
					+ (ex.getLocation() != null ? " (line " + ex.getLocation().getLineNr() + ")" : ""));
		}
	}

	private static String fieldPath(DatabindException ex) {
		StringBuilder path = new StringBuilder();
		for (var ref : ex.getPath()) {
			if (ref.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.toString();
	}

}
