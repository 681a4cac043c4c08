package org.opsreport.forecast;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValueDomainTest {

	@Test
	void clamps() {
		assertThat(ValueDomain.PERCENT.clamp(-3)).isZero();
		assertThat(ValueDomain.PERCENT.clamp(104)).isEqualTo(100.0);
		assertThat(ValueDomain.PERCENT.clamp(55)).isEqualTo(55.0);
		assertThat(ValueDomain.NON_NEGATIVE.clamp(-0.5)).isZero();
		assertThat(ValueDomain.NON_NEGATIVE.clamp(1e9)).isEqualTo(1e9);
		assertThat(ValueDomain.UNBOUNDED.clamp(-7)).isEqualTo(-7.0);
		assertThat(ValueDomain.NON_NEGATIVE.clamp(Double.NaN)).isNaN();
	}

	@Test
	void mapsMetricNames() {
		double[] negative = { 1, -2 };
		assertThat(ValueDomain.forMetric("cpu_utilization", negative)).isEqualTo(ValueDomain.PERCENT);
		assertThat(ValueDomain.forMetric("Memory_Utilization", new double[0])).isEqualTo(ValueDomain.PERCENT);
		for (String name : new String[] { "request_rate", "queue_depth", "avg_response_time_ms", "instance_count",
				"requests_total", "requests_failed" }) {
			assertThat(ValueDomain.forMetric(name, negative)).isEqualTo(ValueDomain.NON_NEGATIVE);
		}
		assertThat(ValueDomain.forMetric("temperature_delta", negative)).isEqualTo(ValueDomain.UNBOUNDED);
		assertThat(ValueDomain.forMetric("bytes_in", new double[] { 0, 3 })).isEqualTo(ValueDomain.NON_NEGATIVE);
	}

}
