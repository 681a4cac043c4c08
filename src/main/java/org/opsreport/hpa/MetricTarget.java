package org.opsreport.hpa;

/**
 * One entry of {@code spec.metrics} of an {@code autoscaling/v2} HorizontalPodAutoscaler, mapped to a stored series.
 *
 * @param source {@code Resource}, {@code Pods}, {@code Object} or {@code External}
 * @param name the resource ({@code cpu}, {@code memory}) or the metric name
 * @param storedMetric the opsreport metric read for it: {@code cpu_utilization}/{@code memory_utilization} for a
 * resource, else the metric of the same name of the HPA's service (or the {@code opsreport.io/metric} selector label)
 * @param targetType {@code Utilization}, {@code AverageValue} or {@code Value}
 * @param averageUtilization whole percent of the pods' requests ({@code Utilization} only)
 * @param targetMilli the target in thousandths ({@code AverageValue}/{@code Value}, as {@code MilliValue()})
 */
public record MetricTarget(Source source, String name, String storedMetric, TargetType targetType,
		int averageUtilization, long targetMilli) {

	/** {@code spec.metrics[].type}. */
	public enum Source {

		RESOURCE("Resource"), PODS("Pods"), OBJECT("Object"), EXTERNAL("External");

		private final String yaml;

		Source(String yaml) {
			this.yaml = yaml;
		}

		public String yaml() {
			return this.yaml;
		}

	}

	/** {@code target.type}. */
	public enum TargetType {

		UTILIZATION("Utilization"), AVERAGE_VALUE("AverageValue"), VALUE("Value");

		private final String yaml;

		TargetType(String yaml) {
			this.yaml = yaml;
		}

		public String yaml() {
			return this.yaml;
		}

	}

	/** Whether the metric is per pod, so that "load above target x replicas" means under-provisioned. */
	public boolean perPod() {
		return this.targetType != TargetType.VALUE;
	}

}
