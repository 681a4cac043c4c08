package org.opsreport.forecast;

import java.util.Arrays;
import java.util.Map;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * Simple exponential smoothing (FPP 3rd ed., section 8.1): {@code l(t) = alpha*y(t) + (1-alpha)*l(t-1)},
 * {@code l(0) = y(0)}, flat forecast {@code f(o+h) = l(o-1)}. alpha in [0, 1] minimises the one-step
 * SSE (Brent). The candidate for series without a daily pattern, where seasonal naive just copies
 * yesterday's noise. Needs 10 points.
 */
final class ExponentialSmoothingModel implements ForecastModel {

	static final String NAME = "exponential-smoothing";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String unsupportedReason(int n, SeriesContext context) {
		return n >= 10 ? null : "exponential smoothing needs 10 points, have " + n;
	}

	@Override
	public Fitted fit(double[] y, int n, SeriesContext context) {
		double alpha = new BrentOptimizer(1e-6, 1e-8)
			.optimize(new MaxEval(200), new UnivariateObjectiveFunction(a -> sse(y, n, a)), GoalType.MINIMIZE,
					new SearchInterval(0, 1, 0.3))
			.getPoint();
		return fixed(alpha);
	}

	static Fitted fixed(double alpha) {
		return new Fitted() {
			@Override
			public Map<String, Double> parameters() {
				return Map.of("alpha", alpha);
			}

			@Override
			public double[] forecast(double[] y, int origin, int h) {
				double level = y[0];
				for (int t = 1; t < origin; t++) {
					level = alpha * y[t] + (1 - alpha) * level;
				}
				double[] f = new double[h];
				Arrays.fill(f, level);
				return f;
			}
		};
	}

	static double sse(double[] y, int n, double alpha) {
		double level = y[0];
		double sse = 0;
		for (int t = 1; t < n; t++) {
			double e = y[t] - level;
			sse += e * e;
			level += alpha * e;
		}
		return sse;
	}

}
