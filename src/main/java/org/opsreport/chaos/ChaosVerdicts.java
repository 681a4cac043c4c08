package org.opsreport.chaos;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.opsreport.pipeline.ReportDate;
import org.opsreport.slo.ObjectiveResult;
import org.opsreport.store.MetricStore;
import org.opsreport.store.SeriesKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The chaos experiments of a report date judged: the experiments started within {@code opsreport.chaos.window-days}
 * days ending with the date ({@link ChaosStore}), each with the stored samples of its target services over
 * [start, start + duration) clipped to the end of the date, by {@link ChaosEvaluator}.
 */
@Component
class ChaosVerdicts {

	private static final Logger log = LoggerFactory.getLogger(ChaosVerdicts.class);

	private final ChaosStore store;

	private final MetricStore metrics;

	private final ChaosProperties properties;

	private final ChaosEvaluator evaluator;

	ChaosVerdicts(ChaosStore store, MetricStore metrics, ChaosProperties properties) {
		this.store = store;
		this.metrics = metrics;
		this.properties = properties;
		this.evaluator = new ChaosEvaluator(properties.maxDurationMinutes());
	}

	/**
	 * The verdicts of the experiments of the window ending with {@code date}, in start order.
	 * @param slos the stored {@code slos} section of the date (null without SLOs): whose error budgets are spent
	 */
	List<ChaosResult> judge(LocalDate date, List<ObjectiveResult> slos) {
		Instant end = ReportDate.end(date);
		Instant start = ReportDate.start(date.minusDays(this.properties.windowDays() - 1L));
		Set<String> exhausted = exhaustedBudgets(slos);
		List<ChaosResult> results = new ArrayList<>();
		for (ChaosExperiment experiment : this.store.experiments(start, end)) {
			results.add(this.evaluator.evaluate(experiment, samples(experiment, end), exhausted));
		}
		return results;
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
	private Map<String, Map<String, double[]>> samples(ChaosExperiment experiment, Instant end) {
		Instant to = experiment.windowEnd().isAfter(end) ? end : experiment.windowEnd();
		Map<String, Map<String, double[]>> result = new LinkedHashMap<>();
		List<SeriesKey> series = this.metrics.series();
		for (String service : experiment.targetServices()) {
			Map<String, double[]> byMetric = new LinkedHashMap<>();
			for (SeriesKey key : series) {
				if (key.service().equals(service)) {
					byMetric.put(key.metric(), this.metrics.load(key.id(), experiment.windowStart(), to).values());
				}
			}
			result.put(service, byMetric);
		}
		return result;
	}

}
