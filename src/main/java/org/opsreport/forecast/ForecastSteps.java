package org.opsreport.forecast;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opsreport.job.PipelineStep;
import org.opsreport.job.PipelineStep.Phase;
import org.opsreport.job.ReportDate;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

	static final String PARTITION = "forecast.partition";

	static final String PARTITIONS = "forecast.partitions";

	static final String NEXT = "forecast.next";

	@Bean
	PipelineStep trainStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SeriesTrainer trainer, ForecastProperties properties) {
		int partitions = properties.threads();
		Step worker = new StepBuilder("trainSeries", jobRepository).tasklet((contribution, chunkContext) -> {
			StepExecution execution = contribution.getStepExecution();
			ExecutionContext context = execution.getExecutionContext();
			int partition = context.getInt(PARTITION);
			int of = context.getInt(PARTITIONS);
			List<TrainingSeries.Target> targets = trainer.targets();
			int next = context.getInt(NEXT, partition);
			if (!properties.enabled() || next >= targets.size()) {
				return RepeatStatus.FINISHED;
			}
			// one series per call: each call is its own transaction
			trainer.train(ReportDate.of(execution), execution.getJobExecution().getJobInstance().getInstanceId(),
					targets.get(next));
			contribution.incrementWriteCount(1);
			context.putInt(NEXT, next + of);
			return next + of < targets.size() ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
		}, transactionManager).build();

		Partitioner partitioner = gridSize -> {
			Map<String, ExecutionContext> contexts = new HashMap<>();
			for (int i = 0; i < partitions; i++) {
				ExecutionContext context = new ExecutionContext();
				context.putInt(PARTITION, i);
				context.putInt(PARTITIONS, partitions);
				contexts.put("partition" + i, context);
			}
			return contexts;
		};
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("train-");
		executor.setConcurrencyLimit(partitions);
		Step step = new StepBuilder("train", jobRepository).partitioner("trainSeries", partitioner)
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
