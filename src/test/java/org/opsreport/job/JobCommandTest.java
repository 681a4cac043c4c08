package org.opsreport.job;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class JobCommandTest {

	@ParameterizedTest(name = "latest sample {0} -> {1}")
	@CsvSource({ "2026-11-24T23:55:00Z, 2026-11-24", // 5-minute data, day complete
			"2026-11-24T23:00:00Z, 2026-11-24", // hourly data: the 23:00 sample covers the last hour
			"2026-11-25T13:00:00Z, 2026-11-24", // the 25th is still going
			"2026-11-24T22:30:00Z, 2026-11-23" }) // the 24th misses its last 90 minutes
	void theDefaultReportDateIsTheLastCompleteUtcDay(Instant latest, LocalDate expected) {
		assertThat(JobCommand.lastCompleteDay(latest)).isEqualTo(expected);
	}

}
