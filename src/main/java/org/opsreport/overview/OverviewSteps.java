package org.opsreport.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.opsreport.OpsReportProperties;
import org.opsreport.ingest.IngestStatsRepository;
import org.opsreport.pipeline.ReportDate;
import org.opsreport.store.MetricStore;
import org.opsreport.store.ReportSections;
import org.opsreport.store.SeriesKey;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The report's overview of the night's data: ingest counts, data coverage per series, and the
 * incidents open or detected on the report date.
 */
@Configuration(proxyBeanMethods = false)
class OverviewSteps {

	private static final int REJECTS_SHOWN = 20;

	@Bean
	Step overviewStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			MetricStore metrics, IngestStatsRepository stats, ReportSections sections, JdbcClient jdbc,
			OpsReportProperties properties) {
		var step = new StepBuilder("overview", jobRepository).tasklet((contribution, chunkContext) -> {
			StepExecution execution = contribution.getStepExecution();
			LocalDate date = ReportDate.of(execution);
			long instance = execution.getJobExecution().getJobInstance().getInstanceId();
			Instant end = date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
			Instant start = date.plusDays(1).minus(properties.coverage().window()).atStartOfDay().toInstant(ZoneOffset.UTC);

			List<SeriesCoverage> coverage = measureInParallel(metrics, start, end, properties.coverage().threads());
			sections.save(date, "coverage", new CoverageSection(start, end, coverage));

			var files = stats.files(instance);
			var rejects = stats.rejects(instance);
			sections.save(date, "ingest", new IngestSummary(files, IngestSummary.Totals.of(files),
					rejects.subList(0, Math.min(REJECTS_SHOWN, rejects.size())),
					properties.outputDir().resolve(date.toString()).resolve("rejects.csv").toString()));

			sections.save(date, "today", new TodaySection(incidentsOf(jdbc, date, end)));
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
		return step;
	}

	/**
	 * Coverage of every series, on {@code threads} threads (both cores by default); each thread holds
	 * one series' window at a time. The result keeps the store's series order.
	 */
	static List<SeriesCoverage> measureInParallel(MetricStore metrics, Instant start, Instant end, int threads) {
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
		try {
			List<java.util.concurrent.Future<SeriesCoverage>> futures = new ArrayList<>();
			for (SeriesKey series : metrics.series()) {
				futures.add(pool.submit(() -> CoverageCalculator.measure(series.service(), series.metric(),
						metrics.load(series.id(), start, end).epochSeconds(), end)));
			}
			List<SeriesCoverage> coverage = new ArrayList<>(futures.size());
			for (var future : futures) {
				coverage.add(future.get());
			}
			return coverage;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while measuring coverage", ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException("cannot measure coverage: " + ex.getCause().getMessage(), ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static List<DayIncident> incidentsOf(JdbcClient jdbc, LocalDate date, Instant end) {
		OffsetDateTime dayStart = date.atStartOfDay().atOffset(ZoneOffset.UTC);
		OffsetDateTime dayEnd = end.atOffset(ZoneOffset.UTC);
		return jdbc.sql("""
				SELECT id, title, services, severity, detected_at, resolved_at FROM incident
				WHERE detected_at < ? AND (detected_at >= ? OR resolved_at IS NULL OR resolved_at >= ?)
				ORDER BY detected_at, id""")
			.params(dayEnd, dayStart, dayEnd)
			.query((rs, n) -> {
				Instant detected = rs.getObject(5, OffsetDateTime.class).toInstant();
				OffsetDateTime resolvedAt = rs.getObject(6, OffsetDateTime.class);
				Instant resolved = resolvedAt == null || !resolvedAt.toInstant().isBefore(end) ? null : resolvedAt.toInstant();
				Instant until = resolved == null ? end : resolved;
				return new DayIncident(rs.getString(1), rs.getString(2), Arrays.asList(rs.getString(3).split(";")),
						rs.getString(4) == null ? "" : rs.getString(4), detected, resolved,
						resolved == null ? "open" : "resolved", ChronoUnit.MINUTES.between(detected, until));
			})
			.list();
	}

	/** The coverage section: window and one entry per stored series. */
	record CoverageSection(Instant windowStart, Instant windowEnd, List<SeriesCoverage> series) {
	}

	/** Incidents open at the end of the report date or detected during it. */
	record TodaySection(List<DayIncident> incidents) {
	}

}
