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
 * @param lastNightForecasts whether last night's run (the run of the day before the report date, which forecast
 * the report date) left utilization forecasts for the predictive replay: {@code all}, {@code some} or {@code none}
 * of the analysed services; the predictive figures of the day depend on it
 * @param replayStatement that in one sentence, for the scaling section
 */
public record ForecastUse(List<String> predictiveReplay, List<String> capacityPlan, String note,
		String lastNightForecasts, String replayStatement) {

	/** The note when no forecast exists at all. */
	public static final String NONE = "no forecast available: predictive replay and capacity plan need the nightly train step";

	public ForecastUse(List<String> predictiveReplay, List<String> capacityPlan, String note) {
		this(predictiveReplay, capacityPlan, note, null, null);
	}

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
		String available = replay.isEmpty() ? "none" : replay.size() == services.size() ? "all" : "some";
		String statement = switch (available) {
			case "all" -> "The predictive replay used last night's forecasts for all " + services.size() + " services.";
			case "some" -> "The predictive replay used last night's forecasts for " + replay.size() + " of " + services.size()
					+ " services (" + String.join(", ", replay) + "); the others replay as reactive.";
			default -> "Last night's forecasts were not available: the predictive replay equals the reactive one.";
		};
		return new ForecastUse(replay, plan, note, available, statement);
	}

}
