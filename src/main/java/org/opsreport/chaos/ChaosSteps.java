package org.opsreport.chaos;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.opsreport.pipeline.ReportDate;
import org.opsreport.store.MetricStore;
import org.opsreport.slo.ObjectiveResult;
import org.opsreport.store.ReportSections;
import org.opsreport.store.SeriesKey;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The chaos step: judges the experiments started within
 * {@code opsreport.chaos.window-days} (30) days ending with the report date, with the stored samples of
 * their target services over [start, start + duration), clipped to the end of the report date (what
 * happened later is not known on that date). Saves report section {@code chaos}: a list of
 * {@link ChaosResult}, in start order.
 *
 * <p>A service's error budget is exhausted when an objective of the stored {@code slos} section of the
 * report date has {@code budgetRemainingPercent <= 0}; without that section (no SLOs configured) no
 * service counts as exhausted.
 */
@Configuration(proxyBeanMethods = false)
class ChaosSteps {

	private static final Logger log = LoggerFactory.getLogger(ChaosSteps.class);

	@Bean
	Step chaosStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, ChaosStore store,
			MetricStore metrics, ReportSections sections, ChaosProperties properties) {
		ChaosEvaluator evaluator = new ChaosEvaluator(properties.maxDurationMinutes());
		var step = new StepBuilder("chaos", jobRepository).tasklet((contribution, chunkContext) -> {
			LocalDate date = ReportDate.of(contribution.getStepExecution());
			Instant end = ReportDate.end(date);
			Instant start = ReportDate.start(date.minusDays(properties.windowDays() - 1L));
			Set<String> exhausted = exhaustedBudgets(sections.loadList(date, "slos", ObjectiveResult.class).orElse(null));
			List<ChaosResult> results = new ArrayList<>();
			for (ChaosExperiment experiment : store.experiments(start, end)) {
				results.add(evaluator.evaluate(experiment, samples(metrics, experiment, end), exhausted));
			}
			sections.save(date, "chaos", results);
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
		return step;
	}

	/** Services with an objective whose error budget is spent (remaining at or below 0%). */
	static Set<String> exhaustedBudgets(List<ObjectiveResult> slos) {
		Set<String> exhausted = new TreeSet<>();
		if (slos == null) {
			log.info("chaos: no stored slos section for the report date; no error budget counts as exhausted");
			return exhausted;
		}
		for (ObjectiveResult objective : slos) {
			if (objective.budgetRemainingPercent() != null && objective.budgetRemainingPercent() <= 0) {
				exhausted.add(objective.service());
			}
		}
		return exhausted;
	}

	/** Every stored metric of each target service in the experiment window, clipped to {@code end}. */
	private static Map<String, Map<String, double[]>> samples(MetricStore metrics, ChaosExperiment experiment,
			Instant end) {
		Instant to = experiment.windowEnd().isAfter(end) ? end : experiment.windowEnd();
		Map<String, Map<String, double[]>> result = new LinkedHashMap<>();
		List<SeriesKey> series = metrics.series();
		for (String service : experiment.targetServices()) {
			Map<String, double[]> byMetric = new LinkedHashMap<>();
			for (SeriesKey key : series) {
				if (key.service().equals(service)) {
					byMetric.put(key.metric(), metrics.load(key.id(), experiment.windowStart(), to).values());
				}
			}
			result.put(service, byMetric);
		}
		return result;
	}

}
