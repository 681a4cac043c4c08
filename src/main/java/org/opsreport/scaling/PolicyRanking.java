package org.opsreport.scaling;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the scaling policies by how well their replay served the services that use them, penalising
 * under-provisioning and flapping (the seed's {@code effectiveness_score}, {@code triggers / 24 h x 10}, rewards
 * triggering often and so ranked the flapping policy best).
 * <p>
 * For a policy {@code p}, over the analysed services {@code S} whose policies include {@code p}:
 * <pre>
 *   u = sum over S of the predictive replay's under-provisioned minutes / sum over S of the day's minutes
 *   f = reversals triggered by p / max(1, triggers of p)
 *   score = 100 x (1 - u) x (1 - f)
 * </pre>
 * A reversal is the second event of a {@link FlappingEpisode} (an event undoing the previous one within twice the
 * cooldown). {@code score} lies in {@code [0, 100]}: 100 when the services were never under-provisioned and the
 * policy never reversed itself, 0 when they were under-provisioned all day or every trigger was a reversal. Cost is
 * not in the score (the variant comparison shows it). Rank 1 is the highest score; ties by fewer reversals, then
 * policy id. A policy that no analysed service uses has {@code u = 0}.
 */
final class PolicyRanking {

	private PolicyRanking() {
	}

	/** The seed's policy statistics with the ranking fields, in configuration order. */
	static List<PolicyStats> rank(ScalingConfig config, List<ServiceScaling> services, List<ScalingEvent> allEvents) {
		Map<String, String> policyOfEvent = new HashMap<>();
		for (ScalingEvent e : allEvents) {
			policyOfEvent.put(key(e.serviceId(), e.timestamp().toString(), e.action()), e.policyId());
		}
		Map<String, Integer> reversals = new HashMap<>();
		for (ServiceScaling part : services) {
			for (FlappingEpisode f : part.flapping()) {
				String policy = policyOfEvent.get(key(f.service(), f.secondAt().toString(), f.secondAction()));
				if (policy != null) {
					reversals.merge(policy, 1, Integer::sum);
				}
			}
		}
		List<PolicyStats> stats = new ArrayList<>();
		for (ScalingPolicy p : config.policies()) {
			int triggers = (int) allEvents.stream().filter((e) -> p.policyId().equals(e.policyId())).count();
			long under = 0;
			double minutes = 0;
			for (ServiceScaling part : services) {
				if (config.policiesFor(part.service()).stream().noneMatch((q) -> q.policyId().equals(p.policyId()))) {
					continue;
				}
				ServiceComparison c = part.comparison();
				minutes += dayMinutes(c);
				under += c.variants()
					.stream()
					.filter((v) -> "predictive".equals(v.variant()))
					.mapToLong(VariantOutcome::underProvisionedMinutes)
					.sum();
			}
			int rev = reversals.getOrDefault(p.policyId(), 0);
			double u = minutes > 0 ? Math.min(1, under / minutes) : 0;
			double f = Math.min(1, (double) rev / Math.max(1, triggers));
			stats.add(new PolicyStats(p.policyId(), p.policyName(), triggers, p.active(),
					(double) triggers / Math.max(1, ScalingAnalysis.WINDOW_HOURS) * 10, under, rev, 100 * (1 - u) * (1 - f), null));
		}
		List<PolicyStats> ranked = new ArrayList<>(stats);
		ranked.sort(Comparator.comparingDouble(PolicyStats::score).reversed()
			.thenComparingInt(PolicyStats::reversals)
			.thenComparing(PolicyStats::policyId));
		List<PolicyStats> result = new ArrayList<>();
		for (PolicyStats s : stats) {
			result.add(new PolicyStats(s.policyId(), s.policyName(), s.triggerCount(), s.active(), s.effectivenessScore(),
					s.underProvisionedMinutes(), s.reversals(), s.score(), ranked.indexOf(s) + 1));
		}
		return result;
	}

	/** Samples x sampling interval (the spacing of the first two samples; 5 minutes with fewer). */
	static double dayMinutes(ServiceComparison c) {
		int n = c.timestamps().size();
		Duration step = n >= 2 ? Duration.between(c.timestamps().get(0), c.timestamps().get(1)) : Duration.ofMinutes(5);
		return n * step.toSeconds() / 60.0;
	}

	private static String key(String service, String at, String action) {
		return service + "|" + at + "|" + action;
	}

}
