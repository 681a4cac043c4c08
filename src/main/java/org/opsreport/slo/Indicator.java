package org.opsreport.slo;

import java.util.List;

/** An SLI: either a ratio of event counts or a threshold on a gauge. */
public sealed interface Indicator permits Indicator.Ratio, Indicator.Threshold {

	/** The stored series the indicator reads. */
	List<MetricRef> metrics();

	/**
	 * {@code ratioMetric}: exactly one of {@code good} and {@code bad} is set; {@code total} is always set.
	 * Counts are events per sample interval.
	 */
	record Ratio(MetricRef good, MetricRef bad, MetricRef total) implements Indicator {

		public Ratio {
			if ((good == null) == (bad == null) || total == null) {
				throw new IllegalArgumentException("ratio needs exactly one of good/bad, and total");
			}
		}

		@Override
		public List<MetricRef> metrics() {
			return List.of(good != null ? good : bad, total);
		}

	}

	/** {@code thresholdMetric}: the operator and threshold are on the objective ({@code op}, {@code value}). */
	record Threshold(MetricRef metric) implements Indicator {

		@Override
		public List<MetricRef> metrics() {
			return List.of(this.metric);
		}

	}

}
