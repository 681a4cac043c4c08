package org.opsreport.scaling;

import java.util.List;

/**
 * Which services the forecasts reached. Without forecasts the predictive replay equals the reactive one and there
 * is no capacity plan; the report must say so rather than show numbers that look like forecasts.
 *
 * @param predictiveReplay services with utilization forecasts for the report day
 * @param capacityPlan services with load forecasts for the next day
 * @param note {@value #NONE} when no service has any forecast, a list of the services without one when only some
 * have, null when all have
 */
public record ForecastUse(List<String> predictiveReplay, List<String> capacityPlan, String note) {

	/** The note when no forecast exists at all. */
	public static final String NONE = "no forecast available: predictive replay and capacity plan need the nightly train step";

	public ForecastUse {
		predictiveReplay = List.copyOf(predictiveReplay);
		capacityPlan = List.copyOf(capacityPlan);
	}

	/** Derives the lists and the note from the day inputs. */
	static ForecastUse of(List<ServiceDay> days) {
		return of(days.stream().map(ServiceDay::service).toList(),
				days.stream().filter((d) -> !d.forecasts().isEmpty()).map(ServiceDay::service).toList(),
				days.stream().filter((d) -> !d.tomorrow().isEmpty()).map(ServiceDay::service).toList());
	}

	/** The same from the services' analysed parts. */
	static ForecastUse ofParts(List<ServiceScaling> parts) {
		return of(parts.stream().map(ServiceScaling::service).toList(),
				parts.stream().filter(ServiceScaling::utilizationForecasts).map(ServiceScaling::service).toList(),
				parts.stream().filter(ServiceScaling::loadForecasts).map(ServiceScaling::service).toList());
	}

	/**
	 * @param services every analysed service, in report order
	 * @param replay those with utilization forecasts
	 * @param plan those with load forecasts
	 */
	private static ForecastUse of(List<String> services, List<String> replay, List<String> plan) {
		String note = null;
		if (!services.isEmpty() && replay.isEmpty() && plan.isEmpty()) {
			note = NONE;
		}
		else {
			List<String> noReplay = services.stream().filter((s) -> !replay.contains(s)).toList();
			List<String> noPlan = services.stream().filter((s) -> !plan.contains(s)).toList();
			StringBuilder text = new StringBuilder();
			if (!noReplay.isEmpty()) {
				text.append("no utilization forecast for ").append(String.join(", ", noReplay))
					.append(": their predictive replay equals the reactive one");
			}
			if (!noPlan.isEmpty()) {
				text.append(text.isEmpty() ? "" : "; ").append("no load forecast for ").append(String.join(", ", noPlan))
					.append(": no capacity plan");
			}
			note = text.isEmpty() ? null : text.toString();
		}
		return new ForecastUse(replay, plan, note);
	}

}
