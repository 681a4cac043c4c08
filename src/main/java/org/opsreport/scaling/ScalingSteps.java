package org.opsreport.scaling;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.opsreport.OpsReportProperties;
import org.opsreport.catalog.ConfigException;
import org.opsreport.catalog.ServiceCatalog;
import org.opsreport.catalog.ServiceDefinition;
import org.opsreport.job.PipelineStep;
import org.opsreport.job.PipelineStep.Phase;
import org.opsreport.job.ReportDate;
import org.opsreport.store.MetricStore;
import org.opsreport.store.ReportSections;
import org.opsreport.store.Samples;
import org.opsreport.store.SeriesKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The scaling analysis in the pipeline: the policies are loaded at start-up (a broken
 * {@code scaling-policies.yaml} stops opsreport before any work), and the ANALYZE step {@code scaling} (order 200)
 * replays the report date per service, stores every variant's events in {@code scaling_event} and saves the report
 * sections {@code scaling} and {@code performance}.
 */
@Configuration(proxyBeanMethods = false)
class ScalingSteps {

	static final String POLICY_FILE = "scaling-policies.yaml";

	private static final Logger log = LoggerFactory.getLogger(ScalingSteps.class);

	/** {@code <configDir>/scaling-policies.yaml}; an absent file means no policies (every service keeps its count). */
	@Bean
	ScalingConfig scalingConfig(OpsReportProperties properties, ServiceCatalog catalog) {
		Path file = properties.configDir().resolve(POLICY_FILE);
		if (!Files.exists(file)) {
			log.info("{} not found: no scaling policies, the reactive replay keeps the recorded start count", file);
			return new ScalingConfig(ScalingConfig.DEFAULT_MAX_SCALE_EVENTS_PER_HOUR, true, List.of());
		}
		try {
			return new ScalingPolicyLoader(catalog.names()).load(file);
		}
		catch (ScalingConfigException ex) {
			throw new ConfigException(ex); // its message names the file, the policy and the field
		}
	}

	@Bean
	PipelineStep scalingStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ScalingConfig config, ServiceCatalog catalog, MetricStore metrics, ScalingStore store,
			ReportSections sections) {
		var step = new StepBuilder("scaling", jobRepository).tasklet((contribution, chunkContext) -> {
			LocalDate date = ReportDate.of(contribution.getStepExecution());
			ScalingInput input = input(date, config, catalog, metrics, store);
			ScalingResult result = ScalingAnalysis.analyze(input);
			store.replaceEvents(date, result.eventsByVariant());
			sections.save(date, "scaling", result.scaling());
			sections.save(date, "performance", result.performance());
			contribution.incrementWriteCount(result.eventsByVariant().values().stream().mapToInt(List::size).sum());
			log.info("scaling {}: {} services, {} replayed events, {} flapping episodes", date, input.services().size(),
					result.scaling().events().size(), result.scaling().flapping().size());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
		return new PipelineStep(Phase.ANALYZE, 200, step);
	}

	/** The services with CPU or instance samples on the date, each with its aligned samples and forecasts. */
	static ScalingInput input(LocalDate date, ScalingConfig config, ServiceCatalog catalog, MetricStore metrics,
			ScalingStore store) {
		Instant from = date.atStartOfDay().toInstant(ZoneOffset.UTC);
		Instant to = from.plus(Duration.ofDays(1));
		TreeSet<String> candidates = new TreeSet<>();
		for (SeriesKey key : metrics.series()) {
			if (SampleAlignment.CPU.equals(key.metric()) || SampleAlignment.INSTANCES.equals(key.metric())) {
				candidates.add(key.service());
			}
		}
		List<ServiceDay> days = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (String service : candidates) {
			Map<String, SampleAlignment.Series> series = new LinkedHashMap<>();
			for (String metric : SampleAlignment.METRICS) {
				Samples s = metrics.load(service, metric, from, to);
				series.put(metric, new SampleAlignment.Series(s.epochSeconds(), s.values()));
			}
			if (series.get(SampleAlignment.CPU).values().length == 0
					&& series.get(SampleAlignment.INSTANCES).values().length == 0) {
				continue;
			}
			List<MetricSample> samples = SampleAlignment.align(series);
			if (samples.isEmpty()) {
				notes.add(service + ": no instance_count on " + date + ", so no replay, comparison or bottleneck analysis");
				continue;
			}
			ServiceDefinition definition = catalog.describe(service);
			boolean declared = catalog.find(service).isPresent();
			days.add(new ServiceDay(service, definition.targetUtilization(), definition.instanceCostPerHour(),
					SampleAlignment.interval(samples), samples, store.replayForecasts(date, service),
					store.tomorrow(date, service), declared ? definition.minInstances() : 0,
					declared ? definition.maxInstances() : 0));
		}
		return new ScalingInput(date, config, days, notes);
	}

}
