package org.opsreport.catalog;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;

/**
 * The largest names and numbers the operator configuration accepts, so that everything accepted at
 * load survives the night: each bound follows from a column or file name the value flows into, or
 * from the arithmetic done with it (README, "Configuration bounds"). A value past a bound is refused
 * at start-up with file, field and reason (exit status 2).
 */
public final class ConfigBounds {

	/**
	 * Service names in {@code services.yaml}: scaling event ids are {@code scale_<epoch seconds>_<service>}
	 * in a 200-character column (17 + 180 &le; 200), and the chart file {@code scaling-<service>.png}
	 * written as {@code .scaling-<service>.png.<pid>-<uuid>.tmp} (62 characters besides the name with a
	 * 7-digit pid) stays under the 255-byte file-name limit.
	 */
	public static final int MAX_SERVICE_NAME = 180;

	/** Policy ids and names: column {@code scaling_event.policy_id} is 200 characters. */
	public static final int MAX_POLICY_ID = 200;

	/**
	 * SLO names: the chart file {@code burndown-<slo>.png}, written as
	 * {@code .burndown-<slo>.png.<pid>-<uuid>.tmp} (63 characters besides the name with a 7-digit pid),
	 * stays within 255 bytes.
	 */
	public static final int MAX_SLO_NAME = 190;

	/**
	 * Instances of one service (policies' {@code max_instances}, the catalog's {@code maxInstances}): the
	 * replay adds an increment (also at most this) to a count before clamping, and sums instance-minutes
	 * over a day (10,000 x 1,440 = 1.44e7), all far inside {@code int}; without a bound,
	 * {@code 2147483647 + 1} turned negative (negative instances and cost).
	 */
	public static final int MAX_INSTANCES = 10_000;

	/** Cost of one instance per hour: 10,000 instances x 24 h x 1e6 = 2.4e11, exactly representable sums. */
	public static final double MAX_INSTANCE_COST_PER_HOUR = 1_000_000;

	/** Cooldowns: the replay covers one day; a longer cooldown is a typo (seconds for minutes). */
	public static final int MAX_COOLDOWN_SECONDS = 86_400;

	/** Consecutive breaching samples: one day of one-minute samples. */
	public static final int MAX_EVALUATION_PERIODS = 1_440;

	/** Scale events per hour: one a second. */
	public static final int MAX_SCALE_EVENTS_PER_HOUR = 3_600;

	private ConfigBounds() {
	}

	static void checkServiceName(Path file, String field, String name) {
		checkLength(file, field, name, MAX_SERVICE_NAME);
	}

	/** Refuses a name longer than {@code max} characters, or than {@code max} bytes in UTF-8. */
	static void checkLength(Path file, String field, String name, int max) {
		int bytes = name.getBytes(StandardCharsets.UTF_8).length;
		if (name.length() > max || bytes > max) {
			throw new ConfigException(file, field,
					"is " + bytes + " bytes long; at most " + max + " (it names files and fits a database column)");
		}
	}

	static void checkAtMost(Path file, String field, double value, double max) {
		if (value > max) {
			throw new ConfigException(file, field, "must be at most " + format(max) + ", not " + format(value));
		}
	}

	/**
	 * Refuses an explicit {@code 0} in fields where an absent value means "the default": written out,
	 * a 0 would otherwise be replaced by the default without a word.
	 */
	static void refuseExplicitZeros(Path file, String listField, int size, String... fields) {
		JsonNode root;
		try {
			root = YamlConfigReader.strictMapper().readTree(file.toFile());
		}
		catch (RuntimeException ex) {
			return; // read() has reported the file already
		}
		JsonNode list = root == null ? null : root.get(listField);
		for (int i = 0; list != null && i < size && i < list.size(); i++) {
			for (String field : fields) {
				JsonNode value = list.get(i).get(field);
				if (value != null && value.isNumber() && value.doubleValue() == 0) {
					throw new ConfigException(file, listField + "[" + i + "]." + field,
							"must not be 0 (leave it out for the default)");
				}
			}
		}
	}

	private static String format(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
	}

}
