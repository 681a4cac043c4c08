package org.opsreport.forecast;

import java.util.concurrent.CountDownLatch;

import javax.sql.DataSource;

import org.opsreport.job.PipelineStep;
import org.opsreport.job.PipelineStep.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
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
 * STARTED and the manager fails the step at the timeout (restarting the job after that is not
 * covered by a test yet).
 */
@Configuration(proxyBeanMethods = false)
@Profile({ RemoteTraining.MANAGER, RemoteTraining.WORKER })
@EnableIntegration
class RemoteTraining {

	static final String MANAGER = "remote-manager";

	static final String WORKER = "remote-worker";

	/** The message group (queue) of partition requests in {@code INT_CHANNEL_MESSAGE}. */
	static final String REQUESTS = "opsreport.train.requests";

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
		PipelineStep trainStep(JobRepository jobRepository, QueueChannel trainRequests, RemoteTrainingProperties remote) {
			Step step = new RemotePartitioningManagerStepBuilder("train", jobRepository)
				.partitioner(TrainSeriesTasklet.STEP_NAME, TrainSeriesTasklet.partitioner(remote.partitions()))
				.gridSize(remote.partitions())
				.outputChannel(trainRequests)
				// no input channel: the manager polls the job repository for the partitions' status
				.pollInterval(remote.pollInterval().toMillis())
				.timeout(remote.timeout().toMillis())
				.build();
			return new PipelineStep(Phase.TRAIN, 1, step);
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
				.handle(handler, "handle",
						(endpoint) -> endpoint.poller(Pollers.fixedDelay(remote.workerPoll()).maxMessagesPerPoll(1)))
				.nullChannel();
		}

		@Bean
		WorkerProcess trainWorkerProcess() {
			return new WorkerProcess();
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
