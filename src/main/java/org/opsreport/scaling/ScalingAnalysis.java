package org.opsreport.scaling;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point: the scaling and performance analysis of one report day.
 * <p>
 * Per service it runs four variants over the same samples: {@code actual} (the recorded counts), {@code reactive}
 * (the policies, {@link PolicyReplay} without forecasts), {@code predictive} (the policies plus the seed's predictive
 * rule, i.e. the complete seed {@code evaluate_scaling_decision}) and {@code target_tracking}
 * ({@link TargetTracking} on CPU at the service's target utilization, clamped to the service's bounds). The seed's
 * scaling report (statistics, per service, per policy, recommendations, events, flapping) describes the
 * {@code predictive} run, which equals the reactive run when no forecasts are given.
 * <p>
 * Service bounds (target tracking and capacity plan): the day's {@link ServiceDay#minInstances()} and
 * {@link ServiceDay#maxInstances()} (the pipeline passes jobs/services.yaml's), else the smallest {@code min_instances}
 * and the largest {@code max_instances} of the service's active policies; {@code [1, unbounded)} without a policy.
 */
public final class ScalingAnalysis {

	/** The seed's report window: {@code generate_scaling_report(time_window_hours=24)}. */
	public static final int WINDOW_HOURS = 24;

	/** The compared variants, in report order. */
	public static final List<String> VARIANTS = List.of("actual", "reactive", "predictive", "target_tracking");

	/** Fallback under-provisioning threshold for services without utilization policies (seed predictive 80 %). */
	static final double FALLBACK_CPU_THRESHOLD = 80.0;

	private ScalingAnalysis() {
	}

	/**
	 * Runs the whole analysis; pure function of its input. The same as {@link #analyzeService} for every service
	 * followed by {@link #combine}, which is how the pipeline runs it (one service at a time, on several threads).
	 */
	public static ScalingResult analyze(ScalingInput input) {
		List<ServiceScaling> services = new ArrayList<>();
		for (ServiceDay day : input.services()) {
			services.add(analyzeService(day, input.config()));
		}
		return combine(input.config(), services, input.notes());
	}

	/**
	 * The part of the analysis that needs only one service's day: the four variants replayed, flapping, the
	 * comparison, tomorrow's capacity plan and the bottlenecks. Pure function of the day and the policies; it does
	 * not depend on the other services.
	 */
	public static ServiceScaling analyzeService(ServiceDay day, ScalingConfig config) {
		String service = day.service();
		List<ScalingPolicy> policies = config.policiesFor(service);
		int min = (day.minInstances() > 0) ? day.minInstances()
				: policies.stream().mapToInt(ScalingPolicy::minInstances).min().orElse(1);
		int max = (day.maxInstances() > 0) ? day.maxInstances()
				: policies.stream().mapToInt(ScalingPolicy::maxInstances).max().orElse(Integer.MAX_VALUE);
		ReplayRun reactive = PolicyReplay.replay(service, day.samples(), config, List.of());
		ReplayRun predictive = PolicyReplay.replay(service, day.samples(), config, day.forecasts());
		ReplayRun tracking = TargetTracking.replay(service, day.samples(), day.targetUtilization(), min, max,
				TargetTracking.DEFAULT_STABILIZATION);
		List<ScalingEvent> events = predictive.events();
		long cooldown = policies.stream().mapToLong(ScalingPolicy::cooldownSeconds).max().orElse(0);
		List<FlappingEpisode> flaps = flapping(service, events, cooldown);
		List<ScalingEvent> recorded = recordedChanges(service, day.samples());
		ServiceScalingStats stats = new ServiceScalingStats(service, predictive.instancesAtEnd(), events.size(),
				events.isEmpty() ? null : events.get(events.size() - 1).timestamp(), flaps.size(),
				FlappingRun.of(flaps).size(),
				day.samples().isEmpty() ? null : day.samples().get(day.samples().size() - 1).instanceCount(),
				recorded.size());
		return new ServiceScaling(service, stats, recorded, reactive.events(),
				predictive.events(), tracking.events(), flaps, compare(day, policies, reactive, predictive, tracking),
				capacityPlan(day, min, max), BottleneckAnalysis.analyze(service, day.samples(), day.sampleInterval()),
				!day.forecasts().isEmpty(), !day.tomorrow().isEmpty());
	}

	/**
	 * The fleet-wide part: the services' parts, in the order given (the report's service order), become the
	 * report sections. Events of all services are ordered by time, then service (a stable sort: a service's events
	 * at one instant keep their order); statistics, policy trigger counts and recommendations are computed over the
	 * whole fleet.
	 * @param config the policies (every policy is listed, also one no service used)
	 * @param services one part per analysed service, in report order
	 * @param notes what could not be analysed, passed to the report as they are
	 */
	public static ScalingResult combine(ScalingConfig config, List<ServiceScaling> services, List<String> notes) {
		List<ScalingEvent> allEvents = new ArrayList<>();
		List<ServiceScalingStats> serviceStats = new ArrayList<>();
		List<FlappingEpisode> flapping = new ArrayList<>();
		List<ServiceComparison> comparisons = new ArrayList<>();
		List<CapacityPlanEntry> plan = new ArrayList<>();
		List<ServicePerformance> performance = new ArrayList<>();
		for (ServiceScaling part : services) {
			allEvents.addAll(part.predictiveEvents());
			flapping.addAll(part.flapping());
			serviceStats.add(part.stats());
			comparisons.add(part.comparison());
			plan.addAll(part.capacityPlan());
			performance.add(part.performance());
		}
		allEvents.sort(Comparator.comparing(ScalingEvent::timestamp).thenComparing(ScalingEvent::serviceId));
		ScalingStatistics statistics = statistics(allEvents);
		List<PolicyStats> policyStats = PolicyRanking.rank(config, services, allEvents);
		ScalingReport scaling = new ScalingReport(statistics, serviceStats, policyStats, allEvents,
				recommendations(statistics, serviceStats), flapping, comparisons, plan, ForecastUse.ofParts(services),
				notes, FlappingRun.of(flapping), ScalingReport.BASIS);
		Map<String, List<ScalingEvent>> variantEvents = new LinkedHashMap<>();
		for (String variant : VARIANTS) {
			variantEvents.put(variant, services.stream()
				.flatMap((part) -> part.events(variant).stream())
				.sorted(Comparator.comparing(ScalingEvent::timestamp).thenComparing(ScalingEvent::serviceId))
				.toList());
		}
		return new ScalingResult(scaling, new PerformanceReport(performance), variantEvents);
	}

	/**
	 * The recorded count's changes as events of type {@code recorded} (the {@code actual} variant): an event at the
	 * sample before the change, like a replayed decision, which applies from the next sample.
	 */
	static List<ScalingEvent> recordedChanges(String service, List<MetricSample> samples) {
		List<ScalingEvent> result = new ArrayList<>();
		for (int i = 1; i < samples.size(); i++) {
			MetricSample before = samples.get(i - 1);
			int n = samples.get(i).instanceCount();
			if (n != before.instanceCount()) {
				boolean out = n > before.instanceCount();
				result.add(new ScalingEvent("scale_" + before.timestamp().getEpochSecond() + "_" + service, service,
						before.timestamp(), out ? ScalingEvent.SCALE_OUT : ScalingEvent.SCALE_IN, "recorded", null,
						before.instanceCount(), n, TriggerType.CPU_UTILIZATION.value(), before.cpuUtilization(),
						Double.NaN, "recorded instance_count change"));
			}
		}
		return result;
	}

	/** The seed's {@code scaling_statistics} over a 24 hour window. */
	static ScalingStatistics statistics(List<ScalingEvent> events) {
		int out = (int) events.stream().filter(ScalingEvent::scalesOut).count();
		int in = (int) events.stream().filter((e) -> ScalingEvent.SCALE_IN.equals(e.action())).count();
		int predictive = (int) events.stream().filter((e) -> "predictive".equals(e.type())).count();
		return new ScalingStatistics(events.size(), out, in, predictive, (double) events.size() / WINDOW_HOURS);
	}

	/** The seed's {@code _generate_scaling_recommendations}: its three rules and texts. */
	public static List<String> recommendations(ScalingStatistics stats, List<ServiceScalingStats> services) {
		List<String> result = new ArrayList<>();
		if (stats.averageScalingFrequencyPerHour() > 2) {
			result.add("High scaling frequency detected - consider adjusting thresholds or cooldown periods");
		}
		if (stats.scaleOutEvents() > stats.scaleInEvents() * 3) {
			result.add("More scale-out than scale-in events - review scaling policies for balanced scaling");
		}
		for (ServiceScalingStats s : services) {
			if (s.scalingEvents() == 0) {
				result.add("Service " + s.service() + " has not scaled recently - verify scaling policies are active");
			}
		}
		return result;
	}

	/**
	 * Flapping: consecutive events of a service in opposite directions at most {@code 2 * cooldownSeconds} apart.
	 * @param events the service's events in time order
	 * @param cooldownSeconds the service's cooldown (largest of its active policies)
	 */
	public static List<FlappingEpisode> flapping(String service, List<ScalingEvent> events, long cooldownSeconds) {
		List<FlappingEpisode> result = new ArrayList<>();
		long window = 2 * cooldownSeconds;
		for (int i = 1; i < events.size(); i++) {
			ScalingEvent a = events.get(i - 1);
			ScalingEvent b = events.get(i);
			long gap = Duration.between(a.timestamp(), b.timestamp()).getSeconds();
			if (a.scalesOut() != b.scalesOut() && gap <= window) {
				result.add(new FlappingEpisode(service, a.timestamp(), a.action(), b.timestamp(), b.action(), gap,
						window));
			}
		}
		return result;
	}

	static ServiceComparison compare(ServiceDay day, List<ScalingPolicy> policies, ReplayRun reactive,
			ReplayRun predictive, ReplayRun tracking) {
		List<MetricSample> samples = day.samples();
		List<Integer> recorded = samples.stream().map(MetricSample::instanceCount).toList();
		int recordedChanges = 0;
		for (int i = 1; i < recorded.size(); i++) {
			if (!recorded.get(i).equals(recorded.get(i - 1))) {
				recordedChanges++;
			}
		}
		List<VariantOutcome> variants = List.of(outcome("actual", day, policies, recorded, recordedChanges),
				outcome("reactive", day, policies, reactive.instances(), reactive.events().size()),
				outcome("predictive", day, policies, predictive.instances(), predictive.events().size()),
				outcome("target_tracking", day, policies, tracking.instances(), tracking.events().size()));
		long actualUnder = variants.get(0).underProvisionedMinutes();
		String recommended = variants.get(0).variant();
		double best = variants.get(0).cost();
		for (VariantOutcome v : variants) {
			if (v.underProvisionedMinutes() <= actualUnder && v.cost() < best - 1e-9) {
				best = v.cost();
				recommended = v.variant();
			}
		}
		return new ServiceComparison(day.service(), samples.stream().map(MetricSample::timestamp).toList(),
				samples.stream().map((s) -> Double.isNaN(s.cpuLoad()) ? null : s.cpuLoad()).toList(), variants, recommended);
	}

	static VariantOutcome outcome(String variant, ServiceDay day, List<ScalingPolicy> policies, List<Integer> instances,
			int events) {
		double hoursPerSample = day.sampleInterval().toSeconds() / 3600.0;
		double instanceHours = instances.stream().mapToInt(Integer::intValue).sum() * hoursPerSample;
		List<ScalingPolicy> utilizationPolicies = policies.stream()
			.filter((p) -> p.triggerType().perInstanceUtilization())
			.toList();
		long underSamples = 0;
		for (int i = 0; i < instances.size(); i++) {
			MetricSample s = day.samples().get(i);
			int n = instances.get(i);
			boolean under;
			if (utilizationPolicies.isEmpty()) {
				under = s.simulated(TriggerType.CPU_UTILIZATION, n) > FALLBACK_CPU_THRESHOLD;
			}
			else {
				under = utilizationPolicies.stream()
					.anyMatch((p) -> s.simulated(p.triggerType(), n) > p.thresholdUp());
			}
			if (under) {
				underSamples++;
			}
		}
		return new VariantOutcome(variant, instanceHours, instanceHours * day.instanceCostPerHour(),
				underSamples * day.sampleInterval().toMinutes(), events, instances);
	}

	/**
	 * Tomorrow's plan: {@code needed = ceil(upper80Load / targetUtilization)} clamped to {@code [min, max]}, compared
	 * with the largest recorded count in the same UTC hour of the report day.
	 */
	static List<CapacityPlanEntry> capacityPlan(ServiceDay day, int min, int max) {
		List<CapacityPlanEntry> result = new ArrayList<>();
		List<MetricSample> samples = day.samples();
		int last = samples.isEmpty() ? min : samples.get(samples.size() - 1).instanceCount();
		for (HourlyLoadForecast f : day.tomorrow()) {
			int needed = instancesNeeded(f.upper80Load(), day.targetUtilization(), min, max);
			int hour = f.hour().atZone(ZoneOffset.UTC).getHour();
			int today = samples.stream()
				.filter((s) -> s.timestamp().atZone(ZoneOffset.UTC).getHour() == hour)
				.mapToInt(MetricSample::instanceCount)
				.max()
				.orElse(last);
			String action = (needed > today) ? "scale_up" : (needed < today) ? "scale_down" : "keep";
			result.add(new CapacityPlanEntry(day.service(), f.hour(), f.upper80Load(), needed, today, action));
		}
		return result;
	}

	/**
	 * Instances that keep {@code load} (utilization x instances) at or under {@code targetUtilization}:
	 * {@code clamp(ceil(load / target), min, max)}; a NaN or non-positive load gives {@code min}.
	 */
	public static int instancesNeeded(double load, double targetUtilization, int min, int max) {
		if (!(load > 0)) {
			return min;
		}
		int needed = (int) Math.ceil(load / targetUtilization - 1e-9);
		return Math.max(min, Math.min(max, needed));
	}

}
