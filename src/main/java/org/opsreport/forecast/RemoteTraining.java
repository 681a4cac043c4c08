package org.opsreport.forecast;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.integration.store.MessageGroupQueue;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.GenericMessage;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Remote partitioning of the {@code train} step: the partitions run in worker processes (on this or
 * other machines) that share the PostgreSQL database, which is at once the job repository and the
 * queue of partition requests, so no message broker is needed.
 * <ul>
 * <li>Profile {@value #MANAGER}: the {@code nightly} job's {@code train} step splits the series into
 * {@link RemoteTrainingProperties#partitions()} partitions, sends one {@link StepExecutionRequest} per
 * partition to the request channel, and waits for the partitions by reading their status from the job
 * repository (no reply channel), failing after {@link RemoteTrainingProperties#timeout()}.</li>
 * <li>Profile {@value #WORKER}: no job runs ({@code opsreport.command.enabled=false}); the process
 * polls the request channel and runs each request's partition with the same worker step as local
 * partitioning ({@link TrainSeriesTasklet}), one partition at a time, until it is stopped.</li>
 * </ul>
 * The request channel is a {@link QueueChannel} whose queue is a group of Spring Integration's
 * {@link JdbcChannelMessageStore} (table {@code INT_CHANNEL_MESSAGE}, created by
 * {@code db/postgresql/remote-partitioning.sql}). A worker takes a request with a single
 * {@code DELETE ... RETURNING} (PostgreSQL query provider), so two workers never run the same partition.
 * The poll is not transactional: a worker killed mid-partition loses that request, its partition stays
 * STARTED; the manager fails the step at the timeout and marks the unfinished partitions FAILED, so
 * running the manager's command again restarts the job ({@link UnfinishedPartitions}); requests of a
 * job that has ended are dropped by the workers.
 */
@Configuration(proxyBeanMethods = false)
@Profile({ RemoteTraining.MANAGER, RemoteTraining.WORKER })
@EnableIntegration
class RemoteTraining {

	static final String MANAGER = "remote-manager";

	static final String WORKER = "remote-worker";

	/** The message group (queue) of partition requests in {@code INT_CHANNEL_MESSAGE}. */
	static final String REQUESTS = "opsreport.train.requests";

	private static final Logger log = LoggerFactory.getLogger(RemoteTraining.class);

	@Bean
	JdbcChannelMessageStore trainRequestStore(DataSource dataSource) {
		JdbcChannelMessageStore store = new JdbcChannelMessageStore(dataSource);
		store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
		store.setRegion("opsreport");
		// requests are Java-serialized messages; the deserializer accepts only the classes named here
		store.addAllowedPatterns(GenericMessage.class.getName(), MessageHeaders.class.getName(),
				StepExecutionRequest.class.getName(), "java.util.*", "java.lang.*");
		return store;
	}

	@Bean
	QueueChannel trainRequests(JdbcChannelMessageStore trainRequestStore) {
		return new QueueChannel(new MessageGroupQueue(trainRequestStore, REQUESTS));
	}

	@Configuration(proxyBeanMethods = false)
	@Profile(MANAGER)
	static class Manager {

		@Bean
		Step trainStep(JobRepository jobRepository, QueueChannel trainRequests, RemoteTrainingProperties remote,
				Clock clock) {
			Step step = new RemotePartitioningManagerStepBuilder("train", jobRepository)
				.partitioner(TrainSeriesTasklet.STEP_NAME, TrainSeriesTasklet.partitioner(remote.partitions()))
				.gridSize(remote.partitions())
				.outputChannel(trainRequests)
				// no input channel: the manager polls the job repository for the partitions' status
				.pollInterval(remote.pollInterval().toMillis())
				.timeout(remote.timeout().toMillis())
				.listener(new UnfinishedPartitions(jobRepository, clock))
				.build();
			return step;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Profile(WORKER)
	static class Worker {

		@Bean
		IntegrationFlow trainWorkerFlow(QueueChannel trainRequests, JobRepository jobRepository,
				PlatformTransactionManager transactionManager, SeriesTrainer trainer, ForecastProperties properties,
				RemoteTrainingProperties remote) {
			Step worker = TrainSeriesTasklet.step(jobRepository, transactionManager, trainer, properties);
			StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
			handler.setJobRepository(jobRepository);
			handler.setStepLocator((name) -> TrainSeriesTasklet.STEP_NAME.equals(name) ? worker : null);
			// the status goes to the job repository, where the manager reads it: the reply is dropped
			return IntegrationFlow.from(trainRequests)
				.handle(StepExecutionRequest.class, (request, headers) -> runIfStillWanted(request, handler, jobRepository),
						(endpoint) -> endpoint.poller(Pollers.fixedDelay(remote.workerPoll()).maxMessagesPerPoll(1)))
				.nullChannel();
		}

		/**
		 * Runs a request's partition unless its job has ended meanwhile (the manager timed out, failed
		 * or was stopped) or the partition is no longer waiting (the manager gave it up): a request left
		 * in the queue by an ended job is dropped instead of training for nobody.
		 */
		static StepExecution runIfStillWanted(StepExecutionRequest request, StepExecutionRequestHandler handler,
				JobRepository jobRepository) {
			StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
			if (partition == null || !partition.getJobExecution().isRunning() || partition.getStatus() != BatchStatus.STARTING) {
				log.warn("Dropped the request for {} (execution {}): {}", request.getStepName(), request.getStepExecutionId(),
						partition == null ? "no such step execution"
								: "job execution " + partition.getJobExecution().getId() + " is "
										+ partition.getJobExecution().getStatus() + ", partition " + partition.getStatus());
				return null;
			}
			return handler.handle(request);
		}

		@Bean
		WorkerProcess trainWorkerProcess() {
			return new WorkerProcess();
		}

	}

	/**
	 * When the manager's {@code train} step fails (typically the timeout: a worker died mid-partition),
	 * marks the partitions of this job execution that are still waiting or running as FAILED, so the job
	 * can be restarted (Spring Batch refuses to restart a job with a running step) and a late worker does
	 * not pick them up. A worker still running such a partition then fails on its next update
	 * (optimistic locking); the restart trains only the series not trained yet.
	 */
	static final class UnfinishedPartitions implements StepExecutionListener {

		private final JobRepository jobRepository;

		private final Clock clock;

		UnfinishedPartitions(JobRepository jobRepository, Clock clock) {
			this.jobRepository = jobRepository;
			this.clock = clock;
		}

		@Override
		public ExitStatus afterStep(StepExecution manager) {
			if (manager.getStatus() != BatchStatus.FAILED) {
				return null;
			}
			JobExecution job = this.jobRepository.getJobExecution(manager.getJobExecutionId());
			for (StepExecution partition : job.getStepExecutions()) {
				if (partition.getStepName().startsWith(TrainSeriesTasklet.STEP_NAME + ":") && partition.getStatus().isRunning()) {
					partition.setStatus(BatchStatus.FAILED);
					partition.setExitStatus(ExitStatus.FAILED.addExitDescription("abandoned: the manager's train step failed ("
							+ manager.getExitStatus().getExitDescription().lines().findFirst().orElse("") + ")"));
					// Batch keeps its times as local date-times of the system zone
					partition.setEndTime(LocalDateTime.now(this.clock.withZone(ZoneId.systemDefault())));
					this.jobRepository.update(partition);
					log.warn("Marked {} (execution {}) FAILED: it had not finished when the train step failed",
							partition.getStepName(), partition.getId());
				}
			}
			return null;
		}

	}

	/** Keeps a worker process up (Launch exits when the runners return) until it is stopped. */
	static class WorkerProcess implements ApplicationRunner, DisposableBean {

		private static final Logger log = LoggerFactory.getLogger(WorkerProcess.class);

		private final CountDownLatch stopped = new CountDownLatch(1);

		@Override
		public void run(ApplicationArguments args) throws InterruptedException {
			log.info("Remote training worker {} ready: waiting for partitions of '{}'", TrainSeriesTasklet.WorkerStamp.worker(),
					REQUESTS);
			this.stopped.await();
		}

		@Override
		public void destroy() {
			this.stopped.countDown();
		}

	}

}
