package org.opsreport.slo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BurndownHistoryTest {

	static final LocalDate D = LocalDate.parse("2026-11-24");

	static ObjectiveResult result(List<BurndownPoint> burndown) {
		return new ObjectiveResult("pay", "payments", "99.9%", 0.999, "Occurrences", "7d", Instant.parse("2026-11-18T00:00:00Z"),
				Instant.parse("2026-11-25T00:00:00Z"), 0.99, "events", 100, 106, -6, 106.0, -6.0,
				new BurnRates(null, null, null, null, null), null, false, 100000, List.of(), List.of(), burndown, org.opsreport.health.Health.RED,
				List.of(), new BudgetAttribution("split_evenly", 106.0, 0.0, 106.0, 0), null);
	}

	static BurndownPoint point(String date, Double remaining) {
		return new BurndownPoint(LocalDate.parse(date), LocalDate.parse(date).plusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
				remaining);
	}

	static BudgetSnapshot snapshot(String date, Double remaining) {
		return new BudgetSnapshot(LocalDate.parse(date), "pay", "99.9%", remaining, 0, 100, "amber");
	}

	@Test
	void pastDaysShowTheirOwnReportAndFlagLateData() {
		ObjectiveResult r = result(List.of(point("2026-11-17", 100.0), point("2026-11-22", 10.0), point("2026-11-23", -4.0),
				point("2026-11-24", -6.0)));
		ObjectiveResult stable = BurndownHistory.apply(r, D, Map.of(LocalDate.parse("2026-11-17"), snapshot("2026-11-17", 55.0),
				LocalDate.parse("2026-11-22"), snapshot("2026-11-22", 10.04), LocalDate.parse("2026-11-23"),
				snapshot("2026-11-23", -6.0), D, snapshot("2026-11-24", 99.0)));
		List<BurndownPoint> b = stable.burndown();
		// the window start stays 100 (not a day's report)
		assertThat(b.get(0)).isEqualTo(new BurndownPoint(LocalDate.parse("2026-11-17"), b.get(0).at(), 100.0, "recomputed", null, false));
		// 0.04 points apart: rounding, not late data
		assertThat(b.get(1)).isEqualTo(new BurndownPoint(LocalDate.parse("2026-11-22"), b.get(1).at(), 10.04, "snapshot", null, false));
		// the case: 11-23's report said -6.0, recomputed today -4.0
		assertThat(b.get(2)).isEqualTo(new BurndownPoint(LocalDate.parse("2026-11-23"), b.get(2).at(), -6.0, "snapshot", -4.0, true));
		// the report date itself is today's value
		assertThat(b.get(3).budgetRemainingPercent()).isEqualTo(-6.0);
		assertThat(b.get(3).source()).isEqualTo("recomputed");
	}

	@Test
	void daysWithoutASnapshotStayRecomputed() {
		ObjectiveResult r = result(List.of(point("2026-11-17", 100.0), point("2026-11-23", -4.0), point("2026-11-24", -6.0)));
		assertThat(BurndownHistory.apply(r, D, Map.of()).burndown()).extracting(BurndownPoint::source)
			.containsOnly("recomputed");
	}

}
