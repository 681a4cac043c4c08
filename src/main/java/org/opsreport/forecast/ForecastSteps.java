package org.opsreport.forecast;

import org.opsreport.job.PipelineStep;
import org.opsreport.job.PipelineStep.Phase;
import org.opsreport.job.ReportDate;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly retraining: a partitioned step whose workers (one per core by default) each retrain a
 * share of the series, one series per transaction, so an interrupted run resumes with the series it
 * had not finished; then a step that stores the "forecasts" report section, and, when rendering, a
 * step that writes {@code forecasts.csv}.
 */
@Configuration(proxyBeanMethods = false)
class ForecastSteps {

	/** Local partitioning: one worker thread per partition. Remote partitioning replaces it: {@link RemoteTraining}. */
	@Bean
	@Profile("!" + RemoteTraining.MANAGER)
	PipelineStep trainStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SeriesTrainer trainer, ForecastProperties properties) {
		int partitions = properties.threads();
		Step worker = TrainSeriesTasklet.step(jobRepository, transactionManager, trainer, properties);
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("train-");
		executor.setConcurrencyLimit(partitions);
		Step step = new StepBuilder("train", jobRepository)
			.partitioner(TrainSeriesTasklet.STEP_NAME, TrainSeriesTasklet.partitioner(partitions))
			.step(worker)
			.gridSize(partitions)
			.taskExecutor(executor)
			.build();
		return new PipelineStep(Phase.TRAIN, 1, step);
	}

	@Bean
	PipelineStep forecastSummaryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ForecastSummary summary) {
		Step step = new StepBuilder("forecastSummary", jobRepository).tasklet((contribution, chunkContext) -> {
			summary.store(ReportDate.of(contribution.getStepExecution()));
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
		return new PipelineStep(Phase.TRAIN, 2, step);
	}

	@Bean
	PipelineStep forecastsCsvStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ForecastsCsv csv) {
		Step step = new StepBuilder("forecastsCsv", jobRepository).tasklet((contribution, chunkContext) -> {
			csv.write(ReportDate.of(contribution.getStepExecution()));
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
		return new PipelineStep(Phase.RENDER, 50, step);
	}

}
