package org.opsreport.slo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.opsreport.OpsReportProperties;
import org.opsreport.catalog.ConfigException;
import org.opsreport.catalog.Metrics;
import org.opsreport.catalog.ServiceCatalog;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The SLO analysis in the pipeline: the OpenSLO definitions of {@code <configDir>/slos} are loaded at
 * start-up (an invalid file stops opsreport before any work, exit status 2), and the {@code slos} step
 * evaluates every objective at the end of the report date and stores report section {@code slos}: one
 * {@link ObjectiveResult} per objective, in definition order.
 */
@Configuration(proxyBeanMethods = false)
class SloSteps {

	private static final Logger log = LoggerFactory.getLogger(SloSteps.class);

	static final String SECTION = "slos";

	/**
	 * {@code <configDir>/slos}; an absent folder means no SLOs. Services must be in services.yaml;
	 * metrics must be ones the analyses know or ones already stored (a misspelt metric would otherwise
	 * show as "no data" night after night).
	 */
	@Bean
	SloConfig sloConfig(OpsReportProperties properties, ServiceCatalog catalog, MetricStore store) {
		SloConfig config = sloConfig(properties, catalog);
		Set<String> known = new TreeSet<>(Metrics.ANALYSED);
		store.series().forEach(series -> known.add(series.metric()));
		requireKnownMetrics(config, known);
		return config;
	}

	SloConfig sloConfig(OpsReportProperties properties, ServiceCatalog catalog) {
		Path folder = properties.configDir().resolve("slos");
		if (!Files.isDirectory(folder)) {
			log.info("No SLO definitions: {} does not exist", folder);
			return new SloConfig(List.of(), List.of());
		}
		SloConfig config = OpenSloLoader.load(folder, catalog.names());
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

	@Bean
	PipelineStep sloStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, SloConfig config,
			MetricStore metrics, JdbcClient jdbc, ReportSections sections, SloProperties properties) {
		SloSettings settings = properties.toSettings();
		var step = new StepBuilder("slos", jobRepository).tasklet((contribution, chunkContext) -> {
			LocalDate date = ReportDate.of(contribution.getStepExecution());
			Instant end = date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
			List<ObjectiveResult> results = evaluate(config, metrics, incidents(jdbc, end), end, settings);
			sections.save(date, SECTION, results);
			log.info("Evaluated {} SLO objectives for {}", results.size(), date);
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
		return new PipelineStep(Phase.ANALYZE, 100, step);
	}

	/**
	 * Loads every series the SLOs read once, from the earliest instant any of them needs, and evaluates
	 * each SLO. A series that is not in the store is left out of the data map, which the evaluator reports
	 * as "not stored" (status unknown, finding {@code no_data}).
	 */
	static List<ObjectiveResult> evaluate(SloConfig config, MetricStore metrics, List<IncidentWindow> incidents,
			Instant end, SloSettings settings) {
		Map<MetricRef, Instant> from = new LinkedHashMap<>();
		for (SloDefinition slo : config.slos()) {
			Instant start = SloEvaluator.dataStart(slo, end);
			for (MetricRef ref : slo.metrics()) {
				from.merge(ref, start, (a, b) -> a.isBefore(b) ? a : b);
			}
		}
		Map<MetricRef, MetricSamples> data = new HashMap<>();
		from.forEach((ref, start) -> {
			Optional<SeriesKey> series = metrics.find(ref.service(), ref.metric());
			if (series.isEmpty()) {
				log.warn("SLO metric {} is not in the store", ref);
				return;
			}
			data.put(ref, toMetricSamples(metrics.load(series.get().id(), start, end)));
		});
		List<ObjectiveResult> results = new ArrayList<>();
		for (SloDefinition slo : config.slos()) {
			results.addAll(SloEvaluator.evaluateAll(slo, data, end, incidents, settings));
		}
		return results;
	}

	static MetricSamples toMetricSamples(Samples samples) {
		Instant[] times = new Instant[samples.size()];
		for (int i = 0; i < times.length; i++) {
			times[i] = samples.time(i);
		}
		return new MetricSamples(times, samples.values());
	}

	/**
	 * Incidents detected before {@code end} (a re-run of a past date does not see later ones); the
	 * evaluator clips them to each SLO window. An incident resolved after {@code end} is open at {@code end}.
	 */
	static List<IncidentWindow> incidents(JdbcClient jdbc, Instant end) {
		return jdbc.sql("""
				SELECT id, services, detected_at, resolved_at, postmortem_completed_at FROM incident
				WHERE detected_at < ? ORDER BY detected_at, id""")
			.param(end.atOffset(ZoneOffset.UTC))
			.query((rs, n) -> {
				Set<String> services = new LinkedHashSet<>();
				Arrays.stream(rs.getString(2).split(";")).map(String::trim).filter((s) -> !s.isEmpty()).forEach(services::add);
				OffsetDateTime resolved = rs.getObject(4, OffsetDateTime.class);
				OffsetDateTime postmortem = rs.getObject(5, OffsetDateTime.class);
				return new IncidentWindow(rs.getString(1), services, rs.getObject(3, OffsetDateTime.class).toInstant(),
						resolved == null ? null : resolved.toInstant(), postmortem != null);
			})
			.list();
	}

}
