package org.opsreport.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Trains one series: fits every candidate model that the series' length allows, evaluates them by a
 * rolling-origin backtest (Tashman 2000, "Out-of-sample tests of forecasting accuracy", IJF 16(4)),
 * picks the best by MASE, and forecasts the horizon with prediction intervals calibrated from the
 * backtest errors.
 * <p>
 * Backtest: origins {@code o_k = n - L - k * spacing} ({@code k = 0 .. K-1}), each forecasting
 * {@code L = min(horizon, n - minOrigin)} steps. Parameters are fitted once on {@code y[0 .. o_min)}
 * (before the earliest origin, so no backtest target is seen while fitting); each origin only re-runs
 * the model's filter. The chosen model is refitted on the whole series for the final forecast.
 * <p>
 * Candidates: seasonal naive, the seed's moving-average model, seasonal mean and seasonal median over
 * the last k days, the median of a recent window, simple exponential smoothing, damped additive
 * Holt-Winters, and from two weeks of history on weekly seasonal naive and Fourier regression
 * (daily + weekly) with AR errors; and the step-wise median of the best {@code combinationSize} of
 * them by backtest MAE (forecast combinations: Bates &amp; Granger 1969; M4 competition, Makridakis et
 * al. 2020). The naive method stands in when the series is shorter than a day.
 * <p>
 * Selection is shrunk towards the combination: the best individual model is chosen only when it
 * beats the combination overall and at at least {@link #MIN_WIN_SHARE} of the origins
 * ({@link #prefersIndividual}); otherwise the combination is. The backtest windows overlap (10
 * origins 6 hours apart, 48-hour windows), so a backtest advantage won in one stretch is mostly
 * noise, and a combination loses little when one member would have been best, but gains a lot when
 * the backtest winner was a fluke.
 * <p>
 * Stateless and thread-safe: every call works on its own arrays.
 */
public final class ForecastEngine {

	/** Fewer points than this give no forecast at all. */
	public static final int MIN_POINTS = 6;

	/** Target number of backtest errors behind each lead's quantiles (pooled over neighbouring leads). */
	static final int MIN_POOL = 60;

	static final String COMBINATION = "combination";

	/** Most origins whose errors calibrate the intervals (the backtest's and older ones, same spacing). */
	static final int MAX_CALIBRATION_ORIGINS = 40;

	/**
	 * An individual model is chosen over the combination only when it has the lower backtest MAE at
	 * at least this share of the backtest origins (and overall); see {@link #prefersIndividual}.
	 */
	static final double MIN_WIN_SHARE = 0.8;

	private static final List<ForecastModel> MODELS = List.of(new SeasonalNaiveModel(), new SeedMovingAverageModel(),
			new SeasonalProfileModel(false), new SeasonalProfileModel(true), new RecentMedianModel(),
			new ExponentialSmoothingModel(), new HoltWintersModel(), new SeasonalNaiveModel(7),
			new FourierRegressionModel());

	private ForecastEngine() {
	}

	/**
	 * Convenience for the pipeline: prepares raw samples ({@link SeriesPreparation#prepare(Instant[], double[])}),
	 * derives the value domain from the metric name ({@link ValueDomain#forMetric}) and trains.
	 * @param timestamps sample times (any order, irregular, gaps allowed)
	 * @param values sample values (NaN ignored)
	 * @param metricName metric name, for the value domain
	 * @param settings horizon and backtest settings
	 */
	public static ForecastResult train(Instant[] timestamps, double[] values, String metricName,
			ForecastSettings settings) {
		return train(timestamps, values, metricName, settings, TimeOfDayNormalization.OFF);
	}

	/**
	 * {@link #train(Instant[], double[], String, ForecastSettings)} with the intervals' errors normalized by time
	 * of day as {@code normalization} says ({@code opsreport.forecast.intervals.time-of-day}).
	 */
	public static ForecastResult train(Instant[] timestamps, double[] values, String metricName,
			ForecastSettings settings, TimeOfDayNormalization normalization) {
		RegularSeries series = SeriesPreparation.prepare(timestamps, values);
		return train(series, ValueDomain.forMetric(metricName, values), settings, normalization);
	}

	/**
	 * Trains, selects and forecasts one series.
	 * @param series regular series (see {@link SeriesPreparation}); the whole of it is the training window
	 * @param domain value range; forecasts, bounds and backtest forecasts are clamped to it
	 * @param settings horizon and backtest settings
	 * @return the result; model {@code none} with an explanatory message when the series has fewer than
	 * {@link #MIN_POINTS} points
	 */
	public static ForecastResult train(RegularSeries series, ValueDomain domain, ForecastSettings settings) {
		return train(series, domain, settings, TimeOfDayNormalization.OFF);
	}

	/**
	 * {@link #train(RegularSeries, ValueDomain, ForecastSettings)} with the interval errors normalized by the
	 * time-of-day spread ({@link TimeOfDaySpread}) before pooling, as {@code normalization} says (the job's
	 * default: beta 0.5, {@code opsreport.forecast.intervals.time-of-day}, {@link IntervalProperties}).
	 */
	public static ForecastResult train(RegularSeries series, ValueDomain domain, ForecastSettings settings,
			TimeOfDayNormalization normalization) {
		Objects.requireNonNull(normalization, "normalization");
		Objects.requireNonNull(series, "series");
		Objects.requireNonNull(domain, "domain");
		Objects.requireNonNull(settings, "settings");
		double[] y = series.valuesNoCopy();
		int n = y.length;
		Duration step = series.step();
		int s = SeriesPreparation.season(step);
		int horizon = (int) Math.max(1, ceilDiv(settings.horizon().toSeconds(), step.toSeconds()));
		ForecastModel.SeriesContext context = new ForecastModel.SeriesContext(series.start(), step, s);
		List<String> messages = new ArrayList<>();
		if (series.filledPoints() > 0) {
			messages.add(String.format(Locale.ROOT, "%d of %d points (%.1f%%) were missing and filled in",
					series.filledPoints(), n, 100.0 * series.filledPoints() / n));
		}
		for (double v : y) {
			if (!Double.isFinite(v)) {
				throw new IllegalArgumentException("series holds a non-finite value; prepare it with SeriesPreparation");
			}
		}
		if (n < MIN_POINTS) {
			messages.add("only " + n + " points (< " + MIN_POINTS + "): no forecast");
			return new ForecastResult("none", Map.of(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
					Double.NaN, n, List.of(), Map.of(), messages, null, domain, IntervalScores.NONE);
		}

		// backtest plan
		int minOrigin = Math.min(n - 1, (n > s) ? Math.max(s + 1, n / 3) : Math.max(2, n / 2));
		int lead = Math.min(horizon, n - minOrigin);
		int spacing = (int) Math.max(1, Math.round((double) settings.originSpacing().toSeconds() / step.toSeconds()));
		List<Integer> originList = new ArrayList<>();
		for (int k = 0; k < settings.backtestOrigins(); k++) {
			int o = n - lead - k * spacing;
			if (o < minOrigin) {
				break;
			}
			originList.add(o);
		}
		int[] origins = originList.stream().mapToInt(Integer::intValue).toArray();
		int fitN = origins[origins.length - 1];
		if (lead < horizon) {
			messages.add("backtest covers only " + lead + " of " + horizon
					+ " forecast steps (series too short); intervals beyond are widened by sqrt(lead)");
		}
		if (origins.length < settings.backtestOrigins()) {
			messages.add("backtest uses " + origins.length + " of " + settings.backtestOrigins()
					+ " origins (series too short)");
		}
		double[][] actual = new double[origins.length][lead];
		for (int k = 0; k < origins.length; k++) {
			System.arraycopy(y, origins[k], actual[k], 0, lead);
		}

		double scale;
		if (n > s) {
			scale = Accuracy.seasonalNaiveMae(y, n, s);
		}
		else {
			scale = Accuracy.seasonalNaiveMae(y, n, 1);
			messages.add("series shorter than one day: MASE is scaled by the naive (previous value) error");
		}
		if (!(scale > 0)) {
			messages.add("the in-sample seasonal-naive error is zero: MASE is undefined unless the forecast is exact");
		}

		// candidates
		List<Candidate> candidates = new ArrayList<>();
		List<ForecastModel> models = new ArrayList<>(MODELS);
		if (n <= s) {
			models.add(0, new NaiveModel());
		}
		for (ForecastModel model : models) {
			String reason = model.unsupportedReason(n, context);
			boolean weekly = model instanceof FourierRegressionModel || model.name().equals(SeasonalNaiveModel.WEEKLY_NAME);
			if (reason == null && weekly && n < FourierRegressionModel.MIN_DAYS_TOTAL * s) {
				reason = model.name() + " needs " + FourierRegressionModel.MIN_DAYS_TOTAL + " days ("
						+ FourierRegressionModel.MIN_DAYS_TOTAL * s + " points) to see the weekly cycle twice";
			}
			if (reason != null) {
				messages.add("only " + n + " points: " + model.name() + " skipped (" + reason + ")");
				continue;
			}
			String fitReason = model.unsupportedReason(fitN, context);
			if (fitReason != null) {
				messages.add(model.name() + " not evaluated: only " + fitN + " points before the first backtest origin ("
						+ fitReason + ")");
				continue;
			}
			try {
				ForecastModel.Fitted fitted = model.fit(y, fitN, context);
				double[][] f = new double[origins.length][];
				for (int k = 0; k < origins.length; k++) {
					f[k] = clamp(fitted.forecast(y, origins[k], lead), domain);
				}
				candidates.add(new Candidate(model.name(), List.of(model), List.of(fitted), f, actual));
			}
			catch (RuntimeException ex) {
				messages.add(model.name() + " failed to fit and was skipped: " + ex.getMessage());
			}
		}
		candidates.removeIf(c -> !Double.isFinite(c.mae));
		if (candidates.isEmpty()) {
			messages.add("no model could be fitted");
			return new ForecastResult("none", Map.of(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
					Double.NaN, n, List.of(), Map.of(), messages, null, domain, IntervalScores.NONE);
		}
		Candidate seasonalNaive = candidates.stream()
			.filter(c -> c.name.equals(SeasonalNaiveModel.NAME))
			.findFirst()
			.orElse(null);
		List<Candidate> ranked = new ArrayList<>(candidates);
		ranked.sort(Comparator.comparingDouble(c -> c.mae));
		int size = Math.min(settings.combinationSize(), ranked.size());
		if (size >= 2) {
			candidates.add(Candidate.combination(ranked.subList(0, size), actual));
		}
		// shrink the selection towards the combination: the best individual model replaces it only when
		// it wins consistently across the origins (the windows overlap, one lucky stretch is not enough)
		Candidate chosen = ranked.get(0);
		if (size >= 2) {
			Candidate combination = candidates.get(candidates.size() - 1);
			if (!prefersIndividual(chosen.maeByOrigin, combination.maeByOrigin)) {
				chosen = combination;
			}
		}
		Map<String, Double> candidateMase = new LinkedHashMap<>();
		for (Candidate c : candidates) {
			candidateMase.put(c.name, Accuracy.scaled(c.mae, scale));
		}

		// final forecast: refit the chosen model(s) on the whole window
		double[][] memberForecasts = new double[chosen.models.size()][];
		Map<String, Double> parameters = new LinkedHashMap<>();
		for (int m = 0; m < chosen.models.size(); m++) {
			ForecastModel model = chosen.models.get(m);
			ForecastModel.Fitted fitted;
			try {
				fitted = model.fit(y, n, context);
			}
			catch (RuntimeException ex) {
				fitted = chosen.fitted.get(m);
				messages.add(model.name() + " could not be refitted on the whole window (" + ex.getMessage()
						+ "); its backtest parameters are used");
			}
			memberForecasts[m] = clamp(fitted.forecast(y, n, horizon), domain);
			String prefix = chosen.models.size() > 1 ? model.name() + "." : "";
			fitted.parameters().forEach((k, v) -> parameters.put(prefix + k, v));
		}
		double[] forecast = clamp(medianOf(memberForecasts, horizon), domain);

		// intervals from the chosen forecast's errors at the backtest origins and at older ones; with the
		// time-of-day normalization on, each divided by the spread of its target's slot of the day before
		// pooling (TimeOfDaySpread) and scaled back by the forecast step's (off: every spread is 1)
		Calibration cal = calibration(y, origins, spacing, lead, chosen, actual, context, domain, s);
		TimeOfDaySpread spread = normalization.enabled() ? TimeOfDaySpread.of(y, n, s, normalization.beta())
				: TimeOfDaySpread.NONE;
		double[][] targetSpread = targetSpread(spread, cal.origins(), lead);
		double[][] errors = normalized(cal.errors(), targetSpread);
		int halfWidth = poolHalfWidth(errors.length, lead);
		double[][] pools = new double[lead][];
		for (int h = 0; h < lead; h++) {
			pools[h] = pool(errors, h, halfWidth, -1);
			Arrays.sort(pools[h]);
		}
		double effectiveSize = CalibratedErrors.effectiveSize(errors, halfWidth);
		double[] stepSpread = new double[horizon];
		for (int i = 0; i < horizon; i++) {
			stepSpread[i] = spread.at(n + i);
		}
		CalibratedErrors calibrated = new CalibratedErrors(pools, horizon, effectiveSize, stepSpread);
		int[] bandEnds = bandEnds(step, lead);
		List<ForecastPoint> points = new ArrayList<>(horizon);
		for (int i = 0; i < horizon; i++) {
			double f = forecast[i];
			points.add(new ForecastPoint(series.timeAt(n + i), f, domain.clamp(f + calibrated.quantile(i, 10)),
					domain.clamp(f + calibrated.quantile(i, 90)), domain.clamp(f + calibrated.quantile(i, 2.5)),
					domain.clamp(f + calibrated.quantile(i, 97.5))));
		}
		IntervalScores scores = coverage(cal.actual(), cal.forecasts(), errors, targetSpread, halfWidth, domain,
				effectiveSize, scale, bandEnds);
		double[] coverage = { scores.coverage80(), scores.coverage95() };
		if (cal.actual().length < 2) {
			messages.add("only one backtest origin: interval coverage is measured in-sample");
		}
		return new ForecastResult(chosen.name, parameters, Accuracy.scaled(chosen.mae, scale), chosen.smape,
				seasonalNaive == null ? Double.NaN : Accuracy.scaled(seasonalNaive.mae, scale),
				seasonalNaive == null ? Double.NaN : seasonalNaive.smape, coverage[0], coverage[1], n, points,
				candidateMase, messages, calibrated, domain, scores);
	}

	/**
	 * Half-width of the lead window pooled for each lead's quantiles: enough leads to reach about
	 * {@link #MIN_POOL} errors, and at least 1/48 of the backtest horizon (neighbouring 5-minute leads
	 * are nearly the same error, so they add little information one by one).
	 */
	static int poolHalfWidth(int origins, int lead) {
		int byCount = (int) Math.ceil((MIN_POOL / (double) origins - 1) / 2);
		return Math.max(0, Math.min(lead - 1, Math.max(byCount, lead / 48)));
	}

	/** The spread of each calibration target's slot: {@code spread.at(origins[k] + h)} per origin and lead. */
	static double[][] targetSpread(TimeOfDaySpread spread, int[] origins, int lead) {
		double[][] out = new double[origins.length][lead];
		for (int k = 0; k < origins.length; k++) {
			for (int h = 0; h < lead; h++) {
				out[k][h] = spread.at(origins[k] + h);
			}
		}
		return out;
	}

	/** Errors divided by their targets' spread, {@code e[k][h] / spread[k][h]} (normalized nonconformity scores). */
	static double[][] normalized(double[][] errors, double[][] spread) {
		double[][] out = new double[errors.length][];
		for (int k = 0; k < errors.length; k++) {
			out[k] = new double[errors[k].length];
			for (int h = 0; h < errors[k].length; h++) {
				out[k][h] = errors[k][h] / spread[k][h];
			}
		}
		return out;
	}

	/** Errors of all origins except {@code skipOrigin} at leads {@code h +- halfWidth}. */
	static double[] pool(double[][] errors, int h, int halfWidth, int skipOrigin) {
		int lead = errors[0].length;
		int from = Math.max(0, h - halfWidth);
		int to = Math.min(lead - 1, h + halfWidth);
		int origins = errors.length - (skipOrigin >= 0 ? 1 : 0);
		double[] pool = new double[origins * (to - from + 1)];
		int c = 0;
		for (int k = 0; k < errors.length; k++) {
			if (k == skipOrigin) {
				continue;
			}
			for (int j = from; j <= to; j++) {
				pool[c++] = errors[k][j];
			}
		}
		return pool;
	}

	/**
	 * Interval scores in the calibration backtest, leave-one-origin-out: each origin's intervals are
	 * calibrated from the other origins' errors only (at the finite-sample levels for
	 * {@code effectiveSize * (K - 1) / K} errors, as the final intervals are), so the figures estimate
	 * what unseen data will see: coverage of the 80 % and 95 % intervals overall and per horizon band,
	 * the M4 MSIS of the 95 % interval ({@link Accuracy#msis}, scaled by {@code scale}) and the Winkler
	 * score of the 80 % interval ({@link Accuracy#winkler}, in the series' unit). Leads are sampled
	 * every {@code max(1, lead / 48)} steps (neighbouring 5-minute leads carry nearly the same error).
	 * With a single origin it falls back to in-sample figures.
	 * @param errors normalized errors per origin and lead (errors divided by {@code spread})
	 * @param spread the spread of each target's slot of the day ({@link TimeOfDaySpread}), per origin and lead
	 * @param bandEnds exclusive lead index where each horizon band ends (first 6 h, 6-24 h, beyond)
	 */
	static IntervalScores coverage(double[][] actual, double[][] forecast, double[][] errors, double[][] spread,
			int halfWidth, ValueDomain domain, double effectiveSize, double scale, int[] bandEnds) {
		int origins = actual.length;
		double restSize = (origins > 1) ? effectiveSize * (origins - 1) / origins : effectiveSize;
		double lo80 = CalibratedErrors.conformalLevel(10, restSize);
		double hi80 = CalibratedErrors.conformalLevel(90, restSize);
		double lo95 = CalibratedErrors.conformalLevel(2.5, restSize);
		double hi95 = CalibratedErrors.conformalLevel(97.5, restSize);
		int lead = actual[0].length;
		int stride = Math.max(1, lead / 48);
		int bands = bandEnds.length;
		int[] in80 = new int[bands];
		int[] in95 = new int[bands];
		int[] total = new int[bands];
		double winkler80 = 0;
		double winkler95 = 0;
		int band = 0;
		for (int h = 0; h < lead; h += stride) {
			while (band < bands - 1 && h >= bandEnds[band]) {
				band++;
			}
			double[] all = pool(errors, h, halfWidth, -1);
			Arrays.sort(all);
			double[] rest = new double[all.length];
			for (int k = 0; k < origins; k++) {
				int n = all.length;
				if (origins > 1) {
					// the sorted pool without origin k's errors: remove each of its values once
					double[] own = pool(new double[][] { errors[k] }, h, halfWidth, -1);
					Arrays.sort(own);
					n = 0;
					int j = 0;
					for (double v : all) {
						if (j < own.length && v == own[j]) {
							j++;
						}
						else {
							rest[n++] = v;
						}
					}
				}
				else {
					System.arraycopy(all, 0, rest, 0, n);
				}
				double f = forecast[k][h];
				double a = actual[k][h];
				double sp = spread[k][h];
				double l80 = domain.clamp(f + sp * CalibratedErrors.quantileOfSorted(rest, n, lo80));
				double u80 = domain.clamp(f + sp * CalibratedErrors.quantileOfSorted(rest, n, hi80));
				double l95 = domain.clamp(f + sp * CalibratedErrors.quantileOfSorted(rest, n, lo95));
				double u95 = domain.clamp(f + sp * CalibratedErrors.quantileOfSorted(rest, n, hi95));
				in80[band] += (a >= l80 && a <= u80) ? 1 : 0;
				in95[band] += (a >= l95 && a <= u95) ? 1 : 0;
				total[band]++;
				winkler80 += Accuracy.winklerTerm(a, l80, u80, 0.2);
				winkler95 += Accuracy.winklerTerm(a, l95, u95, 0.05);
			}
		}
		int all80 = 0;
		int all95 = 0;
		int count = 0;
		IntervalScores.Band[] byBand = new IntervalScores.Band[3];
		for (int b = 0; b < 3; b++) {
			byBand[b] = (b < bands && total[b] > 0)
					? new IntervalScores.Band((double) in80[b] / total[b], (double) in95[b] / total[b])
					: IntervalScores.Band.NONE;
			if (b < bands) {
				all80 += in80[b];
				all95 += in95[b];
				count += total[b];
			}
		}
		return new IntervalScores((double) all80 / count, (double) all95 / count,
				Accuracy.scaled(winkler95 / count, scale), winkler80 / count, byBand[0], byBand[1], byBand[2]);
	}

	static int bandOf(int h, int[] bandEnds) {
		int b = 0;
		while (b < bandEnds.length - 1 && h >= bandEnds[b]) {
			b++;
		}
		return b;
	}

	/**
	 * Exclusive lead indices where the horizon bands end: the first 6 hours, 6 to 24 hours, and the rest
	 * (24 to 48 hours at the default horizon), each clipped to the backtest's leads.
	 */
	static int[] bandEnds(Duration step, int lead) {
		long seconds = step.toSeconds();
		return new int[] { (int) Math.min(lead, Duration.ofHours(6).toSeconds() / seconds),
				(int) Math.min(lead, Duration.ofHours(24).toSeconds() / seconds), lead };
	}

	/**
	 * The chosen forecast's errors behind the intervals: at the backtest origins and at older origins
	 * at the same spacing, back to {@link #MAX_CALIBRATION_ORIGINS} in all or to the first origin from
	 * which every member of the chosen forecast can forecast (its minimum history), so that the errors
	 * cover many days of the window instead of the last few (the backtest's 48-hour windows 6 hours
	 * apart all end in the same four days). The older origins' forecasts use parameters fitted once more,
	 * on the data before the oldest of them (the backtest's parameters saw their targets; in-sample
	 * errors are too small, most at the far leads), and only re-run the filter per origin; when that
	 * fit fails, the backtest's parameters stand in.
	 * <p>
	 * (Errors scaled by the level of the series at their origin, and levels recalibrated on the
	 * origins' forward record, were measured and rejected: bench/README.md.)
	 */
	static Calibration calibration(double[] y, int[] origins, int spacing, int lead, Candidate chosen,
			double[][] backtestActual, ForecastModel.SeriesContext context, ValueDomain domain, int s) {
		// origins newest first, like the backtest's
		List<Integer> all = new ArrayList<>();
		for (int o : origins) {
			all.add(o);
		}
		int o = origins[origins.length - 1] - spacing;
		int minHistory = Math.max(2, Math.min(s + 1, origins[origins.length - 1]));
		while (all.size() < MAX_CALIBRATION_ORIGINS && o >= minHistory && canForecastFrom(chosen, o, context)) {
			all.add(o);
			o -= spacing;
		}
		int count = all.size();
		// the older origins' forecasts come from parameters fitted before the oldest of them, so that none of
		// their targets was seen while fitting (the backtest's parameters saw them)
		List<ForecastModel.Fitted> olderFits = chosen.fitted;
		if (count > origins.length) {
			int oldest = all.get(count - 1);
			List<ForecastModel.Fitted> refitted = new ArrayList<>();
			try {
				for (ForecastModel model : chosen.models) {
					refitted.add(model.fit(y, oldest, context));
				}
				olderFits = refitted;
			}
			catch (RuntimeException ex) {
				// keep the backtest's parameters for the older origins
			}
		}
		double[][] actual = new double[count][];
		double[][] forecasts = new double[count][];
		for (int k = 0; k < count; k++) {
			int origin = all.get(k);
			if (k < origins.length) {
				actual[k] = backtestActual[k];
				forecasts[k] = chosen.forecasts[k];
			}
			else {
				actual[k] = Arrays.copyOfRange(y, origin, origin + lead);
				double[][] members = new double[olderFits.size()][];
				for (int m = 0; m < members.length; m++) {
					members[m] = clamp(olderFits.get(m).forecast(y, origin, lead), domain);
				}
				forecasts[k] = clamp(medianOf(members, lead), domain);
			}
		}
		double[][] errors = new double[count][lead];
		for (int k = 0; k < count; k++) {
			for (int h = 0; h < lead; h++) {
				errors[k][h] = actual[k][h] - forecasts[k][h];
			}
		}
		return new Calibration(all.stream().mapToInt(Integer::intValue).toArray(), actual, forecasts, errors);
	}

	private static boolean canForecastFrom(Candidate chosen, int origin, ForecastModel.SeriesContext context) {
		for (ForecastModel model : chosen.models) {
			if (model.unsupportedReason(origin, context) != null) {
				return false;
			}
		}
		return true;
	}

	/** The chosen forecast at the calibration origins (newest first): origins, actuals, forecasts and errors. */
	record Calibration(int[] origins, double[][] actual, double[][] forecasts, double[][] errors) {
	}

	/**
	 * Whether the best individual model is preferred over the combination: when its backtest MAE is
	 * lower both overall ({@code mean_k mae_i(k) < mean_k mae_c(k)}) and at at least
	 * {@code ceil(MIN_WIN_SHARE * K)} of the {@code K} origins. A one-sided sign test across origins
	 * rather than a margin on the pooled MAE: it is scale-free, and it asks for a consistent advantage,
	 * not one large win in a single stretch (a level shift, a spike) that the overlapping windows all
	 * share. With one origin, winning it is enough.
	 * @param individual backtest MAE of the individual model per origin
	 * @param combination backtest MAE of the combination per origin (same length)
	 */
	static boolean prefersIndividual(double[] individual, double[] combination) {
		int origins = individual.length;
		double sumIndividual = 0;
		double sumCombination = 0;
		int wins = 0;
		for (int k = 0; k < origins; k++) {
			sumIndividual += individual[k];
			sumCombination += combination[k];
			if (individual[k] < combination[k]) {
				wins++;
			}
		}
		return sumIndividual < sumCombination && wins >= Math.ceil(MIN_WIN_SHARE * origins - 1e-9);
	}

	/**
	 * Step-wise median of the members' forecasts, {@code c(h) = median_m f_m(h)} (the mean of the two
	 * middle values for an even count; with two members, their mean). The median is the combination
	 * that one badly wrong member cannot drag away (for absolute-error loss it is the natural combiner;
	 * Stock &amp; Watson 2004, "Combination forecasts of output growth in a seven-country data set",
	 * J. Forecasting 23(6)).
	 * @param members forecasts, each of at least {@code h} steps; at least one
	 */
	static double[] medianOf(double[][] members, int h) {
		int m = members.length;
		double[] column = new double[m];
		double[] out = new double[h];
		for (int i = 0; i < h; i++) {
			for (int j = 0; j < m; j++) {
				column[j] = members[j][i];
			}
			Arrays.sort(column);
			out[i] = (m % 2 == 1) ? column[m / 2] : 0.5 * (column[m / 2 - 1] + column[m / 2]);
		}
		return out;
	}

	static double[] clamp(double[] values, ValueDomain domain) {
		for (int i = 0; i < values.length; i++) {
			values[i] = domain.clamp(values[i]);
		}
		return values;
	}

	private static long ceilDiv(long a, long b) {
		return -Math.floorDiv(-a, b);
	}

	/** One candidate's backtest: forecasts per origin and lead, with MAE and sMAPE over all of them. */
	static final class Candidate {

		final String name;

		final List<ForecastModel> models;

		final List<ForecastModel.Fitted> fitted;

		final double[][] forecasts;

		final double mae;

		final double[] maeByOrigin;

		final double smape;

		Candidate(String name, List<ForecastModel> models, List<ForecastModel.Fitted> fitted, double[][] forecasts,
				double[][] actual) {
			this.name = name;
			this.models = models;
			this.fitted = fitted;
			this.forecasts = forecasts;
			double absSum = 0;
			double smapeSum = 0;
			int count = 0;
			this.maeByOrigin = new double[actual.length];
			for (int k = 0; k < actual.length; k++) {
				double originSum = Accuracy.absoluteErrorSum(actual[k], forecasts[k]);
				for (int h = 0; h < actual[k].length; h++) {
					smapeSum += Accuracy.smapeTerm(actual[k][h], forecasts[k][h]);
					count++;
				}
				absSum += originSum;
				this.maeByOrigin[k] = originSum / actual[k].length;
			}
			this.mae = absSum / count;
			this.smape = 100.0 * smapeSum / count;
		}

		static Candidate combination(List<Candidate> members, double[][] actual) {
			int origins = actual.length;
			int lead = actual[0].length;
			double[][] f = new double[origins][];
			List<ForecastModel> models = new ArrayList<>();
			List<ForecastModel.Fitted> fitted = new ArrayList<>();
			StringBuilder name = new StringBuilder(COMBINATION).append('(');
			for (Candidate m : members) {
				models.addAll(m.models);
				fitted.addAll(m.fitted);
				if (name.charAt(name.length() - 1) != '(') {
					name.append('+');
				}
				name.append(m.name);
			}
			double[][] memberForecasts = new double[members.size()][];
			for (int k = 0; k < origins; k++) {
				for (int m = 0; m < members.size(); m++) {
					memberForecasts[m] = members.get(m).forecasts[k];
				}
				f[k] = medianOf(memberForecasts, lead);
			}
			return new Candidate(name.append(')').toString(), models, fitted, f, actual);
		}

	}

}
