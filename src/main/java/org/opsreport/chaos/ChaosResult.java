package org.opsreport.chaos;

import java.util.List;

/**
 * The verdict on one chaos experiment (report.json {@code chaos[]}).
 *
 * @param id experiment id
 * @param name experiment name
 * @param status {@link #COMPLETED}, {@link #REFUSED} or {@link #NO_DATA}
 * @param verdict {@link #CONFIRMED} when every criterion passed, {@link #NOT_CONFIRMED} otherwise;
 * {@code null} unless completed
 * @param criteria per criterion: expression, measured value, passed (empty when refused for unparsable criteria)
 * @param resilienceScore 0..100, see {@link ChaosEvaluator#resilienceScore}; {@code null} unless completed
 * @param reasons why the experiment was refused or has no data; notes on criteria without data
 */
public record ChaosResult(String id, String name, String status, String verdict, List<CriterionResult> criteria,
		Double resilienceScore, List<String> reasons) {

	public static final String COMPLETED = "completed";

	public static final String REFUSED = "refused";

	public static final String NO_DATA = "no_data";

	public static final String CONFIRMED = "confirmed";

	public static final String NOT_CONFIRMED = "not_confirmed";

	public ChaosResult {
		criteria = List.copyOf(criteria);
		reasons = List.copyOf(reasons);
	}

	/**
	 * One criterion's outcome.
	 *
	 * @param expression the criterion as written
	 * @param measured the worst measured value over the target services ({@code null}: no data)
	 * @param passed true when the criterion held on every target service with data (false without data)
	 * @param service the target service where {@code measured} was observed
	 */
	public record CriterionResult(String expression, Double measured, boolean passed, String service) {
	}

}
