package org.opsreport.forecast;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Additive Holt-Winters with a daily season of {@code s} steps and a damped trend
 * (Hyndman &amp; Athanasopoulos, FPP 3rd ed., section 8.3, "Holt-Winters' damped method"; Gardner
 * &amp; McKenzie 1985). For {@code t >= s}:
 * <pre>
 * yhat(t) = l + phi*b + s(t-s)
 * l'      = alpha*(y(t) - s(t-s)) + (1-alpha)*(l + phi*b)
 * b'      = beta*(l' - l) + (1-beta)*phi*b
 * s(t)    = gamma*(y(t) - l') + (1-gamma)*s(t-s)
 * f(o+h)  = l + (phi + ... + phi^h)*b + s(o - s + ((h-1) mod s))
 * </pre>
 * Initial state from the first two days: {@code l = mean(day 1)}, {@code b = (mean(day 2) - mean(day 1)) / s},
 * {@code s(i) = y(i) - mean(day 1)}. The damping keeps a 48-hour extrapolation of a short-lived
 * slope from running away ({@code phi = 1} is the classic undamped method). alpha, beta, gamma in
 * [0, 1] and phi in [0.8, 1] minimise the one-step-ahead sum of squared errors, by BOBYQA
 * (Powell 2009). Needs two full days.
 */
final class HoltWintersModel implements ForecastModel {

	static final String NAME = "holt-winters";

	static final int MAX_EVALUATIONS = 1500;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String unsupportedReason(int n, SeriesContext context) {
		return context.season() < 2 ? "Holt-Winters needs a daily season of two or more points"
				: ForecastModel.needsPoints(n, 2 * context.season() + 2, "Holt-Winters needs two full days");
	}

	@Override
	public Fitted fit(double[] y, int n, SeriesContext context) {
		int s = context.season();
		double[] start = { 0.3, 0.05, 0.1, 0.95 };
		// remembers the best point evaluated, so that hitting the evaluation limit still yields a fit
		double[] bestPoint = start.clone();
		double[] bestValue = { Double.POSITIVE_INFINITY };
		MultivariateFunction sse = p -> {
			double v = run(y, n, s, p[0], p[1], p[2], p[3], 0, null);
			if (v < bestValue[0]) {
				bestValue[0] = v;
				System.arraycopy(p, 0, bestPoint, 0, p.length);
			}
			return v;
		};
		BOBYQAOptimizer optimizer = new BOBYQAOptimizer(9, 0.05, 1e-5);
		try {
			optimizer.optimize(new MaxEval(MAX_EVALUATIONS), new ObjectiveFunction(sse), GoalType.MINIMIZE,
					new InitialGuess(start),
					new SimpleBounds(new double[] { 0, 0, 0, 0.8 }, new double[] { 1, 1, 1, 1 }));
		}
		catch (TooManyEvaluationsException ex) {
			// keep the best point seen: the SSE surface is flat near the optimum, more evaluations gain little
		}
		catch (MathIllegalStateException ex) {
			// "trust region step has failed to reduce Q": BOBYQA's quadratic model broke down on a flat or
			// noisy SSE surface (seen on short hourly series); the best point seen so far is still a valid fit
		}
		double[] p = bestPoint;
		return fixed(s, p[0], p[1], p[2], p[3]);
	}

	static Fitted fixed(int s, double alpha, double beta, double gamma, double phi) {
		return new Fitted() {
			@Override
			public Map<String, Double> parameters() {
				Map<String, Double> m = new LinkedHashMap<>();
				m.put("alpha", alpha);
				m.put("beta", beta);
				m.put("gamma", gamma);
				m.put("phi", phi);
				return m;
			}

			@Override
			public double[] forecast(double[] y, int origin, int h) {
				double[] f = new double[h];
				run(y, origin, s, alpha, beta, gamma, phi, h, f);
				return f;
			}
		};
	}

	/**
	 * Runs the filter over {@code y[0..n)}; returns the one-step SSE and, when {@code out} is not
	 * null, writes the h-step forecasts from origin n into it.
	 */
	static double run(double[] y, int n, int s, double alpha, double beta, double gamma, double phi, int h,
			double[] out) {
		double[] season = new double[n + s];
		double m1 = 0;
		double m2 = 0;
		for (int i = 0; i < s; i++) {
			m1 += y[i];
			m2 += y[s + i];
		}
		m1 /= s;
		m2 /= s;
		double level = m1;
		double trend = (m2 - m1) / s;
		for (int i = 0; i < s; i++) {
			season[i] = y[i] - m1;
		}
		// the first day only initialises; the state is "as of" the end of day 1 with level m1
		double sse = 0;
		for (int t = s; t < n; t++) {
			double st = season[t - s];
			double yhat = level + phi * trend + st;
			double e = y[t] - yhat;
			sse += e * e;
			double newLevel = alpha * (y[t] - st) + (1 - alpha) * (level + phi * trend);
			trend = beta * (newLevel - level) + (1 - beta) * phi * trend;
			level = newLevel;
			season[t] = gamma * (y[t] - level) + (1 - gamma) * st;
		}
		if (out != null) {
			double damp = 0;
			double phiPow = 1;
			for (int k = 1; k <= h; k++) {
				phiPow *= phi;
				damp += phiPow;
				out[k - 1] = level + damp * trend + season[n - s + ((k - 1) % s)];
			}
		}
		return sse;
	}

}
