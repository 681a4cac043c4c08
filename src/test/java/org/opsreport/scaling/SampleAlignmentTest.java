package org.opsreport.scaling;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opsreport.scaling.SampleAlignment.Series;

import static org.assertj.core.api.Assertions.assertThat;

/** Aligning stored series by timestamp, hand-made cases. */
class SampleAlignmentTest {

	static Series series(long[] t, double[] v) {
		return new Series(t, v);
	}

	@Test
	void joinsOnTimestampsAndCarriesTheInstanceCountForward() {
		// CPU at 0, 300, 600, 900; instance_count only at 0 (2) and 600 (3); latency only at 300
		List<MetricSample> samples = SampleAlignment.align(Map.of(
				SampleAlignment.CPU, series(new long[] { 0, 300, 600, 900 }, new double[] { 10, 20, 30, 40 }),
				SampleAlignment.INSTANCES, series(new long[] { 0, 600 }, new double[] { 2, 3 }),
				SampleAlignment.RESPONSE_TIME, series(new long[] { 300 }, new double[] { 150 })));
		assertThat(samples).extracting(MetricSample::instanceCount).containsExactly(2, 2, 3, 3);
		assertThat(samples).extracting(MetricSample::cpuUtilization).containsExactly(10.0, 20.0, 30.0, 40.0);
		assertThat(samples.get(1).avgResponseTimeMs()).isEqualTo(150.0);
		assertThat(samples.get(0).avgResponseTimeMs()).isNaN();
		assertThat(samples.get(0).memoryUtilization()).isNaN();
	}

	@Test
	void instanceCountsWithoutCpuAreSamplesWithNanCpuAndTheFirstCountHoldsBackwards() {
		List<MetricSample> samples = SampleAlignment.align(Map.of(
				SampleAlignment.CPU, series(new long[] { 0 }, new double[] { 50 }),
				SampleAlignment.INSTANCES, series(new long[] { 300, 600 }, new double[] { 4, 0 })));
		// 0: before the first count, the first count (4) holds; 600: a recorded 0 is taken as 1
		assertThat(samples).extracting(MetricSample::instanceCount).containsExactly(4, 4, 1);
		assertThat(samples.get(1).cpuUtilization()).isNaN();
	}

	@Test
	void noInstanceCountNoSamples() {
		assertThat(SampleAlignment.align(Map.of(SampleAlignment.CPU, series(new long[] { 0 }, new double[] { 50 }))))
			.isEmpty();
	}

	@Test
	void theIntervalIsTheMedianSpacing() {
		// spacings 300, 300, 3600 (a gap), 300: median 300
		List<MetricSample> samples = SampleAlignment.align(Map.of(SampleAlignment.INSTANCES,
				series(new long[] { 0, 300, 600, 4200, 4500 }, new double[] { 1, 1, 1, 1, 1 })));
		assertThat(SampleAlignment.interval(samples)).isEqualTo(Duration.ofMinutes(5));
		// two spacings 60 and 300: the lower middle, a spacing that occurred
		assertThat(SampleAlignment.interval(SampleAlignment.align(Map.of(SampleAlignment.INSTANCES,
				series(new long[] { 0, 60, 360 }, new double[] { 1, 1, 1 }))))).isEqualTo(Duration.ofMinutes(1));
		assertThat(SampleAlignment.interval(List.of())).isEqualTo(Duration.ofMinutes(5));
	}

}
