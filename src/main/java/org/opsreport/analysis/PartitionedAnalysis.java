package org.opsreport.analysis;

import java.time.LocalDate;
import java.util.List;

import org.opsreport.pipeline.InterleavedPartitions;
import org.opsreport.pipeline.ReportDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * An analysis as a partitioned step, like the {@code train} step: {@code n} worker threads (one partition each)
 * share the date's units (SLOs, services) by index ({@code p, p + n, p + 2n, ...}), analyse one unit per
 * transaction, loading only that unit's data, and store its part in {@link AnalysisParts} in the same transaction
 * as the partition's position. A restarted run resumes every unfinished partition with its next unit; finished
 * partitions are not run again. A following merge step (the feature's own) reads the parts in report order.
 */
public final class PartitionedAnalysis {

	/** The prefix of the partitions' execution context keys. */
	static final String PREFIX = "analysis";

	private PartitionedAnalysis() {
	}

	/** The work of one partitioned analysis. */
	public interface Units {

		/**
		 * The units of the report date, in report order. Must give the same list every time it is called for a date
		 * (a partition's position is an index into it, and the merge reads the parts in this order).
		 */
		List<String> of(LocalDate date);

		/** Analyses one unit of the date; the result is its part (serialized as JSON). */
		Object analyze(LocalDate date, String unit);

		/** The units {@code of} a date, each analysed by {@code analyze}. */
		static Units of(java.util.function.Function<LocalDate, List<String>> of,
				java.util.function.BiFunction<LocalDate, String, Object> analyze) {
			return new Units() {

				@Override
				public List<String> of(LocalDate date) {
					return of.apply(date);
				}

				@Override
				public Object analyze(LocalDate date, String unit) {
					return analyze.apply(date, unit);
				}

			};
		}

	}

	/**
	 * The manager step {@code name} with its worker step {@code name + "Unit"} (partitions
	 * {@code <name>Unit:partition0} ...).
	 * @param section the key of the parts in {@link AnalysisParts}
	 * @param partitions the number of partitions and of worker threads
	 */
	public static Step step(String name, String section, Units units, AnalysisParts parts, int partitions,
			JobRepository jobRepository, PlatformTransactionManager transactionManager) {
		Step worker = new StepBuilder(name + "Unit", jobRepository)
			.tasklet(new UnitTasklet(section, units, parts), transactionManager)
			.listener(new PartitionLog(section))
			.build();
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(name + "-");
		executor.setConcurrencyLimit(partitions);
		return new StepBuilder(name, jobRepository).partitioner(worker.getName(), InterleavedPartitions.partitioner(PREFIX, partitions))
			.step(worker)
			.gridSize(partitions)
			.taskExecutor(executor)
			.build();
	}

	/** One unit per call, so each unit is its own transaction with the partition's next position. */
	static final class UnitTasklet implements Tasklet {

		private final String section;

		private final Units units;

		private final AnalysisParts parts;

		UnitTasklet(String section, Units units, AnalysisParts parts) {
			this.section = section;
			this.units = units;
			this.parts = parts;
		}

		@Override
		public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
			LocalDate date = ReportDate.of(contribution.getStepExecution());
			List<String> all = this.units.of(date);
			return InterleavedPartitions.next(contribution, PREFIX, all.size(), (next) -> {
				String unit = all.get(next);
				this.parts.save(date, this.section, unit, this.units.analyze(date, unit));
			});
		}

	}

	/** Logs each partition's end with the number of units it analysed. */
	static final class PartitionLog implements StepExecutionListener {

		private static final Logger log = LoggerFactory.getLogger(PartitionedAnalysis.class);

		private final String section;

		PartitionLog(String section) {
			this.section = section;
		}

		@Override
		public ExitStatus afterStep(StepExecution stepExecution) {
			log.debug("{} ({}) ended {}: {} units analysed", stepExecution.getStepName(), this.section,
					stepExecution.getStatus(), stepExecution.getWriteCount());
			return null;
		}

	}

}
