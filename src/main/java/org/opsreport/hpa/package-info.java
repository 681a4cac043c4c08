/**
 * Kubernetes HorizontalPodAutoscaler replay: the {@code autoscaling/v2} manifests of {@code jobs/hpa/}
 * ({@link org.opsreport.hpa.HpaManifestLoader}) replayed over the report date as the Kubernetes v1.33 controller
 * would have acted ({@link org.opsreport.hpa.ReplicaCalculator}, {@link org.opsreport.hpa.HpaController}, 15 s syncs in
 * {@link org.opsreport.hpa.HpaSimulation}), compared with what ran and with the policy replay, with behaviour tuning
 * advice ({@link org.opsreport.hpa.HpaAnalysis}). Plain Java except {@link org.opsreport.hpa.HpaSteps}, the nightly
 * step that loads the days and saves the report section {@code hpa} ({@link org.opsreport.hpa.HpaSection}).
 */
package org.opsreport.hpa;
