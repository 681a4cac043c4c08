package org.opsreport.incident;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.opsreport.pipeline.ReportDate;
import org.opsreport.pipeline.ReportDateStep;
import org.opsreport.slo.MetricRef;
import org.opsreport.slo.ObjectiveResult;
import org.opsreport.slo.SloDefinition;
import org.opsreport.slo.SloResults;
import org.opsreport.store.MetricStore;
import org.opsreport.store.ReportSections;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The SRE dashboard step, report section {@code dashboard}.
 *
 * <p>Current SLO state: the stored {@code slos} section of the report date (the SLO step runs before this one).
 * Previous period: the same SLOs evaluated with the SLO domain at the end of the report date minus
 * {@link #PREVIOUS_PERIOD} (30 days, the incident window), on the stored samples. The incident side
 * is the incident analysis of the same date. Without stored SLO results the dashboard has no SLO rows
 * and its compliance summary counts 0 SLOs (the report says so).
 */
@Configuration(proxyBeanMethods = false)
class DashboardSteps {

	private static final Logger log = LoggerFactory.getLogger(DashboardSteps.class);

	/** How far back the previous period's SLOs are evaluated: the incident window length. */
	static final Duration PREVIOUS_PERIOD = Duration.ofDays(IncidentSettings.defaults().windowDays());

	@Bean
	Step dashboardStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			IncidentStore incidentStore, ReportSections sections, SloResults slos, MetricStore metrics) {
		return ReportDateStep.tasklet("dashboard", jobRepository, transactionManager, (date, contribution) -> {
			Instant end = ReportDate.end(date);
			List<SloSnapshot> current = snapshots(sections.loadList(date, "slos", ObjectiveResult.class).orElse(List.of()));
			List<SloSnapshot> previous = List.of();
			if (!current.isEmpty()) {
				previous = snapshots(slos.at(end.minus(PREVIOUS_PERIOD)));
			}
			// the incidents step's result, not a second run of the analysis
			IncidentReport incidents = sections.load(date, "incidents", IncidentReport.class)
				.orElseThrow(() -> new IllegalStateException("no incidents section for " + date
						+ ": the incidents step stores it before the dashboard step runs"));
			sections.save(date, "dashboard", new SreDashboardCalculator().compute(current, previous, incidents,
					historyStart(metrics, slos, incidentStore.firstDetected().orElse(null))));
		});
	}

	/**
	 * The first day the store holds data for, as far as the dashboard's trends are concerned: the
	 * earliest sample of the series the SLOs read (the monitored SLIs; every series when no SLO is
	 * configured) or the earliest detected incident ({@code firstIncident}, null without incidents); null for an
	 * empty store. One primary-key descent per
	 * series: at 16x the sample data's 1,024 series a cold scan of all of them took 9 s, the 12 SLO
	 * series take milliseconds.
	 */
	static LocalDate historyStart(MetricStore metrics, SloResults slos, Instant firstIncident) {
		Set<Long> monitored = new LinkedHashSet<>();
		for (SloDefinition slo : slos.definitions()) {
			for (MetricRef ref : slo.metrics()) {
				metrics.find(ref.service(), ref.metric()).ifPresent((series) -> monitored.add(series.id()));
			}
		}
		if (monitored.isEmpty()) {
			metrics.series().forEach((series) -> monitored.add(series.id()));
		}
		Instant first = null;
		for (long id : monitored) {
			Instant start = metrics.firstSampleTime(id).orElse(null);
			if (start != null && (first == null || start.isBefore(first))) {
				first = start;
			}
		}
		if (firstIncident != null && (first == null || firstIncident.isBefore(first))) {
			first = firstIncident;
		}
		return (first == null) ? null : LocalDate.ofInstant(first, ZoneOffset.UTC);
	}

	/** Snapshots of SLO results: SLI and target turned from fractions into percent, the 1d burn rate. */
	static List<SloSnapshot> snapshots(List<ObjectiveResult> results) {
		Map<String, Integer> perName = new HashMap<>();
		results.forEach((r) -> perName.merge(r.name(), 1, Integer::sum));
		return results.stream()
			.map((r) -> new SloSnapshot(r.service(), objectiveKey(r.name(), r.objective(), perName.get(r.name())),
					percent(r.sli()), r.target() * 100, r.budgetRemainingPercent(),
					(r.burnRates() != null) ? r.burnRates().oneDay() : null))
			.toList();
	}

	/**
	 * Key matching current and previous snapshots: the SLO's name (which usually says what it measures,
	 * e.g. {@code payments-availability}), with the objective appended when the SLO has several.
	 */
	private static String objectiveKey(String name, String objective, int objectivesOfSlo) {
		return (objectivesOfSlo > 1) ? name + " / " + objective : name;
	}

	private static Double percent(Double fraction) {
		return (fraction != null) ? fraction * 100 : null;
	}

}
