package org.opsreport.scaling;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.opsreport.catalog.ConfigBounds;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads and validates {@code jobs/scaling-policies.yaml}.
 *
 * <pre>
 * max_scale_events_per_hour: 10      # optional, seed default 10
 * cost_optimization_enabled: true    # optional, seed default true
 * policies:
 *   - policy_id: checkout-cpu
 *     policy_name: Checkout CPU
 *     trigger_type: cpu_utilization
 *     threshold_up: 75
 *     threshold_down: 40
 *     scaling_direction: scale_out
 *     cooldown_seconds: 300
 *     min_instances: 2
 *     max_instances: 8
 *     scale_increment: 1
 *     evaluation_periods: 2
 *     is_active: true
 *     services: [checkout]
 * </pre>
 *
 * Every problem is reported as a {@link ScalingConfigException} whose message names the file, the policy
 * (id or position) and the field. Unknown fields are refused (a typo must not silently fall back to a default).
 */
public final class ScalingPolicyLoader {

	private static final Set<String> TOP_FIELDS = Set.of("max_scale_events_per_hour", "cost_optimization_enabled",
			"policies");

	private static final Set<String> POLICY_FIELDS = Set.of("policy_id", "policy_name", "trigger_type",
			"threshold_up", "threshold_down", "scaling_direction", "cooldown_seconds", "min_instances",
			"max_instances", "scale_increment", "evaluation_periods", "is_active", "services");

	private final Set<String> knownServices;

	/** @param knownServices the services of {@code jobs/services.yaml}; a policy naming another service is refused */
	public ScalingPolicyLoader(Set<String> knownServices) {
		this.knownServices = Set.copyOf(knownServices);
	}

	/** Loads the file at {@code file}; I/O and YAML syntax errors are wrapped with the file name. */
	public ScalingConfig load(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return load(reader, file.toString());
		}
		catch (IOException ex) {
			throw new ScalingConfigException(file + ": cannot read: " + ex.getMessage(), ex);
		}
	}

	/** Loads YAML text; {@code source} names the file in messages. */
	public ScalingConfig load(Reader reader, String source) {
		JsonNode root;
		try {
			root = org.opsreport.catalog.YamlConfigReader.strictMapper().readTree(reader);
		}
		catch (JacksonException ex) {
			throw new ScalingConfigException(source + ": not valid YAML: " + org.opsreport.catalog.YamlConfigReader.yamlProblem(ex), ex);
		}
		if (root == null || root.isMissingNode() || root.isNull() || !root.isObject()) {
			throw new ScalingConfigException(source + ": expected a mapping with a 'policies' list");
		}
		refuseUnknown(root, TOP_FIELDS, source + ": unknown top-level field '%s' (known: " + sorted(TOP_FIELDS) + ")");
		int maxPerHour = root.has("max_scale_events_per_hour")
				? intField(root, "max_scale_events_per_hour", source + ": top level") : ScalingConfig.DEFAULT_MAX_SCALE_EVENTS_PER_HOUR;
		if (maxPerHour < 1 || maxPerHour > ConfigBounds.MAX_SCALE_EVENTS_PER_HOUR) {
			throw new ScalingConfigException(source + ": field 'max_scale_events_per_hour' must be in [1, "
					+ ConfigBounds.MAX_SCALE_EVENTS_PER_HOUR + "], was " + maxPerHour);
		}
		boolean costOptimization = !root.has("cost_optimization_enabled")
				|| boolField(root, "cost_optimization_enabled", source + ": top level");
		JsonNode list = root.get("policies");
		if (list == null || !list.isArray() || list.isEmpty()) {
			throw new ScalingConfigException(source + ": field 'policies' must be a non-empty list");
		}
		List<ScalingPolicy> policies = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		int position = 0;
		for (JsonNode node : list.values()) {
			position++;
			ScalingPolicy policy = policy(node, source, position);
			if (!ids.add(policy.policyId())) {
				throw new ScalingConfigException(source + ": policy '" + policy.policyId()
						+ "': field 'policy_id' is used by another policy");
			}
			policies.add(policy);
		}
		return new ScalingConfig(maxPerHour, costOptimization, policies);
	}

	private ScalingPolicy policy(JsonNode node, String source, int position) {
		String where = source + ": policy #" + position;
		if (!node.isObject()) {
			throw new ScalingConfigException(where + ": expected a mapping");
		}
		String id = stringField(node, "policy_id", where);
		if (id.length() > ConfigBounds.MAX_POLICY_ID) {
			throw new ScalingConfigException(where + ": field 'policy_id' is " + id.length() + " characters long; at most "
					+ ConfigBounds.MAX_POLICY_ID);
		}
		where = source + ": policy '" + id + "'";
		refuseUnknown(node, POLICY_FIELDS, where + ": unknown field '%s' (known: " + sorted(POLICY_FIELDS) + ")");
		String name = node.has("policy_name") ? stringField(node, "policy_name", where) : id;
		if (name.length() > ConfigBounds.MAX_POLICY_ID) {
			throw new ScalingConfigException(where + ": field 'policy_name' is " + name.length() + " characters long; at most "
					+ ConfigBounds.MAX_POLICY_ID);
		}
		String triggerText = stringField(node, "trigger_type", where);
		TriggerType trigger = TriggerType.fromValue(triggerText)
			.orElseThrow(() -> new ScalingConfigException(source + ": policy '" + id + "': field 'trigger_type': unknown '"
					+ triggerText + "' (known: " + Arrays.stream(TriggerType.values()).map(TriggerType::value).toList() + ")"));
		double up = numberField(node, "threshold_up", where);
		double down = numberField(node, "threshold_down", where);
		if (!(down < up)) {
			throw new ScalingConfigException(where + ": field 'threshold_down' (" + down + ") must be below threshold_up (" + up + ")");
		}
		ScalingDirection direction = ScalingDirection.SCALE_OUT;
		if (node.has("scaling_direction")) {
			String text = stringField(node, "scaling_direction", where);
			direction = ScalingDirection.fromValue(text)
				.orElseThrow(() -> new ScalingConfigException(source + ": policy '" + id + "': field 'scaling_direction': unknown '"
						+ text + "' (known: scale_up, scale_down, scale_out, scale_in)"));
		}
		int cooldown = node.has("cooldown_seconds") ? intField(node, "cooldown_seconds", where) : 300;
		int min = node.has("min_instances") ? intField(node, "min_instances", where) : 1;
		int max = node.has("max_instances") ? intField(node, "max_instances", where) : 100;
		int increment = node.has("scale_increment") ? intField(node, "scale_increment", where) : 1;
		int periods = node.has("evaluation_periods") ? intField(node, "evaluation_periods", where) : 2;
		boolean active = !node.has("is_active") || boolField(node, "is_active", where);
		if (cooldown < 0 || cooldown > ConfigBounds.MAX_COOLDOWN_SECONDS) {
			throw new ScalingConfigException(where + ": field 'cooldown_seconds' must be in [0, "
					+ ConfigBounds.MAX_COOLDOWN_SECONDS + "], was " + cooldown);
		}
		if (min < 1) {
			throw new ScalingConfigException(where + ": field 'min_instances' must be >= 1, was " + min);
		}
		if (max > ConfigBounds.MAX_INSTANCES) {
			throw new ScalingConfigException(where + ": field 'max_instances' must be at most " + ConfigBounds.MAX_INSTANCES
					+ ", was " + max);
		}
		if (max < min) {
			throw new ScalingConfigException(where + ": field 'max_instances' (" + max + ") must be >= min_instances (" + min + ")");
		}
		if (increment < 1 || increment > ConfigBounds.MAX_INSTANCES) {
			throw new ScalingConfigException(where + ": field 'scale_increment' must be in [1, " + ConfigBounds.MAX_INSTANCES
					+ "], was " + increment);
		}
		if (periods < 1 || periods > ConfigBounds.MAX_EVALUATION_PERIODS) {
			throw new ScalingConfigException(where + ": field 'evaluation_periods' must be in [1, "
					+ ConfigBounds.MAX_EVALUATION_PERIODS + "], was " + periods);
		}
		JsonNode servicesNode = node.get("services");
		if (servicesNode == null || !servicesNode.isArray() || servicesNode.isEmpty()) {
			throw new ScalingConfigException(where + ": field 'services' must be a non-empty list of service names");
		}
		List<String> services = new ArrayList<>();
		for (JsonNode s : servicesNode.values()) {
			if (!s.isString() || !this.knownServices.contains(s.asString())) {
				throw new ScalingConfigException(where + ": field 'services': unknown service '" + s.asString("" + s)
						+ "' (known: " + sorted(this.knownServices) + ")");
			}
			services.add(s.asString());
		}
		return new ScalingPolicy(id, name, trigger, up, down, direction, cooldown, min, max, increment, periods, active,
				services);
	}

	private static void refuseUnknown(JsonNode node, Set<String> known, String messageFormat) {
		for (Map.Entry<String, JsonNode> e : node.properties()) {
			if (!known.contains(e.getKey())) {
				throw new ScalingConfigException(String.format(messageFormat, e.getKey()));
			}
		}
	}

	private static String stringField(JsonNode node, String field, String where) {
		JsonNode value = node.get(field);
		if (value == null || !value.isString() || value.asString().isBlank()) {
			throw new ScalingConfigException(where + ": field '" + field + "' is required and must be a non-empty string");
		}
		return value.asString();
	}

	private static double numberField(JsonNode node, String field, String where) {
		JsonNode value = node.get(field);
		if (value == null || !value.isNumber() || !Double.isFinite(value.doubleValue())) {
			throw new ScalingConfigException(where + ": field '" + field + "' is required and must be a number");
		}
		return value.doubleValue();
	}

	private static int intField(JsonNode node, String field, String where) {
		JsonNode value = node.get(field);
		if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
			throw new ScalingConfigException(where + ": field '" + field + "' must be an integer");
		}
		return value.intValue();
	}

	private static boolean boolField(JsonNode node, String field, String where) {
		JsonNode value = node.get(field);
		if (value == null || !value.isBoolean()) {
			throw new ScalingConfigException(where + ": field '" + field + "' must be true or false");
		}
		return value.booleanValue();
	}

	private static String sorted(Set<String> values) {
		return values.stream().sorted().collect(Collectors.joining(", "));
	}

}
