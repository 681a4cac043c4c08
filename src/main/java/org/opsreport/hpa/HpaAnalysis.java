package org.opsreport.hpa;

import java.time.Duration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opsreport.hpa.ScalingRules.Policy;
import org.opsreport.hpa.ScalingRules.SelectPolicy;
import org.opsreport.scaling.MetricSample;
import org.opsreport.scaling.PolicyReplay;
import org.opsreport.scaling.ReplayRun;
import org.opsreport.scaling.SampleAlignment;
import org.opsreport.scaling.ScalingAnalysis;
import org.opsreport.scaling.ScalingConfig;
import org.opsreport.scaling.ScalingEvent;
import org.opsreport.scaling.ScalingPolicy;

/**
 * Entry point: one HPA replayed over the report day ({@link HpaSimulation}) and compared with what ran (the
 * recorded {@code instance_count}) and with the policy replay of jobs/scaling-policies.yaml (the scaling section's
 * {@code reactive} variant, replayed again here on the same samples), all three measured at the same 15 s syncs;
 * then a few behaviour variants of the same HPA replayed on the same day ({@link #tuning}). Pure function of its
 * input.
 */
final class HpaAnalysis {

	/** The Kubernetes release whose controller is simulated. */
	public static final String KUBERNETES_RELEASE = "v1.33";

	/** The scale-up rate limit tried as a tuning variant: one pod per minute. */
	static final Policy SCALE_UP_LIMIT = new Policy(false, 1, 60);

	private HpaAnalysis() {
	}

	/**
	 * One HPA's day.
	 *
	 * @param hpa the manifest
	 * @param instanceCostPerHour from jobs/services.yaml
	 * @param samples the service's aligned samples of the day ({@link SampleAlignment#align}), time order
	 * @param interval their spacing
	 * @param series the stored series the HPA's metrics read, by metric name
	 * @param config the scaling policies (for the policy replay and the flapping window)
	 */
	public record HpaDay(HpaManifest hpa, double instanceCostPerHour, List<MetricSample> samples, Duration interval,
			Map<String, SampleAlignment.Series> series, ScalingConfig config) {

		public HpaDay {
			samples = List.copyOf(samples);
			series = Map.copyOf(series);
		}

	}

	public static HpaComparison analyze(HpaDay day) {
		HpaManifest hpa = day.hpa();
		String service = hpa.service();
		Timeline timeline = Timeline.of(day.samples(), day.interval(), day.series());
		double[][] values = hpa.metrics().stream().map((m) -> timeline.metric(m.storedMetric())).toArray(double[][]::new);
		long flapWindow = flappingCooldown(day);

		int[] actual = timeline.recorded();
		ReplayRun replay = PolicyReplay.replay(service, day.samples(), day.config(), List.of());
		int[] replayed = new int[timeline.ticks()];
		for (int k = 0; k < replayed.length; k++) {
			replayed[k] = replay.instances().get(timeline.sampleIndex()[k]);
		}
		HpaSimulation.Run run = HpaSimulation.run(hpa, timeline);

		List<HpaOutcome> variants = List.of(
				outcome("actual", day, timeline, values, actual, changeEvents(service, timeline, actual), flapWindow),
				outcome("policy_replay", day, timeline, values, replayed, replay.events(), flapWindow),
				outcome("hpa", day, timeline, values, run.replicas(), events(service, run), flapWindow));
		List<HpaTuning> tuning = tuning(day, timeline, values, flapWindow);
		String cheapest = cheapest(tuning);
		String least = leastUnderProvisioned(tuning);
		return new HpaComparison(hpa.name(), hpa.file() + "#" + hpa.document(), service, hpa.minReplicas(),
				hpa.maxReplicas(), describeMetrics(hpa), describeBehavior(hpa),
				day.samples().stream().map(MetricSample::timestamp).toList(),
				day.samples().stream().map((s) -> Double.isNaN(s.cpuLoad()) ? null : s.cpuLoad()).toList(), variants,
				difference(variants.get(0), variants.get(2)), tuning, cheapest, least, advice(tuning, cheapest, least));
	}

	/** The flapping window's cooldown: the service's largest policy cooldown, else the HPA's scale-down window. */
	static long flappingCooldown(HpaDay day) {
		return day.config()
			.policiesFor(day.hpa().service())
			.stream()
			.mapToLong(ScalingPolicy::cooldownSeconds)
			.max()
			.orElse(day.hpa().scaleDown().stabilizationWindowSeconds());
	}

	static HpaOutcome outcome(String variant, HpaDay day, Timeline timeline, double[][] values, int[] replicas,
			List<ScalingEvent> events, long flapCooldown) {
		long replicaSyncs = 0;
		long underSyncs = 0;
		double[] at = new double[values.length];
		for (int k = 0; k < replicas.length; k++) {
			replicaSyncs += replicas[k];
			for (int m = 0; m < values.length; m++) {
				at[m] = values[m][k];
			}
			if (HpaSimulation.underProvisioned(day.hpa(), at, timeline.recorded()[k], replicas[k])) {
				underSyncs++;
			}
		}
		double hours = replicaSyncs * Timeline.SYNC_SECONDS / 3600.0;
		List<Integer> perSample = new ArrayList<>();
		for (MetricSample s : day.samples()) {
			long offset = s.timestamp().toEpochMilli() - timeline.startMillis();
			int k = (int) Math.min(replicas.length - 1, Math.max(0, (offset + Timeline.SYNC_MILLIS - 1) / Timeline.SYNC_MILLIS));
			perSample.add(replicas[k]);
		}
		int flaps = ScalingAnalysis.flapping(day.hpa().service(), events, flapCooldown).size();
		return new HpaOutcome(variant, hours, hours * day.instanceCostPerHour(), underSyncs * Timeline.SYNC_SECONDS / 60.0,
				events.size(), flaps, perSample);
	}

	/** The recorded count's changes, as events at the sync where the new count is first seen. */
	static List<ScalingEvent> changeEvents(String service, Timeline timeline, int[] replicas) {
		List<ScalingEvent> events = new ArrayList<>();
		for (int k = 1; k < replicas.length; k++) {
			if (replicas[k] != replicas[k - 1]) {
				events.add(event(service, timeline.at(k), replicas[k - 1], replicas[k], "recorded"));
			}
		}
		return events;
	}

	static List<ScalingEvent> events(String service, HpaSimulation.Run run) {
		return run.changes().stream().map((c) -> event(service, c.atMillis(), c.from(), c.to(), "hpa")).toList();
	}

	private static ScalingEvent event(String service, long atMillis, int from, int to, String type) {
		Instant at = Instant.ofEpochMilli(atMillis);
		boolean out = to > from;
		return new ScalingEvent("scale_" + at.getEpochSecond() + "_" + service, service, at,
				out ? ScalingEvent.SCALE_OUT : ScalingEvent.SCALE_IN, type, null, from, to, "", Double.NaN, Double.NaN,
				type + " replica change");
	}

	/**
	 * The manifest as written, then: the scale-down stabilization window shortened to 60 s and lengthened to
	 * {@code max(600, 2 x window)} s (at most 3600), and a scale-up rate limit of one pod per minute. Each replayed on
	 * the same day; a variant equal to the manifest is left out.
	 */
	static List<HpaTuning> tuning(HpaDay day, Timeline timeline, double[][] values, long flapCooldown) {
		HpaManifest hpa = day.hpa();
		List<HpaTuning> result = new ArrayList<>();
		result.add(tuned("as_written", "the manifest as written", "", hpa, day, timeline, values, flapCooldown));
		int window = hpa.scaleDown().stabilizationWindowSeconds();
		if (window != 60) {
			result.add(tuned("scale_down_window_60s", "scale-down stabilization window " + window + " s → 60 s",
					"spec:\n  behavior:\n    scaleDown:\n      stabilizationWindowSeconds: 60\n",
					hpa.withBehavior(hpa.scaleUp(), hpa.scaleDown().withStabilization(60)), day, timeline, values,
					flapCooldown));
		}
		int longer = Math.min(3600, Math.max(600, 2 * window));
		if (longer != window) {
			result.add(tuned("scale_down_window_" + longer + "s",
					"scale-down stabilization window " + window + " s → " + longer + " s",
					"spec:\n  behavior:\n    scaleDown:\n      stabilizationWindowSeconds: " + longer + "\n",
					hpa.withBehavior(hpa.scaleUp(), hpa.scaleDown().withStabilization(longer)), day, timeline, values,
					flapCooldown));
		}
		ScalingRules limited = hpa.scaleUp().withPolicies(List.of(SCALE_UP_LIMIT), SelectPolicy.MAX);
		if (!limited.equals(hpa.scaleUp())) {
			result.add(tuned("scale_up_1_pod_per_60s", "scale-up limited to 1 pod per 60 s",
					"spec:\n  behavior:\n    scaleUp:\n      selectPolicy: Max\n      policies:\n        - type: Pods\n"
							+ "          value: 1\n          periodSeconds: 60\n",
					hpa.withBehavior(limited, hpa.scaleDown()), day, timeline, values, flapCooldown));
		}
		return result;
	}

	private static HpaTuning tuned(String id, String description, String yaml, HpaManifest variant, HpaDay day,
			Timeline timeline, double[][] values, long flapCooldown) {
		HpaSimulation.Run run = HpaSimulation.run(variant, timeline);
		HpaOutcome o = outcome(id, day, timeline, values, run.replicas(), events(variant.service(), run), flapCooldown);
		return new HpaTuning(id, description, yaml, o.instanceHours(), o.cost(), o.underProvisionedMinutes(),
				o.scalingEvents(), o.flappingEpisodes());
	}

	/** Cheapest among the variants without more under-provisioned minutes than the manifest as written. */
	static String cheapest(List<HpaTuning> tuning) {
		HpaTuning written = tuning.get(0);
		HpaTuning best = written;
		for (HpaTuning t : tuning) {
			if (t.underProvisionedMinutes() <= written.underProvisionedMinutes() + 1e-9 && t.cost() < best.cost() - 1e-9) {
				best = t;
			}
		}
		return best.variant();
	}

	/** Fewest under-provisioned minutes; ties: the cheaper, then the earlier. */
	static String leastUnderProvisioned(List<HpaTuning> tuning) {
		HpaTuning best = tuning.get(0);
		for (HpaTuning t : tuning) {
			if (t.underProvisionedMinutes() < best.underProvisionedMinutes() - 1e-9
					|| (Math.abs(t.underProvisionedMinutes() - best.underProvisionedMinutes()) <= 1e-9
							&& t.cost() < best.cost() - 1e-9)) {
				best = t;
			}
		}
		return best.variant();
	}

	static String advice(List<HpaTuning> tuning, String cheapest, String least) {
		HpaTuning written = tuning.get(0);
		HpaTuning c = find(tuning, cheapest);
		HpaTuning l = find(tuning, least);
		if (c == written && l == written) {
			return "None of the behaviour variants would have done better on this day: keep the behaviour as written.";
		}
		StringBuilder text = new StringBuilder();
		if (c != written) {
			text.append(String.format(Locale.ROOT,
					"Most cost cut: %s (cost %.2f instead of %.2f, %s under-provisioned minutes instead of %s).",
					c.description(), c.cost(), written.cost(), minutes(c.underProvisionedMinutes()),
					minutes(written.underProvisionedMinutes())));
		}
		if (l != written && l != c) {
			text.append(text.isEmpty() ? "" : " ")
				.append(String.format(Locale.ROOT,
						"Most under-provisioning cut: %s (%s under-provisioned minutes instead of %s, cost %.2f instead of %.2f).",
						l.description(), minutes(l.underProvisionedMinutes()), minutes(written.underProvisionedMinutes()),
						l.cost(), written.cost()));
		}
		else if (l == c && c != written && l.underProvisionedMinutes() < written.underProvisionedMinutes() - 1e-9) {
			text.append(" It also cuts under-provisioning most.");
		}
		return text.toString();
	}

	private static HpaTuning find(List<HpaTuning> tuning, String variant) {
		return tuning.stream().filter((t) -> t.variant().equals(variant)).findFirst().orElseThrow();
	}

	/** One sentence: the HPA against what ran. */
	static String difference(HpaOutcome actual, HpaOutcome hpa) {
		String hours;
		if (actual.instanceHours() > 0) {
			double change = (hpa.instanceHours() - actual.instanceHours()) / actual.instanceHours() * 100;
			hours = String.format(Locale.ROOT, "%.1f instance-hours instead of %.1f (%+.0f%%)", hpa.instanceHours(),
					actual.instanceHours(), change);
		}
		else {
			hours = String.format(Locale.ROOT, "%.1f instance-hours", hpa.instanceHours());
		}
		return String.format(Locale.ROOT,
				"The HPA would have run %s, been under-provisioned %s minutes instead of %s and changed the replica "
						+ "count %d times instead of %d (%d flapping episodes instead of %d).",
				hours, minutes(hpa.underProvisionedMinutes()), minutes(actual.underProvisionedMinutes()), hpa.scalingEvents(),
				actual.scalingEvents(), hpa.flappingEpisodes(), actual.flappingEpisodes());
	}

	static String describeMetrics(HpaManifest hpa) {
		List<String> parts = new ArrayList<>();
		for (MetricTarget m : hpa.metrics()) {
			String target = switch (m.targetType()) {
				case UTILIZATION -> m.averageUtilization() + "%";
				case AVERAGE_VALUE, VALUE -> milliText(m.targetMilli());
			};
			String stored = m.storedMetric().equals(m.name()) ? "" : " (" + m.storedMetric() + ")";
			parts.add(m.source().yaml() + " " + m.name() + stored + " " + m.targetType().yaml() + " " + target);
		}
		return String.join("; ", parts);
	}

	static String describeBehavior(HpaManifest hpa) {
		if (!hpa.behaviorGiven()) {
			return "no behavior (controller defaults: scale-down stabilization 300 s, scale-up at most max(2 x current, 4) per sync)";
		}
		return "scaleUp " + rules(hpa.scaleUp()) + "; scaleDown " + rules(hpa.scaleDown());
	}

	private static String rules(ScalingRules r) {
		List<String> policies = r.policies()
			.stream()
			.map((p) -> p.value() + (p.percent() ? "%" : " pods") + "/" + p.periodSeconds() + "s")
			.toList();
		String tolerance = Double.isNaN(r.tolerance()) ? "" : String.format(Locale.ROOT, ", tolerance %.3f", r.tolerance());
		return "window " + r.stabilizationWindowSeconds() + " s, " + r.selectPolicy().yaml() + " of "
				+ String.join(", ", policies) + tolerance;
	}

	/** Minutes as measured (multiples of a quarter minute), without trailing zeros: 185.25, 40. */
	static String minutes(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
	}

	private static String milliText(long milli) {
		return (milli % 1000 == 0) ? Long.toString(milli / 1000) : milli + "m";
	}

}
