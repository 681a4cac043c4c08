package org.opsreport.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrainingSeriesTest {

	@Test
	void cpuLoadIsUtilizationTimesInstancesWhereBothWereRecorded() {
		var cpu = new org.opsreport.store.Samples(new long[] { 0, 300, 600, 900 }, new double[] { 50, 60, 70, 80 });
		var instances = new org.opsreport.store.Samples(new long[] { 0, 600, 900, 1200 }, new double[] { 2, 3, 4, 5 });
		var load = TrainingSeries.multiply(cpu, instances);
		assertThat(load.epochSeconds()).containsExactly(0, 600, 900);
		assertThat(load.values()).containsExactly(100, 210, 320);
	}

}
