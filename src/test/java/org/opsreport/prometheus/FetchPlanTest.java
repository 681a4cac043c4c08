package org.opsreport.prometheus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FetchPlanTest {

	static final Duration STEP = Duration.ofMinutes(5);

	static Instant t(String time) {
		return Instant.parse("2026-11-03T" + time + "Z");
	}

	@Test
	void aDayAtFiveMinutesIsOneRequestOf288PointsUnderTheLimit() {
		// [00:00, 24:00): instants 00:00 .. 23:55 = 288 points, both ends inclusive in query_range
		assertThat(FetchPlan.ranges(t("00:00:00"), Instant.parse("2026-11-04T00:00:00Z"), STEP, 11_000))
			.containsExactly(new FetchPlan.Range(t("00:00:00"), t("23:55:00")));
	}

	@Test
	void longRangesAreCutIntoChunksOfAtMostMaxPointsWithoutOverlap() {
		// 288 instants, at most 100 per request: 100 + 100 + 88
		List<FetchPlan.Range> ranges = FetchPlan.ranges(t("00:00:00"), Instant.parse("2026-11-04T00:00:00Z"), STEP, 100);
		assertThat(ranges).containsExactly(new FetchPlan.Range(t("00:00:00"), t("08:15:00")),
				new FetchPlan.Range(t("08:20:00"), t("16:35:00")), new FetchPlan.Range(t("16:40:00"), t("23:55:00")));
	}

	@Test
	void thePrometheusLimitOf11000PointsSplits40DaysAtFiveMinutes() {
		// 40 days = 11,520 instants: 11,000 + 520
		Instant from = Instant.parse("2026-10-01T00:00:00Z");
		List<FetchPlan.Range> ranges = FetchPlan.ranges(from, from.plus(Duration.ofDays(40)), STEP, 11_000);
		assertThat(ranges).hasSize(2);
		assertThat(Duration.between(ranges.get(0).start(), ranges.get(0).end()).dividedBy(STEP) + 1).isEqualTo(11_000);
		assertThat(Duration.between(ranges.get(1).start(), ranges.get(1).end()).dividedBy(STEP) + 1).isEqualTo(520);
		assertThat(ranges.get(1).start()).isEqualTo(ranges.get(0).end().plus(STEP));
	}

	@Test
	void instantsAreAlignedToTheStepAndTheEndIsExclusive() {
		// from 00:02 -> first instant 00:05; to 00:20 exclusive -> last 00:15
		assertThat(FetchPlan.ranges(t("00:02:00"), t("00:20:00"), STEP, 11_000))
			.containsExactly(new FetchPlan.Range(t("00:05:00"), t("00:15:00")));
		assertThat(FetchPlan.ranges(t("00:16:00"), t("00:20:00"), STEP, 11_000)).isEmpty();
	}

}
