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
		List<String> replay = days.stream().filter((d) -> !d.forecasts().isEmpty()).map(ServiceDay::service).toList();
		List<String> plan = days.stream().filter((d) -> !d.tomorrow().isEmpty()).map(ServiceDay::service).toList();
		String note = null;
		if (!days.isEmpty() && replay.isEmpty() && plan.isEmpty()) {
			note = NONE;
		}
		else {
			List<String> noReplay = days.stream().map(ServiceDay::service).filter((s) -> !replay.contains(s)).toList();
			List<String> noPlan = days.stream().map(ServiceDay::service).filter((s) -> !plan.contains(s)).toList();
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
