package org.opsreport.forecast;

import java.util.List;

import org.opsreport.pipeline.InterleavedPartitions;
import org.opsreport.pipeline.ReportDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The worker of the partitioned {@code train} step, the same whether the partitions run on local
 * threads ({@link ForecastSteps}) or in worker processes ({@link RemoteTraining}): partition
 * {@code p} of {@code n} retrains the series whose index is {@code p} modulo {@code n}, one series per
 * call so each series is its own transaction and a restarted partition resumes with the next one.
 */
class TrainSeriesTasklet implements Tasklet {

	/** The name of the worker step; remote partition requests name it. */
	static final String STEP_NAME = "trainSeries";

	/** The prefix of the partitions' execution context keys. */
	static final String PREFIX = "forecast";

	private final SeriesTrainer trainer;

	private final ForecastProperties properties;

	TrainSeriesTasklet(SeriesTrainer trainer, ForecastProperties properties) {
		this.trainer = trainer;
		this.properties = properties;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		if (!this.properties.enabled()) {
			return RepeatStatus.FINISHED;
		}
		StepExecution execution = contribution.getStepExecution();
		List<TrainingSeries.Target> targets = this.trainer.targets();
		// one series per call: each call is its own transaction
		return InterleavedPartitions.next(contribution, PREFIX, targets.size(),
				(next) -> this.trainer.train(ReportDate.of(execution),
						execution.getJobExecution().getJobInstance().getInstanceId(), targets.get(next)));
	}
	/** The worker step {@value #STEP_NAME}, stamped with the process that ran it. */
	static Step step(JobRepository jobRepository, PlatformTransactionManager transactionManager, SeriesTrainer trainer,
			ForecastProperties properties) {
		return new StepBuilder(STEP_NAME, jobRepository).tasklet(new TrainSeriesTasklet(trainer, properties), transactionManager)
			.listener(new WorkerStamp())
			.build();
	}

	/** Splits the series into {@code partitions} interleaved shares ({@link InterleavedPartitions}). */
	static Partitioner partitioner(int partitions) {
		return InterleavedPartitions.partitioner(PREFIX, partitions);
	}

	/**
	 * Adds "worker host:pid" to a partition's exit description ({@code BATCH_STEP_EXECUTION.EXIT_MESSAGE}),
	 * so the job repository shows which process trained which share.
	 */
	static final class WorkerStamp implements StepExecutionListener {

		private static final Logger log = LoggerFactory.getLogger(WorkerStamp.class);

		static final String PREFIX = "worker ";

		static String worker() {
			String host;
			try {
				host = java.net.InetAddress.getLocalHost().getHostName();
			}
			catch (java.net.UnknownHostException ex) {
				host = "localhost";
			}
			return host + ":" + ProcessHandle.current().pid();
		}

		@Override
		public void beforeStep(StepExecution stepExecution) {
			log.info("{} (execution {}) starts in {}", stepExecution.getStepName(), stepExecution.getId(), worker());
		}

		@Override
		public ExitStatus afterStep(StepExecution stepExecution) {
			log.info("{} (execution {}) ended {} in {}: {} series trained", stepExecution.getStepName(),
					stepExecution.getId(), stepExecution.getStatus(), worker(), stepExecution.getWriteCount());
			return stepExecution.getExitStatus().addExitDescription(PREFIX + worker());
		}

	}

}
