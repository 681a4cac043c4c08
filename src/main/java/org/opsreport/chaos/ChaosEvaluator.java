package org.opsreport.chaos;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.opsreport.units.Durations;

/**
 * Safety validation and hypothesis verdicts for chaos experiments, in the spirit of the seed's
 * {@code implement_chaos_engineering} ("critical safety validation before any chaos experiment",
 * hypothesis with success criteria, resilience score). The experiments have already run; we judge them
 * on the stored metric samples of their target services in their window.
 */
public final class ChaosEvaluator {

	/** Refusal threshold used by {@link #ChaosEvaluator()}: 60 minutes. */
	public static final int DEFAULT_MAX_DURATION_MINUTES = 60;

	private final int maxDurationMinutes;

	/**
	 * @param maxDurationMinutes experiments longer than this are refused as unsafe
	 */
	public ChaosEvaluator(int maxDurationMinutes) {
		if (maxDurationMinutes < 1) {
			throw new IllegalArgumentException("maxDurationMinutes must be >= 1");
		}
		this.maxDurationMinutes = maxDurationMinutes;
	}

	public ChaosEvaluator() {
		this(DEFAULT_MAX_DURATION_MINUTES);
	}

	/**
	 * Validates and evaluates one experiment.
	 *
	 * <p>Refused (status {@code refused}, all reasons listed): no hypothesis; no or unparsable success
	 * criteria; no target service; duration not positive or longer than the maximum; a target service
	 * whose error budget is exhausted (chaos would spend budget the service no longer has).
	 * No data (status {@code no_data}): no target service has any sample in the window.
	 *
	 * <p>Otherwise each criterion is evaluated per target service and holds only if it holds on every
	 * service with data; the reported value is the worst one (largest for {@code <}/{@code <=}, smallest
	 * for {@code >}/{@code >=}). A criterion whose metric has no data on any target service fails. NaN
	 * samples are skipped.
	 *
	 * @param experiment the experiment
	 * @param samples target service &rarr; metric &rarr; sample values within
	 * [{@link ChaosExperiment#windowStart()}, {@link ChaosExperiment#windowEnd()}); services or metrics
	 * may be missing
	 * @param exhaustedBudgetServices services whose error budget is exhausted on the report date
	 */
	public ChaosResult evaluate(ChaosExperiment experiment, Map<String, Map<String, double[]>> samples,
			Set<String> exhaustedBudgetServices) {
		List<String> reasons = new ArrayList<>();
		if (experiment.hypothesis() == null || experiment.hypothesis().isBlank()) {
			reasons.add("no hypothesis");
		}
		List<Criterion> criteria = List.of();
		try {
			criteria = CriteriaParser.parse(experiment.successCriteria());
		}
		catch (InvalidCriteriaException ex) {
			reasons.add("invalid success criteria: " + ex.getMessage());
		}
		if (experiment.targetServices().isEmpty()) {
			reasons.add("no target service");
		}
		if (experiment.durationMinutes() <= 0) {
			reasons.add("duration " + experiment.durationMinutes() + " minutes is not positive");
		}
		else if (experiment.durationMinutes() > maxDurationMinutes) {
			reasons.add("duration " + Durations.minutes(experiment.durationMinutes()) + " exceeds the maximum of "
					+ Durations.minutes(maxDurationMinutes));
		}
		for (String service : experiment.targetServices()) {
			if (exhaustedBudgetServices.contains(service)) {
				reasons.add("error budget of " + service + " is exhausted");
			}
		}
		if (!reasons.isEmpty()) {
			return new ChaosResult(experiment.id(), experiment.name(), ChaosResult.REFUSED, null,
					criteria.stream().map((c) -> new ChaosResult.CriterionResult(c.expression(), null, false, null)).toList(),
					null, reasons);
		}
		if (experiment.targetServices().stream().noneMatch((s) -> hasAnySample(samples.get(s)))) {
			return new ChaosResult(experiment.id(), experiment.name(), ChaosResult.NO_DATA, null,
					criteria.stream().map((c) -> new ChaosResult.CriterionResult(c.expression(), null, false, null)).toList(),
					null, List.of("no samples for " + String.join(", ", experiment.targetServices()) + " between "
							+ experiment.windowStart() + " and " + experiment.windowEnd()));
		}
		List<ChaosResult.CriterionResult> results = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (Criterion criterion : criteria) {
			ChaosResult.CriterionResult result = evaluate(criterion, experiment.targetServices(), samples);
			if (result.measured() == null) {
				notes.add("no data for '" + criterion.expression() + "'");
			}
			results.add(result);
		}
		boolean confirmed = results.stream().allMatch(ChaosResult.CriterionResult::passed);
		return new ChaosResult(experiment.id(), experiment.name(), ChaosResult.COMPLETED,
				confirmed ? ChaosResult.CONFIRMED : ChaosResult.NOT_CONFIRMED, results,
				resilienceScore(criteria, results), notes);
	}

	private static boolean hasAnySample(Map<String, double[]> metrics) {
		return metrics != null && metrics.values().stream().anyMatch((v) -> v != null && clean(v).length > 0);
	}

	private static double[] clean(double[] values) {
		return Arrays.stream(values).filter((v) -> !Double.isNaN(v)).toArray();
	}

	static ChaosResult.CriterionResult evaluate(Criterion criterion, List<String> services,
			Map<String, Map<String, double[]>> samples) {
		Double worst = null;
		String worstService = null;
		boolean allPass = true;
		for (String service : services) {
			Double value = measure(criterion, samples.get(service));
			if (value == null) {
				continue;
			}
			allPass &= criterion.comparison().test(value, criterion.threshold());
			boolean worse = (worst == null)
					|| (criterion.comparison().upperBound() ? value > worst : value < worst);
			if (worse) {
				worst = value;
				worstService = service;
			}
		}
		return new ChaosResult.CriterionResult(criterion.expression(), worst, worst != null && allPass, worstService);
	}

	/**
	 * One service's value of a criterion's metric, {@code null} without data. {@code error_ratio} =
	 * sum(requests_failed) / sum(requests_total), {@code null} when either series is missing or the total
	 * is zero (a missing failure series is missing data, not zero failures).
	 */
	static Double measure(Criterion criterion, Map<String, double[]> metrics) {
		if (metrics == null) {
			return null;
		}
		if (Criterion.ERROR_RATIO.equals(criterion.metric())) {
			double[] failed = metrics.get(Criterion.REQUESTS_FAILED);
			double[] total = metrics.get(Criterion.REQUESTS_TOTAL);
			if (failed == null || total == null) {
				return null;
			}
			double sumTotal = Arrays.stream(clean(total)).sum();
			if (sumTotal <= 0) {
				return null;
			}
			return Arrays.stream(clean(failed)).sum() / sumTotal;
		}
		double[] values = metrics.get(criterion.metric());
		if (values == null) {
			return null;
		}
		double[] clean = clean(values);
		if (clean.length == 0) {
			return null;
		}
		DescriptiveStatistics stats = new DescriptiveStatistics(clean);
		return switch (criterion.aggregate()) {
			case MEAN -> stats.getMean();
			case MAX -> stats.getMax();
			case MIN -> stats.getMin();
			default -> stats.getPercentile(criterion.aggregate().percentile());
		};
	}

	/**
	 * Resilience score in [0, 100]: 100 &times; the mean of per-criterion credits c<sub>i</sub>.
	 * <ul>
	 * <li>passed: c<sub>i</sub> = 1</li>
	 * <li>failed with measured value m and threshold t: c<sub>i</sub> = 0.5 &times; max(0, 1 &minus; r),
	 * r = |m &minus; t| / max(|t|, 1e-9): half credit at most, shrinking with the relative violation, so
	 * that any failure scores below any full pass and a near miss scores above a gross one</li>
	 * <li>no data: c<sub>i</sub> = 0</li>
	 * </ul>
	 * Example: two criteria, one passed, one {@code p95 < 500} measured 600 (r = 0.2):
	 * 100 &times; (1 + 0.4) / 2 = 70. Empty criteria give {@code null}.
	 */
	static Double resilienceScore(List<Criterion> criteria, List<ChaosResult.CriterionResult> results) {
		if (criteria.isEmpty()) {
			return null;
		}
		double sum = 0;
		for (int i = 0; i < criteria.size(); i++) {
			ChaosResult.CriterionResult result = results.get(i);
			if (result.passed()) {
				sum += 1;
			}
			else if (result.measured() != null) {
				double threshold = criteria.get(i).threshold();
				double r = Math.abs(result.measured() - threshold) / Math.max(Math.abs(threshold), 1e-9);
				sum += 0.5 * Math.max(0, 1 - r);
			}
		}
		return 100.0 * sum / criteria.size();
	}

}
