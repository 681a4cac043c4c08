package org.opsreport.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.opsreport.OpsReportProperties;
import org.opsreport.store.CounterMetrics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest steps of the nightly job: metrics, incidents and chaos experiments, each a
 * chunk-oriented step (commons-csv reader, validating processor, upserting writer) whose position
 * is saved with every chunk, so a crashed run resumes where it stopped.
 */
@Configuration(proxyBeanMethods = false)
class IngestSteps {

	private final OpsReportProperties properties;

	private final JobRepository jobRepository;

	private final PlatformTransactionManager transactionManager;

	private final IngestStatsRepository stats;

	private final JdbcClient jdbc;

	private final SampleTable samples;

	private final Clock clock;

	private final IngestedFiles ingestedFiles;

	private final int readAhead;

	private final IngestLimits limits;

	private final CounterMetrics counters;

	IngestSteps(OpsReportProperties properties, JobRepository jobRepository,
			PlatformTransactionManager transactionManager, IngestStatsRepository stats, JdbcClient jdbc, SampleTable samples,
			Clock clock,
			IngestedFiles ingestedFiles, @Value("${opsreport.ingest.read-ahead:10000}") int readAhead,
			IngestLimits limits, CounterMetrics counters) {
		this.counters = counters;
		this.limits = limits;
		this.ingestedFiles = ingestedFiles;
		this.properties = properties;
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.stats = stats;
		this.jdbc = jdbc;
		this.samples = samples;
		this.clock = clock;
		this.readAhead = readAhead;
	}

	@Bean
	RejectsFile rejectsFile() {
		return new RejectsFile(this.stats, this.properties.outputDir());
	}

	@Bean
	Step ingestMetricsStep(RejectsFile rejectsFile) {
		MetricSampleWriter writer = new MetricSampleWriter(this.samples, this.stats);
		return step("ingestMetrics", "metrics", MetricRowParser.LAYOUT,
				new MetricRowParser(this.clock, this.properties.ingest().futureTolerance(), this.counters), writer,
				rejectsFile);
	}

	@Bean
	Step ingestIncidentsStep(RejectsFile rejectsFile, ObjectProvider<IncidentExportMapping> mappings) {
		IncidentExportMapping mapping = mappings.getIfAvailable(IncidentExportMapping::identity);
		KeyedRowWriter<IncidentRecord> writer = new KeyedRowWriter<>(this.jdbc, this.stats, "incidents", "incident",
				List.of("id", "title", "services", "severity", "detected_at", "acknowledged_at", "mitigated_at",
						"resolved_at", "service_unavailable", "affected_users_pct", "data_loss", "security_incident",
						"performance_degradation_pct", "postmortem_completed_at", "primary_cause", "contributing_factors",
						"action_items", "lessons_learned"),
				i -> java.util.Arrays.asList(i.id(), i.title(), i.services(), i.severity(), i.detectedAt(),
						i.acknowledgedAt(), i.mitigatedAt(), i.resolvedAt(), i.serviceUnavailable(), i.affectedUsersPct(),
						i.dataLoss(), i.securityIncident(), i.performanceDegradationPct(), i.postmortemCompletedAt(),
						i.primaryCause(), i.contributingFactors(), i.actionItems(), i.lessonsLearned()));
		return step("ingestIncidents", "incidents", IncidentRowParser.layout(mapping.columns()),
				new IncidentRowParser(this.clock, this.properties.ingest().futureTolerance(), mapping),
				writer, rejectsFile);
	}

	@Bean
	Step ingestChaosStep(RejectsFile rejectsFile) {
		KeyedRowWriter<ChaosRecord> writer = new KeyedRowWriter<>(this.jdbc, this.stats, "chaos", "chaos_experiment",
				List.of("id", "name", "experiment_type", "target_services", "started_at", "duration_minutes",
						"hypothesis", "success_criteria"),
				c -> java.util.Arrays.asList(c.id(), c.name(), c.type(), c.targetServices(), c.startedAt(),
						c.durationMinutes(), c.hypothesis(), c.successCriteria()));
		return step("ingestChaos", "chaos", ChaosRowParser.LAYOUT,
				new ChaosRowParser(this.clock, this.properties.ingest().futureTolerance()), writer, rejectsFile);
	}

	private <T> Step step(String name, String kind, CsvLayout layout,
			org.springframework.batch.infrastructure.item.ItemProcessor<CsvRow, Parsed<T>> parser, IngestWriter<T> writer,
			RejectsFile rejectsFile) {
		Path folder = this.properties.inputDir().resolve(kind);
		UnchangedFiles unchanged = !this.properties.ingest().skipUnchangedFiles() ? UnchangedFiles.none()
				: new UnchangedFiles() {
					@Override
					public java.util.Optional<ReadPlan.ReadBefore> readBefore(String file) {
						return IngestSteps.this.ingestedFiles.readBefore(file);
					}

					@Override
					public void carryOver(long fromRun, String file) {
						writer.carryOver(fromRun, file);
					}
				};
		CsvFilesReader reader = new CsvFilesReader(folder, layout, writer::resetCounts, unchanged, this.limits);
		int chunk = this.properties.ingest().chunkSize();
		IngestProgress progress = new IngestProgress(kind, this.limits.progressInterval());
		writer.reportProgressTo(progress);
		RejectCeilingCheck ceiling = new RejectCeilingCheck(this.stats, rejectsFile, kind,
				this.properties.ingest().rejectCeiling(), this.limits.rejectCeilingMinRows(),
				run -> reader.filesRead().forEach((file, hash) -> this.ingestedFiles.record(file, hash, run)));
		Step step;
		if (this.readAhead > 0) {
			// rows are parsed and validated on a second thread while this one writes the rows before them
			step = new StepBuilder(name, this.jobRepository).<Parsed<T>, Parsed<T>>chunk(chunk)
				.transactionManager(this.transactionManager)
				.reader(new ReadAheadParser<>(reader, parser, this.readAhead))
				.writer(writer)
				.listener(writer)
				.listener(progress)
				.listener(ceiling)
				.build();
		}
		else {
			step = new StepBuilder(name, this.jobRepository).<CsvRow, Parsed<T>>chunk(chunk)
				.transactionManager(this.transactionManager)
				.reader(reader)
				.processor(parser)
				.writer(writer)
				.listener(writer)
				.listener(progress)
				.listener(ceiling)
				.build();
		}
		return step;
	}

}
