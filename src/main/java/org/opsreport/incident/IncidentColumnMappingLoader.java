package org.opsreport.incident;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Loads an {@link IncidentColumnMapping} from YAML (e.g. {@code jobs/incident-columns.yaml}):
 *
 * <pre>
 * columns:            # our field: their column (fields not listed keep their own name)
 *   id: incident_number
 *   detected_at: created_at
 * severities:         # their word: SEV1..SEV4 (or 1..4); SEV1..SEV4 and 1..4 are always accepted
 *   critical: SEV1
 *   P1: SEV1
 * timestamp_format: "yyyy-MM-dd HH:mm:ss"   # optional, java.time pattern; default ISO-8601
 * list_separator: ","                        # optional, default ';'
 * durations:          # optional: our field: their column with the time from detection to it
 *   acknowledged_at: seconds_to_first_ack   # seconds (330, 330.5) or ISO-8601 (PT5M30S)
 *   resolved_at: seconds_to_resolve         # acknowledged_at, mitigated_at, resolved_at
 * </pre>
 *
 * Unknown keys, unknown fields, non-text values and unknown severities are refused with an
 * {@link IllegalArgumentException} whose message names the file and the key, e.g.
 * {@code jobs/incident-columns.yaml: columns.detected: not an incident field (allowed: id, title, ...)}.
 */
final class IncidentColumnMappingLoader {

	static final List<String> KEYS = List.of("columns", "severities", "timestamp_format", "list_separator",
			"durations");

	private IncidentColumnMappingLoader() {
	}

	/** Loads the file; its path names errors. */
	public static IncidentColumnMapping load(Path file) {
		try (Reader reader = Files.newBufferedReader(file)) {
			return load(reader, file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(file + ": cannot read: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Loads YAML text.
	 * @param source the name errors use (usually the file path)
	 */
	public static IncidentColumnMapping load(Reader reader, String source) {
		JsonNode root;
		try {
			root = org.opsreport.catalog.YamlConfigReader.strictMapper().readTree(reader);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(source + ": not valid YAML: " + org.opsreport.catalog.YamlConfigReader.yamlProblem(ex), ex);
		}
		if (root == null || root.isMissingNode() || root.isNull()) {
			return IncidentColumnMapping.identity();
		}
		if (!root.isObject()) {
			throw new IllegalArgumentException(source + ": expected a mapping with keys " + KEYS);
		}
		for (String key : root.propertyNames()) {
			if (!KEYS.contains(key)) {
				throw new IllegalArgumentException(
						source + ": unknown key '" + key + "' (allowed: " + String.join(", ", KEYS) + ")");
			}
		}
		Map<String, String> columns = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> e : entries(root, "columns", source)) {
			String where = source + ": columns." + e.getKey();
			if (!IncidentColumnMapping.FIELDS.contains(e.getKey())) {
				throw new IllegalArgumentException(where + ": not an incident field (allowed: "
						+ String.join(", ", IncidentColumnMapping.FIELDS) + ")");
			}
			columns.put(e.getKey(), text(e.getValue(), where));
		}
		Map<String, Severity> words = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> e : entries(root, "severities", source)) {
			String where = source + ": severities." + e.getKey();
			String value = text(e.getValue(), where);
			Severity severity = IncidentColumnMapping.standardSeverity(value.toLowerCase(Locale.ROOT));
			if (severity == null) {
				throw new IllegalArgumentException(where + ": '" + value + "' is not a severity (use SEV1..SEV4 or 1..4)");
			}
			String word = e.getKey().trim().toLowerCase(Locale.ROOT);
			if (words.containsKey(word)) {
				throw new IllegalArgumentException(where + ": word listed twice (words are case-insensitive)");
			}
			words.put(word, severity);
		}
		String format = optionalText(root, "timestamp_format", source);
		if (format != null) {
			try {
				java.time.format.DateTimeFormatter.ofPattern(format);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(
						source + ": timestamp_format: '" + format + "' is not a java.time pattern: " + ex.getMessage(), ex);
			}
		}
		Map<String, String> durations = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> e : entries(root, "durations", source)) {
			String where = source + ": durations." + e.getKey();
			if (!IncidentColumnMapping.DURATION_FIELDS.contains(e.getKey())) {
				throw new IllegalArgumentException(where + ": only " + String.join(", ", IncidentColumnMapping.DURATION_FIELDS)
						+ " can be given as a duration after detected_at");
			}
			if (columns.containsKey(e.getKey())) {
				throw new IllegalArgumentException(where + ": also mapped under columns (give the field as a timestamp"
						+ " column or as a duration, not both)");
			}
			durations.put(e.getKey(), text(e.getValue(), where));
		}
		return new IncidentColumnMapping(columns, words, format, optionalText(root, "list_separator", source),
				durations);
	}

	private static Iterable<Map.Entry<String, JsonNode>> entries(JsonNode root, String key, String source) {
		JsonNode node = root.get(key);
		if (node == null || node.isNull()) {
			return List.of();
		}
		if (!node.isObject()) {
			throw new IllegalArgumentException(source + ": " + key + ": expected a mapping");
		}
		return node.properties();
	}

	private static String text(JsonNode node, String where) {
		if (node == null || !node.isValueNode() || node.isNull() || node.asString().isBlank()) {
			throw new IllegalArgumentException(where + ": expected a non-empty text value");
		}
		return node.asString().trim();
	}

	private static String optionalText(JsonNode root, String key, String source) {
		JsonNode node = root.get(key);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isValueNode()) {
			throw new IllegalArgumentException(source + ": " + key + ": expected a text value");
		}
		return node.asString();
	}

}
