package org.opsreport.slo;

import java.util.Objects;

/**
 * A stored metric series: {@code metricSource: {type: opsreport, spec: {service, metric}}}, or another source
 * mapped to one in {@code metric-sources.yaml}. The key of the data map handed to {@link SloEvaluator}.
 *
 * @param counter the stored values are a cumulative counter ({@code ratioMetric.counter: true}, or
 * {@code counter: true} in the source's mapping): the SLO analysis reads their {@link CounterIncreases}
 */
public record MetricRef(String service, String metric, boolean counter) {

	public MetricRef {
		Objects.requireNonNull(service, "service");
		Objects.requireNonNull(metric, "metric");
	}

	/** A series of events per sample interval (or a gauge). */
	public MetricRef(String service, String metric) {
		this(service, metric, false);
	}

	/** The same series read as a counter. */
	MetricRef asCounter() {
		return new MetricRef(this.service, this.metric, true);
	}

	@Override
	public String toString() {
		return this.service + "/" + this.metric + (this.counter ? " (counter)" : "");
	}

}
