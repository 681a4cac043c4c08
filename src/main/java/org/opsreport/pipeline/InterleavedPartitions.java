package org.opsreport.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The partitioning of the partitioned steps (training, SLOs, scaling): {@code n} partitions share a date's
 * units by index ({@code p, p + n, p + 2n, ...}); each tasklet call does one unit, in its own transaction with
 * the partition's next position, so a restarted partition resumes with the unit it had not finished. A
 * partition's share is fixed by its execution context, whatever grid size the handler asks for, so a restart
 * keeps it. The keys are {@code <prefix>.partition}, {@code <prefix>.partitions} and {@code <prefix>.next}.
 */
public final class InterleavedPartitions {

	private InterleavedPartitions() {
	}

	/** {@code partitions} partitions {@code partition0..}, each knowing its index and the count. */
	public static Partitioner partitioner(String prefix, int partitions) {
		return (gridSize) -> {
			Map<String, ExecutionContext> contexts = new HashMap<>();
			for (int i = 0; i < partitions; i++) {
				ExecutionContext context = new ExecutionContext();
				context.putInt(prefix + ".partition", i);
				context.putInt(prefix + ".partitions", partitions);
				contexts.put("partition" + i, context);
			}
			return contexts;
		};
	}

	/**
	 * Does the partition's next unit of {@code units} (by index) and counts it as one write.
	 * @return CONTINUABLE while the partition has units left, else FINISHED
	 */
	public static RepeatStatus next(StepContribution contribution, String prefix, int units, IntConsumer work) {
		ExecutionContext context = contribution.getStepExecution().getExecutionContext();
		int of = context.getInt(prefix + ".partitions");
		int next = context.getInt(prefix + ".next", context.getInt(prefix + ".partition"));
		if (next >= units) {
			return RepeatStatus.FINISHED;
		}
		work.accept(next);
		contribution.incrementWriteCount(1);
		context.putInt(prefix + ".next", next + of);
		return (next + of < units) ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
	}

}
