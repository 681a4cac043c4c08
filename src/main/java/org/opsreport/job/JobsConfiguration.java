package org.opsreport.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two jobs, their flow written out here; each step is a bean of the feature it serves (its
 * parameter name is the bean name):
 * <ul>
 * <li>{@code nightly}: ingest, train, analyze, render, deliver for a report date;</li>
 * <li>{@code report}: render and deliver a stored report date again, without ingest or retraining.</li>
 * </ul>
 * A step that reads another step's stored result comes after it: the dashboard reads the
 * {@code slos} and {@code incidents} sections, the summary every analysis section, render the
 * summary. {@code train}, {@code slos} and {@code scaling} are partitioned steps (workers on threads,
 * or in other processes for remote training), each followed by the step that merges their parts.
 */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

	static final String NIGHTLY = "nightly";

	static final String REPORT = "report";

	@Bean
	Job nightly(JobRepository jobRepository, Step ingestMetricsStep, Step ingestIncidentsStep, Step ingestChaosStep,
			@Qualifier("pullPrometheusStep") ObjectProvider<Step> pullPrometheusStep, Step intervalCalibrationStep,
			Step trainStep,
			Step forecastSummaryStep, Step freshnessStep, Step sloStep, Step sloMergeStep, Step scalingStep,
			Step scalingMergeStep, Step hpaStep, Step incidentStep, Step chaosStep, Step dashboardStep,
			Step findingsStep, Step summaryStep,
			Step overviewStep, Step forecastsCsvStep, Step renderStep, Step deliverStep) {
		SimpleJobBuilder ingest = new JobBuilder(NIGHTLY, jobRepository)
			// ingest: exports into the store, resumable chunk by chunk
			.start(ingestMetricsStep)
			.next(ingestIncidentsStep)
			.next(ingestChaosStep);
		// with opsreport.prometheus.url: pull the mapped Prometheus queries too
		pullPrometheusStep.ifAvailable(ingest::next);
		return ingest
			// train: the intervals' pooled calibration from the recorded day, partitioned retraining, then the
			// forecasts section
			.next(intervalCalibrationStep)
			.next(trainStep)
			.next(forecastSummaryStep)
			// analyze the report date: how fresh the data is, then partitioned SLOs and scaling, each merged
			.next(freshnessStep)
			.next(sloStep)
			.next(sloMergeStep)
			.next(scalingStep)
			.next(scalingMergeStep)
			.next(hpaStep) // the HPA replay, after the scaling sections
			.next(incidentStep)
			.next(chaosStep)
			.next(dashboardStep) // reads the slos and incidents sections
			.next(findingsStep) // reads the analyses' sections
			.next(summaryStep) // reads every analysis section
			.next(overviewStep)
			// render and deliver, as the report job does
			.next(forecastsCsvStep)
			.next(renderStep)
			.next(deliverStep)
			.build();
	}

	@Bean
	Job report(JobRepository jobRepository, Step forecastsCsvStep, Step renderStep, Step deliverStep) {
		return new JobBuilder(REPORT, jobRepository).start(forecastsCsvStep).next(renderStep).next(deliverStep).build();
	}

}
