package org.opsreport.forecast;

import org.opsreport.pipeline.ReportDateStep;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly retraining: a step that scores the recorded day against earlier nights' intervals and
 * sets tonight's interval multipliers ({@link NightlyIntervalCalibration}), a partitioned step whose workers (one per core by default) each retrain a
 * share of the series, one series per transaction, so an interrupted run resumes with the series it
 * had not finished; then a step that stores the "forecasts" report section, and, when rendering, a
 * step that writes {@code forecasts.csv}.
 */
@Configuration(proxyBeanMethods = false)
class ForecastSteps {

	/** Local partitioning: one worker thread per partition. Remote partitioning replaces it: {@link RemoteTraining}. */
	@Bean
	@Profile("!" + RemoteTraining.MANAGER)
	Step trainStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
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
		return step;
	}

	@Bean
	Step intervalCalibrationStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			NightlyIntervalCalibration calibration) {
		return ReportDateStep.tasklet("intervalCalibration", jobRepository, transactionManager,
				(date, contribution) -> calibration.calibrate(date));
	}

	@Bean
	Step forecastSummaryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ForecastSummary summary) {
		return ReportDateStep.tasklet("forecastSummary", jobRepository, transactionManager,
				(date, contribution) -> summary.store(date));
	}

	@Bean
	Step forecastsCsvStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ForecastsCsv csv) {
		return ReportDateStep.tasklet("forecastsCsv", jobRepository, transactionManager,
				(date, contribution) -> csv.write(date));
	}

}
