package org.opsreport.slo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code jobs/metric-sources.yaml}: which stored series an OpenSLO {@code metricSource} of another tool (a PromQL
 * query, a Datadog query string, a CloudWatch metric) stands for, so OpenSLO files written for Prometheus, Datadog
 * or CloudWatch load unchanged:
 *
 * <pre>
 * sources:
 *   - type: Prometheus              # metricSource.type (case-insensitive)
 *     spec:                         # metricSource.spec, the same YAML (key order and surrounding blanks ignored)
 *       query: sum(http_requests_total{job="checkout"})
 *     service: checkout             # the stored series it stands for
 *     metric: requests_total
 *     counter: true                 # optional: the stored values are a cumulative counter
 *     document: checkout-availability  # optional: only in this SLO (or kind: SLI) document
 *     role: total                   # optional: only as good, bad, total or threshold (the metric's place)
 * </pre>
 *
 * A source matches an entry when type and spec are equal and, when the entry names them, the document and the role
 * are too ({@code document}/{@code role} tell apart sources that are written alike, as in OpenSLO's own examples).
 * A source that matches no entry or several is refused naming the SLO, the source and this file.
 */
public final class MetricSourceMapping {

	/** The roles a metric source plays in an indicator. */
	static final Set<String> ROLES = Set.of("good", "bad", "total", "threshold");

	private static final List<String> KEYS = List.of("type", "spec", "service", "metric", "counter", "document", "role");

	/**
	 * A mapped source with a query text ({@code spec.query}), e.g. a PromQL query, and the stored series it fills.
	 * @param where the entry in the mapping file, for messages
	 */
	public record QuerySource(String type, String query, MetricRef target, String where) {
	}

	/** One entry; {@code spec} is in {@link #canonical(JsonNode)} form, {@code document}/{@code role} may be null. */
	record Entry(String type, String spec, String document, String role, MetricRef target, String where, String query) {

		Entry(String type, String spec, String document, String role, MetricRef target, String where) {
			this(type, spec, document, role, target, where, null);
		}

		boolean matches(String sourceType, String sourceSpec, String sourceDocument, String sourceRole) {
			return this.type.equalsIgnoreCase(sourceType) && this.spec.equals(sourceSpec)
					&& (this.document == null || this.document.equals(sourceDocument))
					&& (this.role == null || this.role.equals(sourceRole));
		}

	}

	private final String file;

	private final List<Entry> entries;

	MetricSourceMapping(String file, List<Entry> entries) {
		this.file = file;
		this.entries = List.copyOf(entries);
	}

	/** No mapping: only {@code type: opsreport} sources load; {@code file} is where one would be. */
	public static MetricSourceMapping none(String file) {
		return new MetricSourceMapping(file, List.of());
	}

	/** The file the mapping was read from (or would be). */
	public String file() {
		return this.file;
	}

	List<Entry> entries() {
		return this.entries;
	}

	/**
	 * Parses the mapping read from {@code file} ({@link MetricSourceMappingLoader} reads it).
	 * @throws SloConfigException naming the file, the entry and the field when the file is invalid
	 */
	static MetricSourceMapping parse(String yaml, String file) {
		JsonNode root;
		try {
			root = YAMLMapper.builder().build().readTree(yaml);
		}
		catch (JacksonException ex) {
			throw new SloConfigException(file + ": not valid YAML: " + ex.getOriginalMessage(), ex);
		}
		if (root == null || root.isNull() || root.isMissingNode()) {
			return none(file);
		}
		if (!root.isObject() || root.propertyNames().stream().anyMatch((name) -> !name.equals("sources"))) {
			throw new SloConfigException(file + ": expected one key, sources (a list of entries)");
		}
		JsonNode sources = root.get("sources");
		if (sources == null || sources.isNull()) {
			return none(file);
		}
		if (!sources.isArray()) {
			throw new SloConfigException(file + ": sources: expected a list");
		}
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < sources.size(); i++) {
			String where = file + ", sources[" + i + "]";
			JsonNode item = sources.get(i);
			if (item == null || !item.isObject()) {
				throw new SloConfigException(where + ": expected a mapping with " + String.join(", ", KEYS));
			}
			for (String name : item.propertyNames()) {
				if (!KEYS.contains(name)) {
					throw new SloConfigException(where + "." + name + ": unknown field (allowed: " + String.join(", ", KEYS) + ")");
				}
			}
			String type = text(item, "type", where, true);
			String role = text(item, "role", where, false);
			if (role != null && !ROLES.contains(role)) {
				throw new SloConfigException(where + ".role: '" + role + "' is not a role (good, bad, total, threshold)");
			}
			JsonNode counter = item.get("counter");
			if (counter != null && !counter.isNull() && !counter.isBoolean()) {
				throw new SloConfigException(where + ".counter: expected true or false");
			}
			MetricRef target = new MetricRef(text(item, "service", where, true), text(item, "metric", where, true),
					counter != null && counter.asBoolean());
			JsonNode query = item.path("spec").path("query");
			Entry entry = new Entry(type, canonical(item.get("spec")), text(item, "document", where, false), role, target,
					where, query.isString() && !query.asString().isBlank() ? query.asString().strip() : null);
			for (Entry earlier : entries) {
				if (earlier.type.equalsIgnoreCase(entry.type) && earlier.spec.equals(entry.spec)
						&& java.util.Objects.equals(earlier.document, entry.document)
						&& java.util.Objects.equals(earlier.role, entry.role)) {
					throw new SloConfigException(where + ": the same source as " + earlier.where
							+ " (tell them apart with document or role, or remove one)");
				}
			}
			entries.add(entry);
		}
		return new MetricSourceMapping(file, entries);
	}

	/**
	 * The entries of {@code type} (case-insensitive) whose spec has a {@code query} text, once per (query, stored
	 * series), in file order: what a puller such as the Prometheus source fetches.
	 */
	public List<QuerySource> querySources(String type) {
		java.util.Map<String, QuerySource> unique = new java.util.LinkedHashMap<>();
		for (Entry entry : this.entries) {
			if (entry.type().equalsIgnoreCase(type) && entry.query() != null) {
				unique.putIfAbsent(entry.query() + "\n" + entry.target().service() + "\n" + entry.target().metric(),
						new QuerySource(entry.type(), entry.query(), entry.target(), entry.where()));
			}
		}
		return List.copyOf(unique.values());
	}

	/**
	 * The entries matching a source.
	 * @param document metadata.name of the SLO or SLI document holding the source
	 * @param role good, bad, total or threshold
	 */
	List<Entry> matches(String type, JsonNode spec, String document, String role) {
		String canonical = canonical(spec);
		return this.entries.stream().filter((entry) -> entry.matches(type, canonical, document, role)).toList();
	}

	/**
	 * A one-line, order-independent text of a YAML value: mappings with their keys sorted, text with surrounding
	 * blanks removed (a PromQL query written as a block scalar ends with a line break), null or absent as {@code null}.
	 */
	static String canonical(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return "null";
		}
		if (node.isObject()) {
			TreeMap<String, String> sorted = new TreeMap<>();
			for (String name : node.propertyNames()) {
				sorted.put(name, canonical(node.get(name)));
			}
			StringBuilder text = new StringBuilder("{");
			sorted.forEach((name, value) -> text.append(text.length() > 1 ? ", " : "").append(name).append(": ").append(value));
			return text.append('}').toString();
		}
		if (node.isArray()) {
			List<String> items = new ArrayList<>();
			node.forEach((item) -> items.add(canonical(item)));
			return "[" + String.join(", ", items) + "]";
		}
		if (node.isString()) {
			return node.asString().strip();
		}
		return node.asString();
	}

	private static String text(JsonNode item, String field, String where, boolean required) {
		JsonNode node = item.get(field);
		if (node == null || node.isNull()) {
			if (required) {
				throw new SloConfigException(where + "." + field + ": required field is missing");
			}
			return null;
		}
		if (!node.isValueNode() || node.asString().isBlank()) {
			throw new SloConfigException(where + "." + field + ": expected a non-empty text");
		}
		return node.asString().strip();
	}

	/** The source as the refusal shows it: {@code type: Prometheus, spec: {query: ...}}. */
	static String describe(String type, JsonNode spec) {
		return "{type: " + type + ", spec: " + canonical(spec) + "}";
	}

	@Override
	public String toString() {
		return "MetricSourceMapping[" + this.file + ", " + this.entries.size() + " sources]";
	}

}
