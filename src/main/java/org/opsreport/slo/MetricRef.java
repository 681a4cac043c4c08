package org.opsreport.slo;

import java.util.Objects;

/**
 * A stored metric series: {@code metricSource: {type: opsreport, spec: {service, metric}}}.
 * The key of the data map handed to {@link SloEvaluator}.
 */
public record MetricRef(String service, String metric) {

	public MetricRef {
		Objects.requireNonNull(service, "service");
		Objects.requireNonNull(metric, "metric");
	}

	@Override
	public String toString() {
		return this.service + "/" + this.metric;
	}

}
