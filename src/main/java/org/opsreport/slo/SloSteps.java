package org.opsreport.slo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.opsreport.OpsReportProperties;
import org.opsreport.analysis.AnalysisParts;
import org.opsreport.analysis.AnalysisProperties;
import org.opsreport.analysis.PartitionedAnalysis;
import org.opsreport.catalog.ConfigException;
import org.opsreport.catalog.Metrics;
import org.opsreport.catalog.ServiceCatalog;
import org.opsreport.pipeline.ReportDate;
import org.opsreport.pipeline.ReportDateStep;
import org.opsreport.store.MetricStore;
import org.opsreport.store.ReportSections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The SLO analysis in the pipeline: the OpenSLO definitions of {@code <configDir>/slos} are loaded at
 * start-up (an invalid file stops opsreport before any work, exit status 2); the partitioned {@code slos} step
 * evaluates every objective at the end of the report date, SLO by SLO on several threads, and {@code slosMerge}
 * stores report section {@code slos}: one {@link ObjectiveResult} per objective, in definition order.
 */
@Configuration(proxyBeanMethods = false)
class SloSteps {

	private static final Logger log = LoggerFactory.getLogger(SloSteps.class);

	static final String SECTION = "slos";

	/** The mapping of other tools' metric sources to stored series, in the configuration folder. */
	static final String METRIC_SOURCES = "metric-sources.yaml";

	/**
	 * {@code <configDir>/slos}; an absent folder means no SLOs. Services must be declared (services.yaml or a
	 * {@code kind: Service} document) or in the store;
	 * metrics must be ones the analyses know or ones already stored (a misspelt metric would otherwise
	 * show as "no data" night after night).
	 */
	/** {@code <configDir>/metric-sources.yaml}, read at start-up (an invalid file stops opsreport, exit status 2). */
	@Bean
	MetricSourceMapping metricSourceMapping(OpsReportProperties properties) {
		try {
			return MetricSourceMappingLoader.load(properties.configDir().resolve(METRIC_SOURCES));
		}
		catch (SloConfigException ex) {
			throw new ConfigException(ex);
		}
	}

	@Bean
	SloConfig sloConfig(OpsReportProperties properties, ServiceCatalog catalog, MetricStore store,
			MetricSourceMapping mapping, @Value("${opsreport.prometheus.url:}") String prometheusUrl) {
		SloConfig config;
		Set<String> services = new TreeSet<>(catalog.names());
		store.series().forEach(series -> services.add(series.service()));
		try {
			config = sloConfig(properties, services, mapping);
		}
		catch (SloConfigException ex) {
			throw new ConfigException(ex);
		}
		Set<String> known = new TreeSet<>(Metrics.ANALYSED);
		store.series().forEach(series -> known.add(series.metric()));
		if (!prometheusUrl.isBlank()) {
			// pulled from Prometheus before the analyses: they exist once the night's ingest ran
			mapping.querySources("prometheus").forEach((source) -> known.add(source.target().metric()));
		}
		requireKnownMetrics(config, known);
		return config;
	}

	SloConfig sloConfig(OpsReportProperties properties, ServiceCatalog catalog) {
		return sloConfig(properties, catalog.names(),
				MetricSourceMappingLoader.load(properties.configDir().resolve(METRIC_SOURCES)));
	}

	/**
	 * @param services the services known before reading the folder: services.yaml's, the store's (the Service
	 * documents in the folder add theirs)
	 * @param mapping {@code metric-sources.yaml}: what other tools' metric sources stand for
	 */
	SloConfig sloConfig(OpsReportProperties properties, Set<String> services, MetricSourceMapping mapping) {
		Path folder = properties.configDir().resolve("slos");
		if (!Files.isDirectory(folder)) {
			log.info("No SLO definitions: {} does not exist", folder);
			return new SloConfig(List.of(), List.of());
		}
		SloConfig config = OpenSloLoader.load(folder, services, mapping);
		log.info("Loaded {} SLOs from {}", config.slos().size(), folder);
		return config;
	}

	/** Fails with the file, the SLO and the metric when an SLO names a metric that does not exist. */
	static void requireKnownMetrics(SloConfig config, Set<String> known) {
		for (SloDefinition slo : config.slos()) {
			for (MetricRef ref : slo.metrics()) {
				if (!known.contains(ref.metric())) {
					throw new ConfigException(Path.of(slo.source()), "metricSource.spec.metric",
							"metric '" + ref.metric() + "' does not exist: it is neither a metric opsreport analyses ("
									+ String.join(", ", new TreeSet<>(Metrics.ANALYSED))
									+ ") nor one in the store; check the spelling, or ingest the metric first");
				}
			}
		}
	}

	/**
	 * {@code slos}: a partitioned step, {@code opsreport.analysis.threads} workers sharing the SLOs;
	 * each evaluates one SLO per transaction, loading only that SLO's series, and stores its objectives as a part.
	 */
	@Bean
	Step sloStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, SloResults slos,
			AnalysisParts parts, AnalysisProperties properties) {
		PartitionedAnalysis.Units units = PartitionedAnalysis.Units.of(
				(date) -> slos.definitions().stream().map(SloDefinition::name).toList(),
				(date, slo) -> slos.evaluate(slos.definition(slo), ReportDate.end(date), slos.incidents(ReportDate.end(date))));
		return PartitionedAnalysis.step("slos", SECTION, units, parts,
				properties.partitions(), jobRepository, transactionManager);
	}

	/**
	 * {@code slosMerge}: report section {@code slos}, every SLO's objectives in definition order, from
	 * the parts the {@code slos} workers stored (which it then deletes).
	 */
	@Bean
	Step sloMergeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, SloMerge merge,
			ReportSections sections) {
		return ReportDateStep.tasklet("slosMerge", jobRepository, transactionManager, (date, contribution) -> {
			List<ObjectiveResult> results = merge.merge(date);
			sections.save(date, SECTION, results);
			log.info("Evaluated {} SLO objectives for {}", results.size(), date);
		});
	}

}
