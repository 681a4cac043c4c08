package org.opsreport.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the fields of export rows, throwing {@link RowRejectedException} with the column and a
 * reason a person can act on.
 */
final class Fields {

	private static final Pattern EPOCH_SECONDS = Pattern.compile("-?\\d{1,11}(\\.\\d+)?");

	private static final Pattern EPOCH_MILLIS = Pattern.compile("\\d{12,14}");

	/** Earliest timestamp accepted: earlier ones are almost always a unit mistake. */
	private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

	/**
	 * Longest service or metric name, in UTF-8 bytes. Names become chart file names written through a
	 * temporary file, {@code .forecast-<service>-<metric>.png.<UUID>.tmp} (ReportCharts.slug keeps at
	 * most one character per UTF-8 byte): 56 fixed characters plus 2 x 90 leaves 19 of the 255-byte
	 * file name limit for a de-duplicating suffix; and {@code scale_<epoch>_<service>} fits the
	 * 200-character event id.
	 */
	static final int MAX_NAME_BYTES = 90;

	/**
	 * Largest magnitude of a metric value: sums of millions of such values stay finite (and exact to
	 * about a unit in 1e-1 for counts), so no analysis or template meets Infinity or NaN. Far above
	 * any real count, rate, latency or depth.
	 */
	static final double MAX_MAGNITUDE = 1e15;

	private Fields() {
	}

	/** A service or metric name: text of at most {@link #MAX_NAME_BYTES} UTF-8 bytes. */
	static String name(CsvRow row, String column) {
		String value = text(row, column, true, 200);
		checkNameBytes(column, value);
		return value;
	}

	private static void checkNameBytes(String column, String value) {
		int bytes = value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
		if (bytes > MAX_NAME_BYTES) {
			throw new RowRejectedException(column, "name '" + abbreviate(value) + "' is " + bytes
					+ " bytes in UTF-8, longer than " + MAX_NAME_BYTES
					+ " (names become file names such as forecast-<service>-<metric>.png)");
		}
	}

	/** A separated list of service names, each at most {@link #MAX_NAME_BYTES} UTF-8 bytes. */
	static List<String> names(CsvRow row, String column, int maxLength, String separator) {
		List<String> names = list(row, column, maxLength, separator);
		names.forEach(n -> checkNameBytes(column, n));
		return names;
	}

	/** A metric value: finite and at most {@link #MAX_MAGNITUDE} in magnitude. */
	static double magnitude(CsvRow row, String column) {
		double value = decimal(row, column, true);
		if (Math.abs(value) > MAX_MAGNITUDE) {
			throw new RowRejectedException(column, "'" + row.get(column) + "' is beyond the largest accepted magnitude 1e15");
		}
		return value;
	}

	private static String abbreviate(String text) {
		return text.length() <= 40 ? text : text.substring(0, 37) + "...";
	}

	static String text(CsvRow row, String column, boolean required, int maxLength) {
		String value = row.get(column);
		if (value.isEmpty()) {
			if (required) {
				throw new RowRejectedException(column, "empty value");
			}
			return null;
		}
		if (value.indexOf(CsvInput.REPLACEMENT) >= 0) {
			throw new RowRejectedException(column, "not valid UTF-8 text");
		}
		if (value.length() > maxLength) {
			throw new RowRejectedException(column, "longer than " + maxLength + " characters");
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
				throw new RowRejectedException(column, "contains control character U+%04X".formatted((int) c));
			}
		}
		return value;
	}

	/**
	 * A point in time: ISO-8601 with {@code Z} or an offset ({@code 2026-11-24T13:05:00Z},
	 * {@code 2026-11-24T14:05:00+01:00}; a space may replace the {@code T}), or epoch seconds.
	 * Times without a zone are refused: guessing the zone would silently shift data.
	 * @param latest the latest acceptable instant (wall clock plus a tolerance)
	 */
	static Instant instant(CsvRow row, String column, boolean required, Instant latest) {
		String value = text(row, column, required, 64);
		if (value == null) {
			return null;
		}
		Instant instant = parseInstant(column, value);
		if (instant.isBefore(EARLIEST)) {
			throw new RowRejectedException(column, "timestamp " + value + " is before " + EARLIEST);
		}
		if (instant.isAfter(latest)) {
			throw new RowRejectedException(column, "timestamp " + value + " lies in the future (after " + latest + ")");
		}
		return instant;
	}

	/**
	 * A point in time in an export's own format ({@code format}, a {@link DateTimeFormatter}); with a
	 * {@code null} format, {@link #instant(CsvRow, String, boolean, Instant)}. A format without offset or
	 * zone is read as UTC: the operator chose the pattern for an export known to be in UTC.
	 */
	static Instant instant(CsvRow row, String column, boolean required, Instant latest, DateTimeFormatter format) {
		if (format == null) {
			return instant(row, column, required, latest);
		}
		String value = text(row, column, required, 64);
		if (value == null) {
			return null;
		}
		Instant instant;
		try {
			TemporalAccessor parsed = format.parse(value);
			instant = parsed.isSupported(ChronoField.OFFSET_SECONDS) || parsed.query(TemporalQueries.zone()) != null
					? ZonedDateTime.from(parsed).toInstant() : LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeException ex) {
			throw new RowRejectedException(column, "'" + value + "' does not match the timestamp format of the column mapping");
		}
		if (instant.isBefore(EARLIEST)) {
			throw new RowRejectedException(column, "timestamp " + value + " is before " + EARLIEST);
		}
		if (instant.isAfter(latest)) {
			throw new RowRejectedException(column, "timestamp " + value + " lies in the future (after " + latest + ")");
		}
		return instant;
	}

	static Instant parseInstant(String column, String value) {
		Instant common = parseCommonIso(value);
		if (common != null) {
			return common;
		}
		if (EPOCH_SECONDS.matcher(value).matches()) {
			double seconds = Double.parseDouble(value);
			return Instant.ofEpochSecond((long) Math.floor(seconds), Math.round((seconds - Math.floor(seconds)) * 1e9));
		}
		if (EPOCH_MILLIS.matcher(value).matches()) {
			throw new RowRejectedException(column, "'" + value + "' looks like epoch milliseconds; expected epoch seconds");
		}
		String iso = value.length() > 10 && value.charAt(10) == ' ' ? value.substring(0, 10) + 'T' + value.substring(11)
				: value;
		try {
			return OffsetDateTime.parse(iso).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				LocalDateTime.parse(iso);
				throw new RowRejectedException(column,
						"timestamp '" + value + "' has no time zone (add Z or an offset such as +01:00)");
			}
			catch (DateTimeParseException notLocal) {
				// a well-formed but impossible date (2026-02-30) says why: "Invalid date 'FEBRUARY 30'"
				String why = ex.getCause() != null ? " (" + ex.getCause().getMessage() + ")" : "";
				throw new RowRejectedException(column,
						"'" + value + "' is not a valid ISO-8601 timestamp or epoch seconds" + why);
			}
		}
	}

	/**
	 * The fast path for the form nearly every export uses, {@code yyyy-MM-ddTHH:mm:ss} followed by
	 * {@code Z} or {@code +HH:MM}/{@code -HH:MM} ({@code T} or a space between date and time):
	 * parsed by hand, several times faster than {@link OffsetDateTime#parse}. Anything else, and any
	 * field out of range (month 13, February 30, hour 24, offset beyond 18 hours), returns null and is
	 * left to the general parser, which accepts or rejects it with its message; so both paths accept
	 * exactly the same strings with the same result (FieldsTest compares them).
	 */
	static Instant parseCommonIso(String v) {
		int length = v.length();
		if ((length != 20 && length != 25) || v.charAt(4) != '-' || v.charAt(7) != '-'
				|| (v.charAt(10) != 'T' && v.charAt(10) != ' ') || v.charAt(13) != ':' || v.charAt(16) != ':') {
			return null;
		}
		int year = digits(v, 0, 4);
		int month = digits(v, 5, 2);
		int day = digits(v, 8, 2);
		int hour = digits(v, 11, 2);
		int minute = digits(v, 14, 2);
		int second = digits(v, 17, 2);
		if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
				|| second < 0 || second > 59 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
			return null;
		}
		int offsetSeconds;
		char zone = v.charAt(19);
		if (length == 20) {
			if (zone != 'Z') {
				return null;
			}
			offsetSeconds = 0;
		}
		else {
			int offsetHours = digits(v, 20, 2);
			int offsetMinutes = digits(v, 23, 2);
			if ((zone != '+' && zone != '-') || v.charAt(22) != ':' || offsetHours < 0 || offsetMinutes < 0
					|| offsetMinutes > 59 || offsetHours > 18 || (offsetHours == 18 && offsetMinutes > 0)) {
				return null;
			}
			offsetSeconds = (zone == '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
		}
		long days = java.time.LocalDate.of(year, month, day).toEpochDay();
		return Instant.ofEpochSecond(days * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds);
	}

	/** The non-negative number written with {@code count} ASCII digits at {@code from}, or -1. */
	private static int digits(String v, int from, int count) {
		int n = 0;
		for (int i = from; i < from + count; i++) {
			char c = v.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			n = n * 10 + (c - '0');
		}
		return n;
	}

	static Double decimal(CsvRow row, String column, boolean required) {
		String value = text(row, column, required, 64);
		if (value == null) {
			return null;
		}
		double parsed;
		try {
			parsed = Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			throw new RowRejectedException(column, "'" + value + "' is not a number");
		}
		if (!Double.isFinite(parsed)) {
			throw new RowRejectedException(column, "'" + value + "' is not a finite number");
		}
		return parsed;
	}

	static Double percent(CsvRow row, String column) {
		Double value = decimal(row, column, false);
		if (value != null && (value < 0 || value > 100)) {
			throw new RowRejectedException(column, value + " is not a percentage between 0 and 100");
		}
		return value;
	}

	static Boolean bool(CsvRow row, String column) {
		String value = text(row, column, false, 16);
		if (value == null) {
			return null;
		}
		return switch (value.toLowerCase()) {
			case "true", "yes", "y", "1" -> true;
			case "false", "no", "n", "0" -> false;
			default -> throw new RowRejectedException(column, "'" + value + "' is not true or false");
		};
	}

	/** A {@code ;}-separated list; empty items are dropped. */
	static List<String> list(CsvRow row, String column, int maxLength) {
		return list(row, column, maxLength, ";");
	}

	/** A list separated by {@code separator}; empty items are dropped. */
	static List<String> list(CsvRow row, String column, int maxLength, String separator) {
		String value = text(row, column, false, maxLength);
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split(Pattern.quote(separator))).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

}
