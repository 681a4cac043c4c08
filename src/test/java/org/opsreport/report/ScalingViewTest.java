package org.opsreport.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opsreport.scaling.CapacityPlanEntry;
import org.opsreport.scaling.FlappingEpisode;
import org.opsreport.scaling.ForecastUse;
import org.opsreport.scaling.ScalingEvent;
import org.opsreport.scaling.ScalingReport;
import org.opsreport.scaling.ScalingStatistics;
import org.opsreport.scaling.ServiceComparison;
import org.opsreport.scaling.ServiceScalingStats;
import org.opsreport.scaling.VariantOutcome;

import static org.assertj.core.api.Assertions.assertThat;

/** The scaling section's cuts, joins and layout, done in Java for every template (report, detail page, mail). */
class ScalingViewTest {

	static final Instant DAY = Instant.parse("2026-11-24T00:00:00Z");

	@Test
	void cutsFlappingAndEventsToTheirFirstRowsAndCountsTheRest() {
		List<FlappingEpisode> flapping = new ArrayList<>();
		for (int i = 0; i < 13; i++) {
			flapping.add(new FlappingEpisode("search", DAY.plusSeconds(600L * i), "scale_out", DAY.plusSeconds(600L * i + 300),
					"scale_in", 300, 600));
		}
		List<ScalingEvent> events = new ArrayList<>();
		for (int i = 0; i < 31; i++) {
			events.add(new ScalingEvent("e" + i, "search", DAY.plusSeconds(60L * i), "scale_out", "reactive", "p", 2, 3,
					"cpu_utilization", 85, 80, "hot"));
		}
		ScalingView view = ScalingView.of(report(flapping, events, List.of(), List.of()));
		assertThat(view.flapping()).hasSize(ScalingView.FLAPS_SHOWN).first().isEqualTo(flapping.get(0));
		assertThat(view.flappingMore()).isEqualTo(3);
		assertThat(view.events()).hasSize(ScalingView.EVENTS_SHOWN).last().isEqualTo(events.get(29));
		assertThat(view.eventsMore()).isEqualTo(1);

		ScalingView few = ScalingView.of(report(flapping.subList(0, 2), List.of(), List.of(), List.of()));
		assertThat(few.flapping()).hasSize(2);
		assertThat(few.flappingMore()).isZero();
		assertThat(few.events()).isEmpty();
		assertThat(few.eventsMore()).isZero();
	}

	@Test
	void laysTheCapacityPlanOutAsHoursWithAnEmptyCellWhereThePlanHasNoEntry() {
		List<CapacityPlanEntry> plan = List.of(
				new CapacityPlanEntry("checkout", Instant.parse("2026-11-25T00:00:00Z"), 10, 3, 2, "scale_up"),
				new CapacityPlanEntry("checkout", Instant.parse("2026-11-25T13:00:00Z"), 10, 1, 2, "scale_down"),
				new CapacityPlanEntry("checkout", Instant.parse("2026-11-25T23:00:00Z"), 10, 2, 2, "hold"),
				new CapacityPlanEntry("search", Instant.parse("2026-11-25T05:00:00Z"), 10, 4, 4, "hold"));
		ScalingView view = ScalingView.of(report(List.of(), List.of(), List.of(), plan));

		ScalingView.CapacityTable day = view.capacityDay();
		assertThat(day.hours()).hasSize(24).startsWith("00", "01").endsWith("23");
		assertThat(day.rows()).extracting(ScalingView.CapacityRow::service).containsExactly("checkout", "search");
		List<ScalingView.CapacityCell> checkout = day.rows().get(0).cells();
		assertThat(checkout).hasSize(24);
		assertThat(checkout.get(0)).isEqualTo(new ScalingView.CapacityCell(3, "scale_up"));
		assertThat(checkout.get(0).up()).isTrue();
		assertThat(checkout.get(13).down()).isTrue();
		assertThat(checkout.get(23).up()).isFalse();
		assertThat(checkout.get(23).down()).isFalse();
		assertThat(checkout.get(1).instancesNeeded()).isNull();
		assertThat(day.rows().get(1).cells().get(5).instancesNeeded()).isEqualTo(4);

		// HTML: two tables of twelve hours with the same services, the afternoon's hour 13 in the second
		assertThat(view.capacityHalves()).hasSize(2);
		assertThat(view.capacityHalves().get(0).hours()).hasSize(12).startsWith("00").endsWith("11");
		assertThat(view.capacityHalves().get(1).hours()).hasSize(12).startsWith("12").endsWith("23");
		assertThat(view.capacityHalves().get(1).rows().get(0).cells().get(1)).isEqualTo(new ScalingView.CapacityCell(1, "scale_down"));
	}

	@Test
	void comparisonRowsNameTheServiceOnceAndMarkTheRecommendedAndForecastlessVariants() {
		List<VariantOutcome> variants = List.of(new VariantOutcome("actual", 48, 4.8, 0, 0, List.of()),
				new VariantOutcome("reactive", 40, 4.0, 10, 6, List.of()),
				new VariantOutcome("predictive", 41, 4.1, 0, 5, List.of()));
		List<ServiceComparison> comparison = List.of(new ServiceComparison("checkout", List.of(), List.of(), variants, "predictive"),
				new ServiceComparison("search", List.of(), List.of(), variants, "actual"));
		ScalingView view = ScalingView.of(report(List.of(), List.of(), comparison, List.of()));
		assertThat(view.comparison()).hasSize(6);
		assertThat(view.comparison()).extracting(ScalingView.ComparisonRow::service)
			.containsExactly("checkout", null, null, "search", null, null);
		assertThat(view.comparison()).extracting(ScalingView.ComparisonRow::recommended)
			.containsExactly(false, false, true, true, false, false);
		// only checkout had a forecast: search's predictive variant ran as reactive
		assertThat(view.comparison()).extracting(ScalingView.ComparisonRow::withoutForecast)
			.containsExactly(false, false, false, false, false, true);
	}

	static ScalingReport report(List<FlappingEpisode> flapping, List<ScalingEvent> events, List<ServiceComparison> comparison,
			List<CapacityPlanEntry> plan) {
		List<String> planned = plan.stream().map(CapacityPlanEntry::service).distinct().toList();
		return new ScalingReport(new ScalingStatistics(events.size(), events.size(), 0, 0, events.size() / 24.0),
				List.of(new ServiceScalingStats("checkout", 2, 0, null), new ServiceScalingStats("search", 3, events.size(), null)),
				List.of(), events, List.of(), flapping, comparison, plan,
				new ForecastUse(List.of("checkout"), planned, null, null, null), List.of(), List.of(), ScalingReport.BASIS);
	}

}
