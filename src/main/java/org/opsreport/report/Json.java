package org.opsreport.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Tolerant reads of stored report sections. Sections are written by other features and may lack a
 * field, hold {@code null} or change shape slightly; readers of the whole report (charts, summary,
 * index, mail) must never fail on that, they show less.
 */
public final class Json {

	private Json() {
	}

	/** The elements of an array node; empty for anything else (missing, null, object). */
	public static List<JsonNode> array(JsonNode node) {
		if (node == null || !node.isArray()) {
			return List.of();
		}
		return new ArrayList<>(node.values());
	}

	/** The first present, non-null child of the given names; {@code null} when none is. */
	public static JsonNode field(JsonNode node, String... names) {
		if (node == null || !node.isObject()) {
			return null;
		}
		for (String name : names) {
			JsonNode child = node.get(name);
			if (child != null && !child.isNull() && !child.isMissingNode()) {
				return child;
			}
		}
		return null;
	}

	/** A finite number (or a numeric string) under one of the names; {@code null} otherwise. */
	public static Double number(JsonNode node, String... names) {
		return number(names.length == 0 ? node : field(node, names));
	}

	/** The node as a finite number; {@code null} when it is none. */
	public static Double number(JsonNode value) {
		if (value == null) {
			return null;
		}
		double d;
		if (value.isNumber()) {
			d = value.doubleValue();
		}
		else if (value.isString()) {
			try {
				d = Double.parseDouble(value.stringValue().trim());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		else {
			return null;
		}
		return Double.isFinite(d) ? d : null;
	}

	/** Text under one of the names (numbers and booleans as text); {@code null} when absent. */
	public static String text(JsonNode node, String... names) {
		JsonNode value = names.length == 0 ? node : field(node, names);
		if (value == null || value.isNull() || value.isMissingNode() || value.isContainer()) {
			return null;
		}
		return value.asString();
	}

	public static boolean bool(JsonNode node, String name) {
		JsonNode value = field(node, name);
		return value != null && (value.isBoolean() ? value.booleanValue() : "true".equalsIgnoreCase(value.asString()));
	}

	/** An instant from ISO-8601 text, epoch seconds or a date (its start, UTC); {@code null} otherwise. */
	public static Instant instant(JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isNumber()) {
			return Instant.ofEpochSecond(value.longValue());
		}
		if (!value.isString()) {
			return null;
		}
		String text = value.stringValue().trim();
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(text).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeParseException ignored) {
				return null;
			}
		}
	}

	public static Instant instant(JsonNode node, String... names) {
		return instant(field(node, names));
	}

}
