/**
 * Scaling analysis: what the scaling policies would have done on the report day, what it would have cost, tomorrow's
 * capacity and sustained bottlenecks. Plain Java; the batch step loads one service's samples and forecasts at a time
 * and calls {@link org.opsreport.scaling.ScalingAnalysis#analyzeService} for it, then combines the services with
 * {@link org.opsreport.scaling.ScalingAnalysis#combine} ({@link org.opsreport.scaling.ScalingAnalysis#analyze} does
 * both on a whole day).
 * <p>
 * Reference: the seed's {@code IntelligentAutoScaler} and {@code PerformanceOptimizationEngine}. Where the seed leaves a
 * method body out we define it (documented where it is implemented):
 * <ul>
 * <li>cooldown ({@code _check_cooldown_period}): since the service's last scaling event, with the policy's cooldown;</li>
 * <li>evaluation periods: consecutive breaching samples, counters reset after each scaling event;</li>
 * <li>consolidation ({@code _consolidate_scaling_decisions}): largest target wins, scale-in only when every evaluated
 * policy decided scale-in;</li>
 * <li>cost optimization ({@code _apply_cost_optimization}): a utilization scale-out is cut to
 * {@code max(n + 1, ceil(load / threshold_up))};</li>
 * <li>the hourly limit ({@code max_scale_events_per_hour}, in {@code _validate_scaling_constraints}): per service over
 * the trailing 60 minutes;</li>
 * <li>flapping: consecutive opposite events within twice the service's (largest) cooldown;</li>
 * <li>bottlenecks and the performance score on the day's p95, sustained = p95 above threshold or a run of at least
 * 30 minutes above it; the seed's {@code estimated_performance_improvement} is not defined there and is left out.</li>
 * </ul>
 * {@link org.opsreport.scaling.ScalingPolicyLoader} is the only domain class that reads text (YAML).
 * {@link org.opsreport.scaling.SampleAlignment} (stored series to aligned samples) and
 * {@link org.opsreport.scaling.ExceedanceProbability} (the predictive rule's confidence from stored forecast quantiles)
 * are plain Java too.
 * <p>
 * The Spring shell: {@code ScalingSteps} (the start-up policy bean, the partitioned step {@code scaling}
 * and its merge step {@code scalingMerge}) and {@code ScalingStore} (forecasts through the forecast feature's ModelRegistry, {@code scaling_event} writes). Definitions for operators:
 * docs/scaling.md.
 */
package org.opsreport.scaling;
