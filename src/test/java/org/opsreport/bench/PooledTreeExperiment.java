package org.opsreport.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

import org.opsreport.forecast.Accuracy;

/**
 * A pooled (global) gradient-boosted-trees model across all series of one night (issue 16, items 3-4), an
 * experiment for bench/forecast-pooled ({@link PooledTreeBench}); XGBoost4J (Chen &amp; Guestrin 2016,
 * "XGBoost: a scalable tree boosting system", KDD), Apache-2.0, a test-scope dependency only.
 * <p>
 * The model learns a <em>correction to seasonal naive</em> in each series' own MASE units, so that series of
 * any unit and noise level share the trees (the M4/M5 global-model recipe: per-series normalisation, one
 * model over all series; Montero-Manso &amp; Hyndman 2021, IJF 37(4); Januschowski et al. 2022, "Forecasting
 * with trees", IJF 38(4)). At origin {@code o} (the model sees {@code y[0..o-1]}) and lead {@code h}
 * (target index {@code t = o + h - 1}), with {@code s} the daily season, {@code r = y[t - s ceil(h/s)]} the
 * seasonal-naive forecast and {@code q} the series' in-sample seasonal-naive MAE (the MASE scale):
 * <pre>
 *   target  z = (y[t] - r) / q          forecast  y^[t] = r + q z^
 * </pre>
 * Features, every level feature as {@code (x - r) / q}: the means of the last 1..6 whole hours before the
 * origin, the last value, the mean of the last 24 hours, the same slot 2 days back and 7 days back (missing
 * when the window is shorter: trees route missing values), the mean of the same slot over the last 7 days;
 * the seasonal difference at the origin ({@code (mean of the last 6 h - the same 6 h a day earlier) / q},
 * a level-shift signal); the hour of day and the day of week of {@code t}, the lead in hours; and
 * {@code log(mean |y| / q)}, the series' signal-to-noise, so that trees can treat quiet and noisy series
 * apart. Training rows: origins every {@code originHours} hours inside each training window (targets never
 * beyond it), leads sampled once per hour; forecasts at every lead of the hold-out.
 * <p>
 * Quantiles (item 4): with {@code quantiles} the same features are fitted with XGBoost's quantile
 * (pinball) loss, {@code reg:quantileerror}, for the levels 0.025, 0.1, 0.9, 0.975 at once.
 */
final class PooledTreeExperiment {

	/** The quantile levels of the interval experiment: the 95 % and 80 % central intervals. */
	static final double[] LEVELS = { 0.025, 0.1, 0.9, 0.975 };

	private PooledTreeExperiment() {
	}

	/**
	 * One series of the night: its training window, the epoch second of its first value, its sampling step
	 * in seconds, and how many steps to forecast.
	 */
	record Series(double[] train, long startEpochSecond, long stepSeconds, int hold) {

		int season() {
			return (int) Math.max(1, 86400 / stepSeconds);
		}

		int stepsPerHour() {
			return (int) Math.max(1, 3600 / stepSeconds);
		}

	}

	/** Knobs of one variant. */
	record Settings(String objective, int rounds, int maxDepth, double eta, int originHours, double clip,
			boolean quantiles, int threads) {

		static Settings fromSystemProperties() {
			return new Settings(System.getProperty("bench.trees.objective", "reg:pseudohubererror"),
					Integer.getInteger("bench.trees.rounds", 300), Integer.getInteger("bench.trees.depth", 6),
					Double.parseDouble(System.getProperty("bench.trees.eta", "0.05")),
					Integer.getInteger("bench.trees.originHours", 6),
					Double.parseDouble(System.getProperty("bench.trees.clip", "10")),
					Boolean.getBoolean("bench.trees.quantiles"), Integer.getInteger("bench.trees.threads", 2));
		}

	}

	/** Per series: the point forecast and, when asked, the quantile forecasts {@code [level][lead]}. */
	record Forecast(double[] point, double[][] quantiles, double[] reference) {
	}

	static final int FEATURES = 17;

	/**
	 * Pooled forecasts of every series' hold-out ({@code hold} steps after its training window).
	 * @return per series the forecast, or null when the series is too short (under 3 days) or flat
	 */
	static List<Forecast> forecast(List<Series> night, Settings settings) throws XGBoostError {
		List<float[]> rows = new ArrayList<>();
		List<Float> targets = new ArrayList<>();
		for (Series series : night) {
			double[] y = series.train;
			int s = series.season();
			int sph = series.stepsPerHour();
			double q = scale(series);
			if (!(q > 0)) {
				continue;
			}
			double snr = signalToNoise(y, q);
			for (int o = 2 * s; o + series.hold <= y.length; o += settings.originHours * sph) {
				for (int h = sph; h <= series.hold; h += sph) {
					float[] f = features(series, y, o, h, q, snr);
					double r = reference(series, y, o, h);
					double z = (y[o + h - 1] - r) / q;
					rows.add(f);
					targets.add((float) Math.max(-settings.clip, Math.min(settings.clip, z)));
				}
			}
		}
		if (rows.size() < 100) {
			return null;
		}
		DMatrix train = trainingMatrix(rows, targets);
		Booster point = XGBoost.train(train, params(settings, settings.objective, null), settings.rounds, new HashMap<>(), null, null);
		Booster quantile = settings.quantiles
				? XGBoost.train(train, params(settings, "reg:quantileerror", LEVELS), settings.rounds, new HashMap<>(), null, null)
				: null;
		List<Forecast> out = new ArrayList<>();
		for (Series series : night) {
			double[] y = series.train;
			int s = series.season();
			double q = scale(series);
			if (!(q > 0) || y.length < 3 * s) {
				out.add(null);
				continue;
			}
			double snr = signalToNoise(y, q);
			int n = y.length;
			// a series that never went negative in its window is forecast non-negative (counts, CPU, bytes)
			double floor = java.util.Arrays.stream(y).min().orElse(0) >= 0 ? 0 : Double.NEGATIVE_INFINITY;
			float[] x = new float[series.hold * FEATURES];
			for (int h = 1; h <= series.hold; h++) {
				System.arraycopy(features(series, y, n, h, q, snr), 0, x, (h - 1) * FEATURES, FEATURES);
			}
			DMatrix m = new DMatrix(x, series.hold, FEATURES, Float.NaN);
			float[][] z = point.predict(m);
			float[][] zq = quantile == null ? null : quantile.predict(m);
			double[] f = new double[series.hold];
			double[] ref = new double[series.hold];
			double[][] qf = quantile == null ? null : new double[LEVELS.length][series.hold];
			for (int h = 1; h <= series.hold; h++) {
				double r = reference(series, y, n, h);
				f[h - 1] = Math.max(floor, r + q * z[h - 1][0]);
				ref[h - 1] = r;
				if (qf != null) {
					for (int k = 0; k < LEVELS.length; k++) {
						qf[k][h - 1] = Math.max(floor, r + q * zq[h - 1][k]);
					}
				}
			}
			m.dispose();
			out.add(new Forecast(f, qf, ref));
		}
		train.dispose();
		point.dispose();
		if (quantile != null) {
			quantile.dispose();
		}
		return out;
	}

	/**
	 * Stacking (a variant): the trees learn a correction to another forecast (opsreport's) from that forecast's
	 * errors on earlier, non-overlapping hold-outs of every series. {@code history}: per earlier hold-out its
	 * series (training window), the other forecast and what happened; {@code night}: per series its window and
	 * the other forecast to correct.
	 * @return per series of {@code night} the corrected forecast, or null when there is too little history
	 */
	static List<double[]> stack(List<Series> historySeries, List<double[]> historyForecasts, List<double[]> historyActuals,
			List<Series> night, List<double[]> nightForecasts, Settings settings) throws XGBoostError {
		List<float[]> rows = new ArrayList<>();
		List<Float> targets = new ArrayList<>();
		for (int k = 0; k < historySeries.size(); k++) {
			Series series = historySeries.get(k);
			double q = scale(series);
			if (!(q > 0) || series.train.length < 2 * series.season()) {
				continue;
			}
			double snr = signalToNoise(series.train, q);
			int n = series.train.length;
			for (int h = series.stepsPerHour(); h <= series.hold; h += series.stepsPerHour()) {
				double r = historyForecasts.get(k)[h - 1];
				rows.add(features(series, series.train, n, h, q, snr, r));
				double z = (historyActuals.get(k)[h - 1] - r) / q;
				targets.add((float) Math.max(-settings.clip, Math.min(settings.clip, z)));
			}
		}
		if (rows.size() < 100) {
			return null;
		}
		DMatrix train = trainingMatrix(rows, targets);
		Booster booster = XGBoost.train(train, params(settings, settings.objective, null), settings.rounds, new HashMap<>(), null, null);
		List<double[]> out = new ArrayList<>();
		for (int k = 0; k < night.size(); k++) {
			Series series = night.get(k);
			double[] other = nightForecasts.get(k);
			double q = scale(series);
			if (!(q > 0) || series.train.length < 2 * series.season()) {
				out.add(other);
				continue;
			}
			double snr = signalToNoise(series.train, q);
			int n = series.train.length;
			float[] x = new float[series.hold * FEATURES];
			for (int h = 1; h <= series.hold; h++) {
				System.arraycopy(features(series, series.train, n, h, q, snr, other[h - 1]), 0, x, (h - 1) * FEATURES, FEATURES);
			}
			DMatrix m = new DMatrix(x, series.hold, FEATURES, Float.NaN);
			float[][] z = booster.predict(m);
			m.dispose();
			double floor = java.util.Arrays.stream(series.train).min().orElse(0) >= 0 ? 0 : Double.NEGATIVE_INFINITY;
			double[] f = new double[series.hold];
			for (int h = 1; h <= series.hold; h++) {
				f[h - 1] = Math.max(floor, other[h - 1] + q * z[h - 1][0]);
			}
			out.add(f);
		}
		train.dispose();
		booster.dispose();
		return out;
	}

	private static Map<String, Object> params(Settings settings, String objective, double[] levels) {
		Map<String, Object> p = new HashMap<>();
		p.put("objective", objective);
		p.put("eta", settings.eta);
		p.put("max_depth", settings.maxDepth);
		p.put("min_child_weight", 20);
		p.put("subsample", 0.8);
		p.put("colsample_bytree", 0.8);
		p.put("tree_method", "hist");
		p.put("nthread", settings.threads);
		p.put("seed", 1);
		// the trees start from "no correction" (z = 0 is the reference itself): XGBoost's estimated intercept
		// would shift every series by the pooled mean correction, which costs most on the quiet series
		p.put("base_score", 0.0);
		p.put("verbosity", 0);
		if (objective.equals("reg:pseudohubererror")) {
			p.put("huber_slope", 1.0); // one MASE unit: errors beyond it count linearly, as in MASE itself
		}
		if (levels != null) {
			StringBuilder a = new StringBuilder("[");
			for (int k = 0; k < levels.length; k++) {
				a.append(k == 0 ? "" : ",").append(levels[k]);
			}
			p.put("quantile_alpha", a.append(']').toString());
		}
		return p;
	}

	/**
	 * The series' scale ({@code -Dbench.trees.scale}): {@code mase} the in-sample seasonal-naive MAE of the
	 * training window (the MASE scale), {@code median} the median absolute seasonal difference (robust to the
	 * spikes that inflate the mean on otherwise quiet series), never below 1 % of the MASE scale.
	 */
	static final String SCALE = System.getProperty("bench.trees.scale", "mase");

	static double scale(Series series) {
		double[] y = series.train;
		int s = series.season();
		if (y.length <= s) {
			return Double.NaN;
		}
		double mase = Accuracy.seasonalNaiveMae(y, y.length, s);
		if (SCALE.equals("mase")) {
			return mase;
		}
		double[] d = new double[y.length - s];
		for (int i = s; i < y.length; i++) {
			d[i - s] = Math.abs(y[i] - y[i - s]);
		}
		java.util.Arrays.sort(d);
		return Math.max(d[d.length / 2], 0.01 * mase);
	}

	private static double signalToNoise(double[] y, double q) {
		double sum = 0;
		for (double v : y) {
			sum += Math.abs(v);
		}
		return Math.log(Math.max(1e-9, sum / y.length) / q);
	}

	/** Features of lead {@code h} at origin {@code o}; see the class comment. */
	static float[] features(Series series, double[] y, int o, int h, double q, double snr) {
		return features(series, y, o, h, q, snr, reference(series, y, o, h));
	}

	/** The same features relative to a given reference {@code r} (e.g. another model's forecast, for stacking). */
	static float[] features(Series series, double[] y, int o, int h, double q, double snr, double r) {
		int s = series.season();
		int sph = series.stepsPerHour();
		int t = o + h - 1;
		float[] f = new float[FEATURES];
		int j = 0;
		for (int k = 1; k <= 6; k++) {
			f[j++] = rel(mean(y, o - k * sph, o - (k - 1) * sph), r, q);
		}
		f[j++] = rel(y[o - 1], r, q);
		f[j++] = rel(mean(y, o - 24 * sph, o), r, q);
		int twoDays = t - s * ((h + s - 1) / s) - s;
		f[j++] = twoDays >= 0 ? rel(y[twoDays], r, q) : Float.NaN;
		int week = t - 7 * s * ((h + 7 * s - 1) / (7 * s));
		f[j++] = week >= 0 ? rel(y[week], r, q) : Float.NaN;
		double slot = 0;
		int days = 0;
		for (int d = 1; d <= 7; d++) {
			int i = t - d * s;
			while (i >= o) {
				i -= s;
			}
			if (i >= 0) {
				slot += y[i];
				days++;
			}
		}
		f[j++] = rel(slot / days, r, q);
		f[j - 1] = REFERENCE.equals("snaive") ? f[j - 1] : rel(y[t - s * ((h + s - 1) / s)], r, q);
		f[j++] = (float) ((mean(y, o - 6 * sph, o) - mean(y, o - 6 * sph - s, o - s)) / q);
		long epoch = series.startEpochSecond + (long) t * series.stepSeconds;
		f[j++] = (float) ((epoch % 86400) / 3600.0);
		f[j++] = (float) (Math.floorMod(Math.floorDiv(epoch, 86400) + 3, 7)); // 0 = Monday (1970-01-01 was a Thursday)
		f[j++] = (float) h / sph;
		f[j++] = (float) snr;
		f[j++] = (float) (r / q);
		return f;
	}

	/**
	 * What the trees correct ({@code -Dbench.trees.reference}): {@code snaive} the seasonal-naive forecast,
	 * {@code slot} the mean of the same time of day over the last 7 days (a seasonal profile), {@code blend}
	 * the profile shifted by how far the last 6 hours ran above their own profile.
	 */
	static final String REFERENCE = System.getProperty("bench.trees.reference", "snaive");

	static double reference(Series series, double[] y, int o, int h) {
		int s = series.season();
		int t = o + h - 1;
		if (REFERENCE.equals("snaive")) {
			return y[t - s * ((h + s - 1) / s)];
		}
		double profile = slotMean(y, t, o, s);
		if (REFERENCE.equals("slot")) {
			return profile;
		}
		int sph = series.stepsPerHour();
		double shift = 0;
		for (int i = o - 6 * sph; i < o; i++) {
			shift += y[i] - slotMean(y, i, o, s);
		}
		return profile + shift / (6 * sph);
	}

	private static double slotMean(double[] y, int t, int o, int s) {
		double slot = 0;
		int days = 0;
		for (int d = 1; d <= 7; d++) {
			int i = t - d * s;
			while (i >= o) {
				i -= s;
			}
			if (i >= 0) {
				slot += y[i];
				days++;
			}
		}
		return slot / days;
	}

	private static float rel(double x, double r, double q) {
		return (float) ((x - r) / q);
	}

	private static double mean(double[] y, int from, int to) {
		from = Math.max(0, from);
		if (to <= from) {
			return Double.NaN;
		}
		double sum = 0;
		for (int i = from; i < to; i++) {
			sum += y[i];
		}
		return sum / (to - from);
	}

	/** The rows and their targets as one XGBoost training matrix (missing features are NaN). */
	private static DMatrix trainingMatrix(List<float[]> rows, List<Float> targets) throws XGBoostError {
		float[] flat = new float[rows.size() * FEATURES];
		float[] label = new float[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			System.arraycopy(rows.get(i), 0, flat, i * FEATURES, FEATURES);
			label[i] = targets.get(i);
		}
		DMatrix train = new DMatrix(flat, rows.size(), FEATURES, Float.NaN);
		train.setLabel(label);
		return train;
	}

}
