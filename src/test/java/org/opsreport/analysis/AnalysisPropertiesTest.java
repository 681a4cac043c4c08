package org.opsreport.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AnalysisPropertiesTest {

	@Test
	void zeroThreadsMeansOnePartitionPerProcessor() {
		assertThat(new AnalysisProperties(0).partitions()).isEqualTo(Runtime.getRuntime().availableProcessors());
		assertThat(new AnalysisProperties(3).partitions()).isEqualTo(3);
	}

	@Test
	void negativeThreadsAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AnalysisProperties(-1))
			.withMessageContaining("opsreport.analysis.threads");
	}

	@Test
	void partitionsShareTheUnitsByIndexWhateverGridSizeIsAsked() {
		var contexts = org.opsreport.pipeline.InterleavedPartitions.partitioner(PartitionedAnalysis.PREFIX, 3).partition(1);
		assertThat(contexts).containsOnlyKeys("partition0", "partition1", "partition2");
		assertThat(contexts.get("partition2").getInt("analysis.partition")).isEqualTo(2);
		assertThat(contexts.get("partition2").getInt("analysis.partitions")).isEqualTo(3);
	}

}
