package org.opsreport.findings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opsreport.units.Durations;

/**
 * The rules of report section {@code findings}. Pure: typed inputs, no store, no clock.
 *
 * <h2>Re-classification</h2>
 * The severity an open incident's impact implies:
 * <ul>
 * <li>by budget: spending at least {@value #SEV1_BUDGET_PERCENT}% of one SLO's error budget (a whole budget,
 * attributed as in docs/slo.md) implies SEV1; at least {@value #SEV2_BUDGET_PERCENT}% (the Workbook's
 * postmortem threshold) implies SEV2;</li>
 * <li>by duration: open {@value #SEV2_OPEN_HOURS} h or longer with its whole escalation timeline passed
 * (escalation overdue) implies SEV2.</li>
 * </ul>
 * The more severe of the two is suggested when it is more severe than the given severity (SEV1 is the most
 * severe). Incidents without a given severity are left to the classifier.
 *
 * <h2>Saturation</h2>
 * A service whose <b>recorded</b> instance count was at its {@code max_instances} (services.yaml) with CPU at or
 * above {@value #HOT_CPU_PERCENT}% (the seed's predictive threshold) for at least {@value #MIN_SATURATED_MINUTES}
 * minutes of the day is saturated: more instances cannot be had, so capacity advice to scale down (or keep)
 * contradicts what happened. The finding says so and names the way out (raise {@code max_instances} or remove the
 * bottleneck).
 *
 * <h2>Capacity</h2>
 * The one rule for tomorrow's capacity advice that the recorded day contradicts (the summary and the scaling
 * section show what it decides, neither decides again):
 * <ul>
 * <li>a saturated service (above) shows {@value #AT_MAX_AND_HOT}, whatever its plan said;</li>
 * <li>a service below its maximum whose plan says scale down while the performance analysis found a sustained
 * CPU bottleneck shows {@value #KEEP}: the plan reads the forecast's upper bound, which a service held back by
 * its CPU under-states.</li>
 * </ul>
 */
public final class FindingsBuilder {

	static final double SEV1_BUDGET_PERCENT = 100;

	static final double SEV2_BUDGET_PERCENT = 20;

	static final double SEV2_OPEN_HOURS = 24;

	static final double HOT_CPU_PERCENT = 80;

	static final long MIN_SATURATED_MINUTES = 30;

	/** {@link Findings.CapacityOverride#action()}: saturated at its maximum instance count. */
	public static final String AT_MAX_AND_HOT = "at_max_and_hot";

	/** {@link Findings.CapacityOverride#action()}: hot below its maximum, where the plan said scale down. */
	public static final String KEEP = "keep";

	private FindingsBuilder() {
	}

	/** An open incident as the incidents section gives it. */
	public record OpenIncident(String id, String title, String severity, List<String> services, long openMinutes,
			boolean escalationOverdue) {
	}

	/** The largest attributed share an incident took of one SLO's budget. */
	public record Spend(String slo, double percent) {
	}

	/**
	 * One service's recorded day.
	 * @param instances recorded instance count per sample
	 * @param cpuPercent CPU per sample ({@code null} where not recorded)
	 * @param interval the sampling interval
	 * @param capacityAction tomorrow's plan's overall action, {@code null} without a plan
	 */
	public record ServiceDay(String service, List<Integer> instances, List<Double> cpuPercent, Duration interval,
			String capacityAction) {
	}

	/**
	 * A sustained CPU bottleneck of the performance analysis.
	 * @param description its description, e.g. "High CPU utilization at 96.5%"
	 * @param longestStretchMinutes its longest stretch
	 * @param capacityAction tomorrow's plan's overall action for the service, {@code null} without a plan
	 */
	public record HotCpu(String service, String description, long longestStretchMinutes, String capacityAction) {
	}

	/** A service of services.yaml. */
	public record ServiceInfo(String service, String team, int maxInstances) {
	}

	public static Findings build(List<OpenIncident> open, Map<String, Spend> spend, List<ServiceDay> days,
			List<ServiceInfo> services) {
		return build(open, spend, days, services, List.of());
	}

	public static Findings build(List<OpenIncident> open, Map<String, Spend> spend, List<ServiceDay> days,
			List<ServiceInfo> services, List<HotCpu> hotCpu) {
		List<Findings.Owner> owners = services.stream()
			.sorted(Comparator.comparing(ServiceInfo::service))
			.map((s) -> new Findings.Owner(s.service(), s.team()))
			.toList();
		Findings ownership = new Findings(List.of(), List.of(), owners);
		List<Findings.Reclassification> reclassifications = new ArrayList<>();
		for (OpenIncident incident : open) {
			Findings.Reclassification r = reclassification(incident, spend.get(incident.id()),
					incident.services().isEmpty() ? null : ownership.ownerOf(incident.services().get(0)));
			if (r != null) {
				reclassifications.add(r);
			}
		}
		reclassifications.sort(Comparator.comparing(Findings.Reclassification::suggestedSeverity)
			.thenComparing(Comparator.comparingDouble(Findings.Reclassification::budgetSpentPercent).reversed())
			.thenComparing(Findings.Reclassification::incidentId));
		List<Findings.Saturation> saturation = new ArrayList<>();
		for (ServiceDay day : days) {
			ServiceInfo info = services.stream().filter((s) -> s.service().equals(day.service())).findFirst().orElse(null);
			if (info != null) {
				Findings.Saturation s = saturation(day, info.maxInstances(), info.team());
				if (s != null) {
					saturation.add(s);
				}
			}
		}
		return new Findings(reclassifications, saturation, owners, capacity(saturation, hotCpu));
	}

	/** The capacity rule (class comment): saturated services first, then hot ones whose plan says scale down. */
	static List<Findings.CapacityOverride> capacity(List<Findings.Saturation> saturation, List<HotCpu> hotCpu) {
		List<Findings.CapacityOverride> result = new ArrayList<>();
		for (Findings.Saturation s : saturation) {
			result.add(new Findings.CapacityOverride(s.service(), AT_MAX_AND_HOT, s.capacityAction(), s.message()));
		}
		for (HotCpu hot : hotCpu) {
			boolean saturated = saturation.stream().anyMatch((s) -> s.service().equals(hot.service()));
			if (!saturated && "scale_down".equals(hot.capacityAction())) {
				String description = hot.description().strip();
				description = description.endsWith(".") ? description.substring(0, description.length() - 1) : description;
				result.add(new Findings.CapacityOverride(hot.service(), KEEP, hot.capacityAction(), String.format(Locale.ROOT,
						"do not scale down: CPU ran hot (%s, up to %s in a row); the plan reads the forecast's upper bound, which a service held back by its CPU under-states.",
						description, Durations.minutes(hot.longestStretchMinutes()))));
			}
		}
		return result;
	}

	static Findings.Reclassification reclassification(OpenIncident incident, Spend spend, String owner) {
		int given = rank(incident.severity());
		if (given < 0) {
			return null;
		}
		double percent = spend == null ? 0 : spend.percent();
		double hours = incident.openMinutes() / 60.0;
		int byBudget = percent >= SEV1_BUDGET_PERCENT ? 1 : percent >= SEV2_BUDGET_PERCENT ? 2 : 4;
		int byDuration = (hours >= SEV2_OPEN_HOURS && incident.escalationOverdue()) ? 2 : 4;
		int implied = Math.min(byBudget, byDuration);
		if (implied >= given) {
			return null;
		}
		List<String> reasons = new ArrayList<>();
		if (byBudget < given) {
			reasons.add(String.format(Locale.ROOT, "spent %.1f%% of the %s error budget", percent, spend.slo()));
		}
		if (byDuration < given) {
			reasons.add(String.format(Locale.ROOT, "has been open %s with its escalation overdue", Durations.hours(hours)));
		}
		String suggested = "SEV" + implied;
		String message = String.format(Locale.ROOT, "Raise %s (%s) from %s to %s: it %s.", incident.id(),
				incident.title() == null ? "" : incident.title(), incident.severity().toUpperCase(Locale.ROOT), suggested,
				String.join(" and ", reasons)).replace(" ()", "");
		return new Findings.Reclassification(incident.id(), incident.title(), incident.services(),
				incident.severity().toUpperCase(Locale.ROOT), suggested, percent, spend == null ? null : spend.slo(), hours,
				incident.escalationOverdue(), owner, message);
	}

	static Findings.Saturation saturation(ServiceDay day, int maxInstances, String team) {
		if (maxInstances <= 0) {
			return null;
		}
		long samples = 0;
		double cpuSum = 0;
		for (int i = 0; i < day.instances().size() && i < day.cpuPercent().size(); i++) {
			Integer n = day.instances().get(i);
			Double cpu = day.cpuPercent().get(i);
			if (n != null && cpu != null && n >= maxInstances && cpu >= HOT_CPU_PERCENT) {
				samples++;
				cpuSum += cpu;
			}
		}
		long minutes = samples * day.interval().toMinutes();
		if (minutes < MIN_SATURATED_MINUTES) {
			return null;
		}
		double average = cpuSum / samples;
		String advice = "scale_down".equals(day.capacityAction()) ? " The capacity plan's \"scale down\" does not hold."
				: "";
		String message = String.format(Locale.ROOT,
				"%s ran %s at its maximum of %d instances at %.1f%% CPU on average: it is saturated; raise max_instances in services.yaml or remove the CPU bottleneck.%s",
				day.service(), Durations.minutes(minutes), maxInstances, average, advice);
		return new Findings.Saturation(day.service(), maxInstances, minutes, average, HOT_CPU_PERCENT, day.capacityAction(),
				team, message);
	}

	/** SEV1 = 1 ... SEV4 = 4; -1 when not a severity. */
	static int rank(String severity) {
		if (severity == null) {
			return -1;
		}
		return switch (severity.trim().toUpperCase(Locale.ROOT)) {
			case "SEV1" -> 1;
			case "SEV2" -> 2;
			case "SEV3" -> 3;
			case "SEV4" -> 4;
			default -> -1;
		};
	}

}
