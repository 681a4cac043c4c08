package org.opsreport.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses success criteria: criteria separated by {@code ;}, each
 * {@code <metric> [aggregate] <op> <number>}, e.g.
 * {@code error_ratio < 0.01; avg_response_time_ms p95 < 500; cpu_utilization max < 90}.
 * <ul>
 * <li>metric: letters, digits, {@code _ . -}, starting with a letter</li>
 * <li>aggregate: {@code mean} (default), {@code max}, {@code min}, {@code p50}, {@code p90},
 * {@code p95}, {@code p99}; case-insensitive; not allowed on {@code error_ratio}</li>
 * <li>op: {@code <}, {@code <=}, {@code >}, {@code >=}</li>
 * <li>number: decimal, optional sign and exponent; must be finite</li>
 * </ul>
 * Empty segments (e.g. a trailing {@code ;}) are ignored; no criterion at all is an error.
 */
final class CriteriaParser {

	private static final Pattern CRITERION = Pattern
		.compile("^([A-Za-z][A-Za-z0-9_.\\-]*)(?:\\s+([A-Za-z0-9]+))?\\s*(<=|>=|<|>)\\s*(\\S+)$");

	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

	private CriteriaParser() {
	}

	/**
	 * Parses criteria text.
	 * @throws InvalidCriteriaException naming the (1-based) criterion, its text and the problem
	 */
	public static List<Criterion> parse(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidCriteriaException("no success criteria given");
		}
		List<Criterion> criteria = new ArrayList<>();
		String[] parts = text.split(";");
		for (int i = 0; i < parts.length; i++) {
			String part = parts[i].trim();
			if (!part.isEmpty()) {
				criteria.add(parseOne(part, i + 1));
			}
		}
		if (criteria.isEmpty()) {
			throw new InvalidCriteriaException("no success criteria given");
		}
		return List.copyOf(criteria);
	}

	private static Criterion parseOne(String part, int index) {
		String where = "criterion " + index + " '" + part + "': ";
		Matcher m = CRITERION.matcher(part);
		if (!m.matches()) {
			throw new InvalidCriteriaException(where
					+ "expected '<metric> [mean|max|min|p50|p90|p95|p99] <op> <number>' with op one of < <= > >=");
		}
		String metric = m.group(1);
		Criterion.Aggregate aggregate = Criterion.Aggregate.MEAN;
		if (m.group(2) != null) {
			if (Criterion.ERROR_RATIO.equals(metric)) {
				throw new InvalidCriteriaException(where + "error_ratio is sum(requests_failed)/sum(requests_total) "
						+ "over the window and takes no aggregate");
			}
			try {
				aggregate = Criterion.Aggregate.valueOf(m.group(2).toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidCriteriaException(
						where + "unknown aggregate '" + m.group(2) + "' (use mean, max, min, p50, p90, p95 or p99)");
			}
		}
		Criterion.Comparison comparison = switch (m.group(3)) {
			case "<" -> Criterion.Comparison.LT;
			case "<=" -> Criterion.Comparison.LE;
			case ">" -> Criterion.Comparison.GT;
			default -> Criterion.Comparison.GE;
		};
		String number = m.group(4);
		if (!NUMBER.matcher(number).matches()) {
			throw new InvalidCriteriaException(where + "'" + number + "' is not a number");
		}
		double threshold = Double.parseDouble(number);
		if (!Double.isFinite(threshold)) {
			throw new InvalidCriteriaException(where + "'" + number + "' is not a finite number");
		}
		return new Criterion(part, metric, aggregate, comparison, threshold);
	}

}
