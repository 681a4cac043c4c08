package org.opsreport.hpa;

import java.util.List;

/**
 * One {@code autoscaling/v2} HorizontalPodAutoscaler read from {@code jobs/hpa/}, with the API defaults applied.
 *
 * @param name {@code metadata.name}
 * @param file the file it came from (relative to the config folder), for messages
 * @param document its 1-based document index in the file
 * @param service the opsreport service it scales ({@code opsreport.io/service} annotation, else
 * {@code scaleTargetRef.name})
 * @param minReplicas {@code spec.minReplicas} (default 1)
 * @param maxReplicas {@code spec.maxReplicas}
 * @param metrics {@code spec.metrics} (default: CPU at 80 % utilization, as the API defaults an empty list)
 * @param behaviorGiven whether {@code spec.behavior} was given: without it the controller takes its behaviour-less
 * path ({@code normalizeDesiredReplicas}: the 5 minute scale-down stabilization and a scale-up limit of
 * {@code max(2 x current, 4)} per sync); {@link #scaleUp}/{@link #scaleDown} then hold the equivalent defaults for
 * display
 * @param scaleUp {@code behavior.scaleUp} with defaults
 * @param scaleDown {@code behavior.scaleDown} with defaults
 * @param cpuRequestMilli {@code opsreport.io/cpu-request} annotation in millicores (0: none), needed only for a
 * CPU {@code AverageValue} target, since the store holds CPU as a percentage of the request
 * @param memoryRequestMilli likewise {@code opsreport.io/memory-request}, in thousandths of a byte
 */
public record HpaManifest(String name, String file, int document, String service, int minReplicas, int maxReplicas,
		List<MetricTarget> metrics, boolean behaviorGiven, ScalingRules scaleUp, ScalingRules scaleDown,
		long cpuRequestMilli, long memoryRequestMilli) {

	public HpaManifest {
		metrics = List.copyOf(metrics);
	}

	/** The same HPA with other behaviour (a tuning variant); an explicit behaviour from then on. */
	HpaManifest withBehavior(ScalingRules up, ScalingRules down) {
		return new HpaManifest(this.name, this.file, this.document, this.service, this.minReplicas, this.maxReplicas,
				this.metrics, true, up, down, this.cpuRequestMilli, this.memoryRequestMilli);
	}

}
