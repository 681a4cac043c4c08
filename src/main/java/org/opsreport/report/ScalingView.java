package org.opsreport.report;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.opsreport.scaling.CapacityPlanEntry;
import org.opsreport.scaling.FlappingEpisode;
import org.opsreport.scaling.ScalingEvent;
import org.opsreport.scaling.ScalingReport;
import org.opsreport.scaling.ServiceComparison;
import org.opsreport.scaling.ServiceScalingStats;
import org.opsreport.scaling.VariantOutcome;

/**
 * The scaling section as the templates show it (report, detail page and mail): cut, joined and laid
 * out here, formatted there.
 *
 * @param digest the services with the most replayed scaling events first, at most {@link #DIGEST_ROWS} (the mail)
 * @param digestMore services the digest leaves out
 * @param recommendations the scaling advice, at most {@link #DIGEST_ROWS}
 * @param flapping the first {@link #FLAPS_SHOWN} flapping reversals, in time order
 * @param flappingMore reversals left out (all are in report.json)
 * @param events the first {@link #EVENTS_SHOWN} replayed events, in time order
 * @param eventsMore events left out (all are in report.json and the store table scaling_event)
 * @param comparison one row per service and variant of the replay comparison, services in report order
 * @param capacityHalves tomorrow's capacity plan as two tables of twelve UTC hours (a phone cannot show 25 columns)
 * @param capacityDay the same plan as one table of 24 hours (Markdown)
 */
public record ScalingView(List<Row> digest, int digestMore, List<String> recommendations,
		List<FlappingEpisode> flapping, int flappingMore, List<ScalingEvent> events, int eventsMore,
		List<ComparisonRow> comparison, List<CapacityTable> capacityHalves, CapacityTable capacityDay) {

	/** Rows in the mail digest. */
	public static final int DIGEST_ROWS = 10;

	/** Flapping reversals listed on the detail page. */
	public static final int FLAPS_SHOWN = 10;

	/** Replayed events listed on the detail page. */
	public static final int EVENTS_SHOWN = 30;

	/**
	 * @param recommendedVariant the replay's recommended variant, {@code null} without a comparison
	 */
	public record Row(ServiceScalingStats service, String recommendedVariant) {
	}

	/**
	 * One variant of one service in the comparison.
	 *
	 * @param service the service, on its first variant's row only ({@code null} on the others)
	 * @param variant the variant's figures
	 * @param withoutForecast the predictive variant of a service without a forecast (it ran as reactive)
	 * @param recommended the replay's recommended variant of the service
	 */
	public record ComparisonRow(String service, VariantOutcome variant, boolean withoutForecast,
			boolean recommended) {
	}

	/**
	 * Instances needed per UTC hour, one row per service with a plan.
	 *
	 * @param hours the hours, "00" to "23"
	 * @param rows the services, in the plan's order
	 */
	public record CapacityTable(List<String> hours, List<CapacityRow> rows) {
	}

	public record CapacityRow(String service, List<CapacityCell> cells) {
	}

	/**
	 * @param instancesNeeded the plan's instances for the hour, {@code null} when the plan has no entry for it
	 * @param action the plan's action ("scale_up": more than ran in that hour today, "scale_down": fewer), or {@code null}
	 */
	public record CapacityCell(Integer instancesNeeded, String action) {

		public boolean up() {
			return "scale_up".equals(this.action);
		}

		public boolean down() {
			return "scale_down".equals(this.action);
		}

	}

	static ScalingView of(ScalingReport scaling) {
		if (scaling == null) {
			return null;
		}
		List<ServiceScalingStats> busiest = new ArrayList<>(scaling.services());
		// most events first; among equal counts the later listed first (as the report always showed them)
		busiest.sort(Comparator.comparingInt(ServiceScalingStats::scalingEvents));
		java.util.Collections.reverse(busiest);
		List<Row> rows = busiest.subList(0, Math.min(DIGEST_ROWS, busiest.size()))
			.stream()
			.map(s -> new Row(s, scaling.comparison()
				.stream()
				.filter(c -> c.service().equals(s.service()))
				.map(ServiceComparison::recommendedVariant)
				.findFirst()
				.orElse(null)))
			.toList();
		List<FlappingEpisode> flapping = first(scaling.flapping(), FLAPS_SHOWN);
		List<ScalingEvent> events = first(scaling.events(), EVENTS_SHOWN);
		CapacityTable day = capacity(scaling, 0, 24);
		return new ScalingView(rows, busiest.size() - rows.size(), first(scaling.recommendations(), DIGEST_ROWS),
				flapping, scaling.flapping().size() - flapping.size(), events, scaling.events().size() - events.size(),
				comparison(scaling), List.of(capacity(scaling, 0, 12), capacity(scaling, 12, 24)), day);
	}

	private static List<ComparisonRow> comparison(ScalingReport scaling) {
		List<String> withForecast = scaling.forecasts() == null ? List.of() : scaling.forecasts().predictiveReplay();
		List<ComparisonRow> rows = new ArrayList<>();
		for (ServiceComparison c : scaling.comparison()) {
			boolean first = true;
			for (VariantOutcome v : c.variants()) {
				rows.add(new ComparisonRow(first ? c.service() : null, v,
						"predictive".equals(v.variant()) && !withForecast.contains(c.service()),
						v.variant().equals(c.recommendedVariant())));
				first = false;
			}
		}
		return List.copyOf(rows);
	}

	/** The plan of the hours [from, to) for every service the plan covers, in the plan's order. */
	private static CapacityTable capacity(ScalingReport scaling, int from, int to) {
		List<String> hours = new ArrayList<>();
		for (int h = from; h < to; h++) {
			hours.add(String.format("%02d", h));
		}
		List<String> services = scaling.forecasts() == null ? List.of() : scaling.forecasts().capacityPlan();
		List<CapacityRow> rows = new ArrayList<>();
		for (String service : services) {
			List<CapacityCell> cells = new ArrayList<>();
			for (int h = from; h < to; h++) {
				int hour = h;
				CapacityPlanEntry entry = scaling.capacityPlan()
					.stream()
					.filter(e -> e.service().equals(service) && e.hour().atZone(ZoneOffset.UTC).getHour() == hour)
					.findFirst()
					.orElse(null);
				cells.add(entry == null ? new CapacityCell(null, null)
						: new CapacityCell(entry.instancesNeeded(), entry.action()));
			}
			rows.add(new CapacityRow(service, List.copyOf(cells)));
		}
		return new CapacityTable(List.copyOf(hours), List.copyOf(rows));
	}

	private static <T> List<T> first(List<T> list, int n) {
		return List.copyOf(list.subList(0, Math.min(n, list.size())));
	}

}
