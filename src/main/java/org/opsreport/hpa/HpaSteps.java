package org.opsreport.hpa;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opsreport.OpsReportProperties;
import org.opsreport.catalog.ConfigException;
import org.opsreport.catalog.ServiceCatalog;
import org.opsreport.pipeline.ReportDate;
import org.opsreport.scaling.MetricSample;
import org.opsreport.scaling.SampleAlignment;
import org.opsreport.scaling.ScalingConfig;
import org.opsreport.store.MetricStore;
import org.opsreport.store.ReportSections;
import org.opsreport.store.Samples;
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
 * The HPA replay in the pipeline: the manifests of {@code <configDir>/hpa/} are read at start-up (a broken manifest
 * stops opsreport before any work, exit status 2); the step {@code hpa} (after the
 * scaling steps in the job's flow) replays each HPA over the report date and saves the report section {@code hpa}.
 */
@Configuration(proxyBeanMethods = false)
class HpaSteps {

	static final String FOLDER = "hpa";

	static final String SECTION = "hpa";

	private static final Logger log = LoggerFactory.getLogger(HpaSteps.class);

	/** The HPAs of {@code <configDir>/hpa/}, in service name order; none without the folder. */
	@Bean
	HpaManifests hpaManifests(OpsReportProperties properties, ServiceCatalog catalog) {
		Path folder = properties.configDir().resolve(FOLDER);
		if (!Files.isDirectory(folder)) {
			log.info("{} not found: no HPA manifests to replay", folder);
			return new HpaManifests(List.of());
		}
		try {
			List<HpaManifest> manifests = new ArrayList<>(
					new HpaManifestLoader(catalog.names()).load(folder, properties.configDir()));
			manifests.sort(Comparator.comparing(HpaManifest::service));
			return new HpaManifests(manifests);
		}
		catch (HpaConfigException ex) {
			throw new ConfigException(ex); // names the file, the document and the field
		}
	}

	/** The loaded manifests (a bean of its own type, not a bare list). */
	record HpaManifests(List<HpaManifest> manifests) {
	}

	@Bean
	Step hpaStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			HpaManifests manifests, ScalingConfig config, ServiceCatalog catalog, MetricStore metrics,
			ReportSections sections) {
		var step = new StepBuilder("hpa", jobRepository).tasklet((contribution, chunkContext) -> {
			LocalDate date = ReportDate.of(contribution.getStepExecution());
			HpaSection section = analyze(date, manifests.manifests(), config, catalog, metrics);
			sections.save(date, SECTION, section);
			log.info("hpa {}: {} HPAs replayed, {} notes", date, section.services().size(), section.notes().size());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
		return step;
	}

	/** Loads each HPA's service day and replays it. */
	static HpaSection analyze(LocalDate date, List<HpaManifest> manifests, ScalingConfig config, ServiceCatalog catalog,
			MetricStore metrics) {
		Instant from = date.atStartOfDay().toInstant(ZoneOffset.UTC);
		Instant to = from.plus(Duration.ofDays(1));
		List<HpaComparison> services = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (HpaManifest hpa : manifests) {
			Map<String, SampleAlignment.Series> aligned = new LinkedHashMap<>();
			for (String metric : SampleAlignment.METRICS) {
				aligned.put(metric, series(metrics.load(hpa.service(), metric, from, to)));
			}
			List<MetricSample> samples = SampleAlignment.align(aligned);
			if (samples.isEmpty()) {
				notes.add("HPA " + hpa.name() + " (" + hpa.file() + "): " + hpa.service() + " has no instance_count on "
						+ date + ", so nothing to replay");
				continue;
			}
			Map<String, SampleAlignment.Series> read = new LinkedHashMap<>();
			for (MetricTarget m : hpa.metrics()) {
				read.computeIfAbsent(m.storedMetric(), (name) -> aligned.containsKey(name) ? aligned.get(name)
						: series(metrics.load(hpa.service(), name, from, to)));
				if (read.get(m.storedMetric()).values().length == 0) {
					notes.add("HPA " + hpa.name() + " (" + hpa.file() + "): no " + m.storedMetric() + " of " + hpa.service()
							+ " on " + date + " for its " + m.source().yaml() + " metric " + m.name()
							+ "; the controller would have had no value for it");
				}
			}
			services.add(HpaAnalysis.analyze(new HpaAnalysis.HpaDay(hpa,
					catalog.describe(hpa.service()).instanceCostPerHour(), samples, SampleAlignment.interval(samples), read,
					config)));
		}
		return new HpaSection(HpaAnalysis.KUBERNETES_RELEASE, Timeline.SYNC_SECONDS, services, notes);
	}

	private static SampleAlignment.Series series(Samples samples) {
		return new SampleAlignment.Series(samples.epochSeconds(), samples.values());
	}

}
