package org.opsreport.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads one YAML configuration file into records, strictly: unknown fields, wrong types and YAML
 * syntax errors and keys given twice (absent numbers read as 0, which the records replace by their defaults) become a {@link ConfigException} that names the file and the field path.
 */
public final class YamlConfigReader {

	private static final YAMLMapper MAPPER = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
		.build();

	/**
	 * The mapper every operator YAML file is read with (here and by the feature loaders that read a
	 * tree): a key given twice in one mapping is an error ("Duplicate Object property"), not "the
	 * last one wins", so a pasted block cannot silently override the line above it.
	 */
	public static YAMLMapper strictMapper() {
		return MAPPER;
	}

	private static final Pattern MARK = Pattern.compile("in reader, line (\\d+), column (\\d+)");

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
		catch (JacksonException ex) {
			String field = fieldPath(ex);
			boolean syntax = MARK.matcher(String.valueOf(ex.getOriginalMessage())).find();
			if (!field.isEmpty() && !syntax) {
				throw new ConfigException(file, field, oneLine(ex.getOriginalMessage()));
			}
			throw new ConfigException(file, null, "not valid YAML: " + yamlProblem(ex));
		}
	}

	/**
	 * The YAML parser's message is several lines (the problem, the context, the offending text with a
	 * caret); the operator gets one: the problem lines and the position of the last mark.
	 */
	public static String yamlProblem(JacksonException ex) {
		String message = String.valueOf(ex.getOriginalMessage());
		List<String> problem = new ArrayList<>();
		String position = ex.getLocation() != null ? "line " + ex.getLocation().getLineNr() : null;
		for (String line : message.split("\\R")) {
			Matcher mark = MARK.matcher(line);
			if (mark.find()) {
				position = "line " + mark.group(1) + ", column " + mark.group(2);
			}
			else if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
				problem.add(line.strip());
			}
		}
		return String.join(": ", problem) + (position != null ? " (" + position + ")" : "");
	}

	private static String oneLine(String text) {
		return String.valueOf(text).replaceAll("\\s*\\R\\s*", " ").strip();
	}

	private static String fieldPath(JacksonException ex) {
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
