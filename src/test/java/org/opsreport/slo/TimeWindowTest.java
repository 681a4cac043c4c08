package org.opsreport.slo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeWindowTest {

	@Test
	void rollingWindowEndsAtEnd() {
		Instant end = Instant.parse("2026-11-27T00:00:00Z");
		TimeWindow.Span span = TimeWindow.rolling(28, TimeWindow.Unit.DAY).spanEndingAt(end);
		assertThat(span.start()).isEqualTo(Instant.parse("2026-10-30T00:00:00Z"));
		assertThat(span.length()).isEqualTo(Duration.ofDays(28));
	}

	@Test
	void calendarMonthContainingEnd() {
		TimeWindow month = TimeWindow.calendar(1, TimeWindow.Unit.MONTH, LocalDateTime.parse("2022-01-01T00:00:00"),
				ZoneOffset.UTC);
		TimeWindow.Span span = month.spanEndingAt(Instant.parse("2026-11-27T00:00:00Z"));
		assertThat(span.start()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
		assertThat(span.length()).isEqualTo(Duration.ofDays(30));
		// the end of the last day of November still evaluates November
		TimeWindow.Span last = month.spanEndingAt(Instant.parse("2026-12-01T00:00:00Z"));
		assertThat(last.start()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
		// and one minute later December starts
		assertThat(month.spanEndingAt(Instant.parse("2026-12-01T00:01:00Z")).start())
			.isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
	}

	@Test
	void calendarMonthInTimeZone() {
		TimeWindow month = TimeWindow.calendar(1, TimeWindow.Unit.MONTH, LocalDateTime.parse("2022-01-01T00:00:00"),
				ZoneId.of("Europe/Berlin"));
		TimeWindow.Span span = month.spanEndingAt(Instant.parse("2026-11-27T00:00:00Z"));
		// 1 November 00:00 CET = 31 October 23:00 UTC; November has 30 days and no DST change after it starts
		assertThat(span.start()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
		assertThat(span.length()).isEqualTo(Duration.ofDays(30));
	}

	@Test
	void calendarQuarterAndWeek() {
		TimeWindow quarter = TimeWindow.calendar(1, TimeWindow.Unit.QUARTER, LocalDateTime.parse("2022-01-01T00:00:00"),
				ZoneOffset.UTC);
		TimeWindow.Span q4 = quarter.spanEndingAt(Instant.parse("2026-11-27T00:00:00Z"));
		assertThat(q4.start()).isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
		assertThat(q4.length()).isEqualTo(Duration.ofDays(31 + 30 + 31));
		// weeks starting on Monday 3 January 2022; 27 November 2026 is a Friday, its week starts Monday 23rd
		TimeWindow week = TimeWindow.calendar(1, TimeWindow.Unit.WEEK, LocalDateTime.parse("2022-01-03T00:00:00"),
				ZoneOffset.UTC);
		assertThat(week.spanEndingAt(Instant.parse("2026-11-27T00:00:00Z")).start())
			.isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
		// a start time after the end works too (periods repeat backwards)
		TimeWindow future = TimeWindow.calendar(1, TimeWindow.Unit.MONTH, LocalDateTime.parse("2030-01-01T00:00:00"),
				ZoneOffset.UTC);
		assertThat(future.spanEndingAt(Instant.parse("2026-11-27T00:00:00Z")).start())
			.isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
	}

}
