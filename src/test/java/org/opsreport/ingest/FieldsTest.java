package org.opsreport.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldsTest {

	private static final Instant LATEST = Instant.parse("2026-12-01T00:00:00Z");

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "2026-11-24T13:05:00Z|2026-11-24T13:05:00Z",
			"2026-11-24T14:05:00+01:00|2026-11-24T13:05:00Z", "2026-11-24T08:05:00-05:00|2026-11-24T13:05:00Z",
			"2026-11-24 13:05:00Z|2026-11-24T13:05:00Z", "2026-11-24T13:05:00.250Z|2026-11-24T13:05:00.250Z",
			"1795511100|2026-11-24T09:05:00Z", "1795511100.5|2026-11-24T09:05:00.500Z" })
	void acceptsIsoWithZoneAndEpochSeconds(String text, String expected) {
		assertThat(Fields.instant(row("t", text), "t", true, LATEST)).isEqualTo(Instant.parse(expected));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "2026-11-24T13:05:00|has no time zone", "2026-02-30T10:00:00Z|not a valid",
			"24/11/2026 13:05|not a valid", "1795957500000|epoch milliseconds", "2027-06-01T00:00:00Z|lies in the future",
			"1969-12-31T00:00:00Z|is before" })
	void rejectsAmbiguousImpossibleAndOutOfRangeTimestamps(String text, String reason) {
		assertThatThrownBy(() -> Fields.instant(row("t", text), "t", true, LATEST))
			.isInstanceOfSatisfying(RowRejectedException.class, ex -> {
				assertThat(ex.column()).isEqualTo("t");
				assertThat(ex.getMessage()).contains(reason);
			});
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "NaN|not a finite number", "Infinity|not a finite number",
			"-Infinity|not a finite number", "12,5|not a number", "abc|not a number", "''|empty value" })
	void rejectsValuesThatAreNotFiniteNumbers(String text, String reason) {
		assertThatThrownBy(() -> Fields.decimal(row("value", text), "value", true))
			.isInstanceOf(RowRejectedException.class)
			.hasMessageContaining(reason);
	}

	@Test
	void rejectsTextWithUndecodableBytesOrControlCharacters() {
		assertThatThrownBy(() -> Fields.text(row("title", "caf\uFFFD"), "title", true, 100))
			.hasMessageContaining("not valid UTF-8");
		assertThatThrownBy(() -> Fields.text(row("title", "a\u0007b"), "title", true, 100))
			.hasMessageContaining("control character U+0007");
	}

	@Test
	void listsAreSemicolonSeparatedAndTrimmed() {
		assertThat(Fields.list(row("services", " checkout ; payments;;"), "services", 100))
			.containsExactly("checkout", "payments");
	}

	@Test
	void percentagesStayBetweenZeroAndHundred() {
		assertThat(Fields.percent(row("p", "100"), "p")).isEqualTo(100.0);
		assertThatThrownBy(() -> Fields.percent(row("p", "100.5"), "p")).hasMessageContaining("between 0 and 100");
	}

	/** The hand-written fast path agrees with OffsetDateTime.parse on every string it accepts. */
	@Test
	void theFastTimestampPathAgreesWithTheGeneralParser() {
		java.util.SplittableRandom random = new java.util.SplittableRandom(7);
		String[] zones = { "Z", "+01:00", "-05:30", "+18:00", "-18:00", "+18:01", "+00:60", "z", "+1:00", "Y" };
		int fast = 0;
		for (int i = 0; i < 20_000; i++) {
			String text = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d%c%02d:%02d:%02d%s",
					1990 + random.nextInt(60), random.nextInt(14), random.nextInt(33), random.nextBoolean() ? 'T' : ' ',
					random.nextInt(26), random.nextInt(62), random.nextInt(62), zones[random.nextInt(zones.length)]);
			Instant quick = Fields.parseCommonIso(text);
			Instant general;
			try {
				general = java.time.OffsetDateTime.parse(text.replace(' ', 'T')).toInstant();
			}
			catch (java.time.format.DateTimeParseException ex) {
				general = null;
			}
			if (quick != null) {
				fast++;
				assertThat(quick).as(text).isEqualTo(general);
			}
			else if (text.length() == 20 || text.length() == 25) {
				// declined: only strings the general parser also refuses, or spells differently (z)
				assertThat(general == null || text.endsWith("z")).as(text).isTrue();
			}
		}
		assertThat(fast).isGreaterThan(5_000);
		assertThat(Fields.parseCommonIso("2024-02-29T23:59:59Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
		assertThat(Fields.parseCommonIso("2026-02-29T00:00:00Z")).isNull();
		assertThat(Fields.parseCommonIso("2026-11-24T14:05:00+01:00")).isEqualTo(Instant.parse("2026-11-24T13:05:00Z"));
	}

	@Test
	void aReasonQuotesAtMost60CharactersOfTheValueOnOneLine() {
		String sixty = "k".repeat(60);
		assertThat(Fields.quoted(sixty)).isEqualTo("'" + sixty + "'");
		assertThat(Fields.quoted(sixty + "X")).isEqualTo("'" + sixty + "...' (61 characters)");
		assertThat(Fields.quoted("a\u0000b\nc")).isEqualTo("'a\\u0000b\\u000Ac'");
		// numbers are at most 64 characters: a reason shows 60 of them, the whole row is in rejects.csv's raw
		String value = "9".repeat(44) + "AKIAIOSFODNN7EXAMPLE";
		assertThatThrownBy(() -> Fields.decimal(row("value", value), "value", true))
			.hasMessage("'" + "9".repeat(44) + "AKIAIOSFODNN7EXA...' (64 characters) is not a number");
		assertThatThrownBy(() -> Fields.decimal(row("value", "x".repeat(65)), "value", true))
			.hasMessage("longer than 64 characters")
			.message()
			.doesNotContain("AKIA");
	}

	static CsvRow row(String column, String value) {
		return new CsvRow(CsvRow.Kind.RECORD, "f.csv", 2, Map.of(column, value), 1, value, List.of());
	}

}
