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
import org.opsreport.analysis.AnalysisParts;
import org.opsreport.analysis.AnalysisProperties;
import org.opsreport.analysis.PartitionedAnalysis;
import org.opsreport.catalog.ConfigException;
import org.opsreport.catalog.ServiceCatalog;
import org.opsreport.catalog.ServiceDefinition;
import org.opsreport.pipeline.ReportDate;
import org.opsreport.store.MetricStore;
import org.opsreport.store.ReportSections;
import org.opsreport.store.Samples;
import org.opsreport.store.SeriesKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The scaling analysis in the pipeline: the policies are loaded at start-up (a broken
 * {@code scaling-policies.yaml} stops opsreport before any work); the partitioned step {@code scaling}
 * replays the report date service by service on several threads, and {@code scalingMerge} combines
 * the services, stores every variant's events in {@code scaling_event} and saves the report sections
 * {@code scaling} and {@code performance}.
 */
@Configuration(proxyBeanMethods = false)
class ScalingSteps {

	static final String POLICY_FILE = "scaling-policies.yaml";

	static final String SECTION = "scaling";

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

	/**
	 * {@code scaling}: a partitioned step, {@code opsreport.analysis.threads} workers sharing the
	 * services; each analyses one service per transaction, loading only that service's day, and stores its part
	 * ({@link ServicePart}).
	 */
	@Bean
	Step scalingStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ScalingConfig config, ServiceCatalog catalog, MetricStore metrics, ScalingStore store, AnalysisParts parts,
			AnalysisProperties properties) {
		PartitionedAnalysis.Units units = new PartitionedAnalysis.Units() {

			@Override
			public List<String> of(LocalDate date) {
				return candidates(metrics);
			}

			@Override
			public Object analyze(LocalDate date, String service) {
				return part(date, service, config, catalog, metrics, store);
			}

		};
		return PartitionedAnalysis.step("scaling", SECTION, units, parts,
				properties.partitions(), jobRepository, transactionManager);
	}

	/**
	 * {@code scalingMerge}: combines the services' parts in service name order, stores every variant's
	 * events in {@code scaling_event} and the report sections {@code scaling} and {@code performance}, and deletes
	 * the parts.
	 */
	@Bean
	Step scalingMergeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ScalingConfig config, MetricStore metrics, ScalingStore store, AnalysisParts parts, ReportSections sections) {
		var step = new StepBuilder("scalingMerge", jobRepository).tasklet((contribution, chunkContext) -> {
			LocalDate date = ReportDate.of(contribution.getStepExecution());
			List<ServiceScaling> services = new ArrayList<>();
			List<String> notes = new ArrayList<>();
			for (String service : candidates(metrics)) {
				ServicePart part = parts.require(date, SECTION, service, ServicePart.class);
				if (part.analysis() != null) {
					services.add(part.analysis());
				}
				if (part.note() != null) {
					notes.add(part.note());
				}
			}
			ScalingResult result = ScalingAnalysis.combine(config, services, notes);
			store.replaceEvents(date, result.eventsByVariant());
			sections.save(date, SECTION, result.scaling());
			sections.save(date, "performance", result.performance());
			parts.clear(date, SECTION);
			contribution.incrementWriteCount(result.eventsByVariant().values().stream().mapToInt(List::size).sum());
			log.info("scaling {}: {} services, {} replayed events, {} flapping episodes", date, services.size(),
					result.scaling().events().size(), result.scaling().flapping().size());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
		return step;
	}

	/**
	 * One service's stored part: its analysis, or the note saying why it has none (both null: no CPU or instance
	 * samples on the date, the service is left out silently).
	 */
	record ServicePart(ServiceScaling analysis, String note) {
	}

	/** The services with a CPU or instance series in the store, in name order: the units of the scaling step. */
	static List<String> candidates(MetricStore metrics) {
		TreeSet<String> candidates = new TreeSet<>();
		for (SeriesKey key : metrics.series()) {
			if (SampleAlignment.CPU.equals(key.metric()) || SampleAlignment.INSTANCES.equals(key.metric())) {
				candidates.add(key.service());
			}
		}
		return List.copyOf(candidates);
	}

	/**
	 * The whole day at once, every service's samples in one input, as the step ran before it was partitioned: the
	 * reference the functional tests compare the partitioned step with. Not used by the pipeline.
	 */
	static ScalingInput input(LocalDate date, ScalingConfig config, ServiceCatalog catalog, MetricStore metrics,
			ScalingStore store) {
		List<ServiceDay> days = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (String service : candidates(metrics)) {
			DayOrNote day = day(date, service, catalog, metrics, store);
			if (day.day() != null) {
				days.add(day.day());
			}
			if (day.note() != null) {
				notes.add(day.note());
			}
		}
		return new ScalingInput(date, config, days, notes);
	}

	/** One service's part: only this service's day is loaded. */
	static ServicePart part(LocalDate date, String service, ScalingConfig config, ServiceCatalog catalog,
			MetricStore metrics, ScalingStore store) {
		DayOrNote day = day(date, service, catalog, metrics, store);
		return new ServicePart((day.day() != null) ? ScalingAnalysis.analyzeService(day.day(), config) : null,
				day.note());
	}

	private record DayOrNote(ServiceDay day, String note) {
	}

	/** A service's aligned samples and forecasts of the date; a note when it has CPU but no instance counts. */
	private static DayOrNote day(LocalDate date, String service, ServiceCatalog catalog, MetricStore metrics,
			ScalingStore store) {
		Instant from = date.atStartOfDay().toInstant(ZoneOffset.UTC);
		Instant to = from.plus(Duration.ofDays(1));
		Map<String, SampleAlignment.Series> series = new LinkedHashMap<>();
		for (String metric : SampleAlignment.METRICS) {
			Samples s = metrics.load(service, metric, from, to);
			series.put(metric, new SampleAlignment.Series(s.epochSeconds(), s.values()));
		}
		if (series.get(SampleAlignment.CPU).values().length == 0
				&& series.get(SampleAlignment.INSTANCES).values().length == 0) {
			return new DayOrNote(null, null);
		}
		List<MetricSample> samples = SampleAlignment.align(series);
		if (samples.isEmpty()) {
			return new DayOrNote(null,
					service + ": no instance_count on " + date + ", so no replay, comparison or bottleneck analysis");
		}
		ServiceDefinition definition = catalog.describe(service);
		boolean declared = catalog.find(service).isPresent();
		return new DayOrNote(new ServiceDay(service, definition.targetUtilization(), definition.instanceCostPerHour(),
				SampleAlignment.interval(samples), samples, store.replayForecasts(date, service),
				store.tomorrow(date, service), declared ? definition.minInstances() : 0,
				declared ? definition.maxInstances() : 0), null);
	}

}
