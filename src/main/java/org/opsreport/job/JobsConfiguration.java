package org.opsreport.job;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.opsreport.job.PipelineStep.Phase;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two jobs, assembled from the steps the features contribute:
 * <ul>
 * <li>{@code nightly}: ingest, train, analyze, render, deliver for a report date;</li>
 * <li>{@code report}: render and deliver a stored report date again, without ingest or retraining.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

	static final String NIGHTLY = "nightly";

	static final String REPORT = "report";

	private static final Comparator<PipelineStep> PIPELINE_ORDER = Comparator.comparing(PipelineStep::phase)
		.thenComparingInt(PipelineStep::order)
		.thenComparing(s -> s.step().getName());

	@Bean
	Job nightly(JobRepository jobRepository, List<PipelineStep> steps) {
		return assemble(NIGHTLY, jobRepository, steps, EnumSet.allOf(Phase.class));
	}

	@Bean
	Job report(JobRepository jobRepository, List<PipelineStep> steps) {
		return assemble(REPORT, jobRepository, steps, EnumSet.of(Phase.RENDER, Phase.DELIVER));
	}

	private static Job assemble(String name, JobRepository jobRepository, List<PipelineStep> steps, Set<Phase> phases) {
		List<PipelineStep> ordered = steps.stream().filter(s -> phases.contains(s.phase())).sorted(PIPELINE_ORDER).toList();
		if (ordered.isEmpty()) {
			throw new IllegalStateException("job " + name + " has no steps");
		}
		SimpleJobBuilder job = new JobBuilder(name, jobRepository).start(ordered.get(0).step());
		ordered.stream().skip(1).forEach(s -> job.next(s.step()));
		return job.build();
	}

}
