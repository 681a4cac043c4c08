package org.opsreport.chaos;

import java.util.Locale;

/**
 * One machine-checkable success criterion: {@code <metric> [aggregate] <op> <threshold>}.
 *
 * @param expression the criterion as written (trimmed)
 * @param metric a stored metric name, or the derived {@link #ERROR_RATIO}
 * @param aggregate how the metric's samples in the window are reduced to one number
 * @param comparison the operator
 * @param threshold the number compared against
 */
public record Criterion(String expression, String metric, Aggregate aggregate, Comparison comparison,
		double threshold) {

	/**
	 * Derived metric: sum(requests_failed) / sum(requests_total) over the window. It is a ratio of sums,
	 * so it takes no aggregate.
	 */
	public static final String ERROR_RATIO = "error_ratio";

	/** Metric of failed requests used by {@link #ERROR_RATIO}. */
	public static final String REQUESTS_FAILED = "requests_failed";

	/** Metric of all requests used by {@link #ERROR_RATIO}. */
	public static final String REQUESTS_TOTAL = "requests_total";

	/** Reduction of a window of samples. Percentiles use commons-math3 {@code Percentile} default estimation. */
	public enum Aggregate {

		MEAN(Double.NaN), MAX(Double.NaN), MIN(Double.NaN), P50(50), P90(90), P95(95), P99(99);

		private final double percentile;

		Aggregate(double percentile) {
			this.percentile = percentile;
		}

		/** The percentile (0..100) for P50..P99, NaN for the others. */
		public double percentile() {
			return percentile;
		}

		public String label() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** Comparison operator; the criterion passes when {@code measured op threshold} holds. */
	public enum Comparison {

		LT("<"), LE("<="), GT(">"), GE(">=");

		private final String symbol;

		Comparison(String symbol) {
			this.symbol = symbol;
		}

		public String symbol() {
			return symbol;
		}

		public boolean test(double measured, double threshold) {
			return switch (this) {
				case LT -> measured < threshold;
				case LE -> measured <= threshold;
				case GT -> measured > threshold;
				case GE -> measured >= threshold;
			};
		}

		/** True for {@code <} and {@code <=}: larger measured values are worse. */
		public boolean upperBound() {
			return this == LT || this == LE;
		}

	}

}
