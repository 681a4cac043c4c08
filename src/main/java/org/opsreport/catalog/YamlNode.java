package org.opsreport.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * A node of an operator's YAML document with where it stands (file, document, field path), so every refusal names the
 * place: {@code jobs/slos/a.yaml, document 2 (SLO checkout): spec.objectives[0].target: expected a number}. The
 * loaders that read documents field by field (OpenSLO, HPA manifests) share it; each gives its own exception type.
 */
public final class YamlNode {

	private final String where;

	private final String path;

	private final JsonNode node;

	private final Function<String, ? extends RuntimeException> errors;

	/**
	 * A document's root.
	 * @param where the document as messages name it, e.g. {@code hpa/a.yaml, document 1}
	 * @param errors makes the exception of a message
	 */
	public YamlNode(String where, JsonNode node, Function<String, ? extends RuntimeException> errors) {
		this(where, "", node, errors);
	}

	private YamlNode(String where, String path, JsonNode node, Function<String, ? extends RuntimeException> errors) {
		this.where = where;
		this.path = path;
		this.node = node;
		this.errors = errors;
	}

	/** The document as messages name it. */
	public String where() {
		return this.where;
	}

	/** The tree itself (null or missing when the field is absent). */
	public JsonNode json() {
		return this.node;
	}

	/** This node with the document named otherwise (e.g. with its name, once read). */
	public YamlNode within(String where) {
		return new YamlNode(where, this.path, this.node, this.errors);
	}

	public boolean present() {
		return this.node != null && !this.node.isMissingNode() && !this.node.isNull();
	}

	public YamlNode requirePresent() {
		if (!present()) {
			throw error("required field is missing");
		}
		return this;
	}

	public YamlNode child(String name) {
		JsonNode child = (this.node == null) ? null : this.node.get(name);
		return new YamlNode(this.where, this.path.isEmpty() ? name : this.path + "." + name, child, this.errors);
	}

	/** Requires a mapping whose fields are all among {@code allowed}. */
	public void requireObject(String... allowed) {
		requirePresent();
		if (!this.node.isObject()) {
			throw error("expected a mapping");
		}
		Set<String> allowedNames = Set.of(allowed);
		for (String name : this.node.propertyNames()) {
			if (!allowedNames.contains(name)) {
				throw child(name).error("unknown or unsupported field (allowed here: " + String.join(", ", allowed) + ")");
			}
		}
	}

	/** A non-blank string (a number is read as its text). */
	public String string() {
		requirePresent();
		if (!this.node.isString() && !this.node.isNumber()) {
			throw error("expected a string");
		}
		String text = this.node.asString();
		if (text.isBlank()) {
			throw error("must not be empty");
		}
		return text;
	}

	public String requiredString(String name) {
		return child(name).string();
	}

	/** The child's {@link #string()}, or null when it is absent. */
	public String optionalString(String name) {
		YamlNode child = child(name);
		return child.present() ? child.string() : null;
	}

	public int integer() {
		requirePresent();
		if (!this.node.isIntegralNumber() || !this.node.canConvertToInt()) {
			throw error("expected a whole number, got '" + this.node.asString() + "'");
		}
		return this.node.intValue();
	}

	public double number() {
		requirePresent();
		if (!this.node.isNumber()) {
			throw error("expected a number, got '" + this.node.asString() + "'");
		}
		return this.node.doubleValue();
	}

	public boolean bool() {
		requirePresent();
		if (!this.node.isBoolean()) {
			throw error("expected true or false");
		}
		return this.node.booleanValue();
	}

	public List<YamlNode> list() {
		requirePresent();
		if (!this.node.isArray()) {
			throw error("expected a list");
		}
		List<YamlNode> items = new ArrayList<>();
		for (int i = 0; i < this.node.size(); i++) {
			items.add(new YamlNode(this.where, this.path + "[" + i + "]", this.node.get(i), this.errors));
		}
		return items;
	}

	/** The exception naming this node's place and {@code reason}. */
	public RuntimeException error(String reason) {
		return this.errors.apply(this.where + ": " + (this.path.isEmpty() ? "" : this.path + ": ") + reason);
	}

}
