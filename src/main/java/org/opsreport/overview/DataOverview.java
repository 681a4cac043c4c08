package org.opsreport.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.opsreport.OpsReportProperties;
import org.opsreport.incident.Incident;
import org.opsreport.incident.IncidentStore;
import org.opsreport.ingest.IngestStatsRepository;
import org.opsreport.pipeline.ReportDate;
import org.opsreport.store.MetricStore;
import org.opsreport.store.SeriesKey;

import org.springframework.stereotype.Component;

/**
 * The overview of the night's data for a report date: data coverage per series (measured on
 * {@code opsreport.coverage.threads} threads), the ingest counts of the run, and the incidents of the day.
 */
@Component
class DataOverview {

	private static final int REJECTS_SHOWN = 20;

	private final MetricStore metrics;

	private final IngestStatsRepository stats;

	private final IncidentStore incidents;

	private final OpsReportProperties properties;

	DataOverview(MetricStore metrics, IngestStatsRepository stats, IncidentStore incidents,
			OpsReportProperties properties) {
		this.metrics = metrics;
		this.stats = stats;
		this.incidents = incidents;
		this.properties = properties;
	}

	/** Coverage of every stored series over the coverage window ending with the report date. */
	CoverageSection coverage(LocalDate date) {
		Instant end = ReportDate.end(date);
		Instant start = ReportDate.start(date.plusDays(1).minus(this.properties.coverage().window()));
		return new CoverageSection(start, end,
				measureInParallel(this.metrics, start, end, this.properties.coverage().threads()));
	}

	/** The files and rejects of the run (job instance) {@code run}. */
	IngestSummary ingest(LocalDate date, long run) {
		var files = this.stats.files(run);
		var rejects = this.stats.rejects(run);
		return new IngestSummary(files, IngestSummary.Totals.of(files),
				rejects.subList(0, Math.min(REJECTS_SHOWN, rejects.size())),
				this.properties.outputDir().resolve(date.toString()).resolve("rejects.csv").toString());
	}

	/** Incidents open at the end of the report date or detected during it, in detection order. */
	TodaySection today(LocalDate date) {
		Instant start = ReportDate.start(date);
		Instant end = ReportDate.end(date);
		List<DayIncident> today = new ArrayList<>();
		for (Incident incident : this.incidents.all()) {
			Instant detected = incident.detectedAt();
			Instant resolvedAt = incident.resolvedAt();
			if (!detected.isBefore(end)
					|| (detected.isBefore(start) && resolvedAt != null && resolvedAt.isBefore(end))) {
				continue;
			}
			Instant resolved = (resolvedAt == null || !resolvedAt.isBefore(end)) ? null : resolvedAt;
			Instant until = (resolved == null) ? end : resolved;
			today.add(new DayIncident(incident.id(), incident.title(), incident.services(),
					(incident.severity() == null) ? "" : incident.severity().name(), detected, resolved,
					(resolved == null) ? "open" : "resolved", ChronoUnit.MINUTES.between(detected, until)));
		}
		return new TodaySection(today);
	}

	/**
	 * Coverage of every series, on {@code threads} threads (both cores by default); each thread holds
	 * one series' window at a time. The result keeps the store's series order.
	 */
	static List<SeriesCoverage> measureInParallel(MetricStore metrics, Instant start, Instant end, int threads) {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<SeriesCoverage>> futures = new ArrayList<>();
			for (SeriesKey series : metrics.series()) {
				futures.add(pool.submit(() -> CoverageCalculator.measure(series.service(), series.metric(),
						metrics.loadStored(series.id(), start, end).epochSeconds(), end)));
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
		catch (ExecutionException ex) {
			throw new IllegalStateException("cannot measure coverage: " + ex.getCause().getMessage(), ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

}
