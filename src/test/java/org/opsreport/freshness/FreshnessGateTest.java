package org.opsreport.freshness;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opsreport.job.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

class FreshnessGateTest {

	static final Instant END = Instant.parse("2026-12-05T00:00:00Z");

	static final Duration TWO_HOURS = Duration.ofHours(2);

	@Test
	void aSeriesIsStaleWhenItsLastSampleLiesMoreThanTheLagBeforeTheEnd() {
		assertThat(FreshnessGate.isStale(Instant.parse("2026-12-04T23:55:00Z"), END, TWO_HOURS)).isFalse();
		assertThat(FreshnessGate.isStale(Instant.parse("2026-12-04T22:00:00Z"), END, TWO_HOURS)).isFalse(); // exactly 2 h
		assertThat(FreshnessGate.isStale(Instant.parse("2026-12-04T21:59:59Z"), END, TWO_HOURS)).isTrue();
		assertThat(FreshnessGate.isStale(null, END, TWO_HOURS)).isTrue();
	}

	@Test
	void everySeriesTenDaysOldIsAStaleDayWithTheNewestLastSample() {
		Instant last = Instant.parse("2026-11-24T23:55:00Z");
		Freshness freshness = FreshnessGate.assess(List.of(new SeriesLastSample("cart", "cpu_utilization", last),
				new SeriesLastSample("cart", "requests_total", last.minusSeconds(300)),
				new SeriesLastSample("search", "cpu_utilization", last)), END, TWO_HOURS);
		assertThat(freshness.state()).isEqualTo(Freshness.State.STALE);
		assertThat(freshness.staleSeries()).isEqualTo(3);
		assertThat(freshness.staleSince()).isEqualTo(last);
		assertThat(freshness.message()).isEqualTo("no metrics since 2026-11-24 23:55 UTC for 3 of 3 series");
		assertThat(freshness.services()).extracting(Freshness.StaleService::service).containsExactly("cart", "search");
		assertThat(FreshnessGate.exitCode(freshness, true)).isEqualTo(ExitCodes.STALE_DATA);
		assertThat(FreshnessGate.exitCode(freshness, false)).isEqualTo(ExitCodes.COMPLETED);
	}

	@Test
	void partialStalenessIsNamedPerService() {
		Freshness freshness = FreshnessGate.assess(List.of(
				new SeriesLastSample("cart", "cpu_utilization", Instant.parse("2026-12-04T23:55:00Z")),
				new SeriesLastSample("cart", "requests_total", Instant.parse("2026-12-04T12:00:00Z")),
				new SeriesLastSample("search", "cpu_utilization", Instant.parse("2026-12-04T23:55:00Z")),
				new SeriesLastSample("search", "memory_utilization", null)), END, TWO_HOURS);
		assertThat(freshness.state()).isEqualTo(Freshness.State.PARTIAL);
		assertThat(freshness.staleSeries()).isEqualTo(2);
		assertThat(freshness.message()).isEqualTo(
				"stale data for 2 of 4 series: cart (1 of 2 series, none since 2026-12-04 12:00 UTC), search (1 of 2 series, never)");
		assertThat(freshness.services().get(0).metrics()).containsExactly("requests_total");
		assertThat(FreshnessGate.exitCode(freshness, true)).isEqualTo(ExitCodes.STALE_DATA);
	}

	@Test
	void freshDataHasNoMessageAndExitsZero() {
		Freshness freshness = FreshnessGate.assess(
				List.of(new SeriesLastSample("cart", "cpu_utilization", Instant.parse("2026-12-04T23:55:00Z"))), END, TWO_HOURS);
		assertThat(freshness.state()).isEqualTo(Freshness.State.FRESH);
		assertThat(freshness.message()).isNull();
		assertThat(freshness.staleSince()).isNull();
		assertThat(FreshnessGate.exitCode(freshness, true)).isEqualTo(ExitCodes.COMPLETED);
	}

	@Test
	void anEmptyStoreIsStale() {
		Freshness freshness = FreshnessGate.assess(List.of(), END, TWO_HOURS);
		assertThat(freshness.state()).isEqualTo(Freshness.State.STALE);
		assertThat(freshness.message()).isEqualTo("no metrics stored");
	}

}
