package org.opsreport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.opsreport.forecast.Accuracy;
import org.opsreport.forecast.ForecastEngine;
import org.opsreport.forecast.ForecastPoint;
import org.opsreport.forecast.ForecastResult;
import org.opsreport.forecast.ForecastSettings;
import org.opsreport.forecast.IntervalProperties;
import org.opsreport.forecast.Naive2;
import org.opsreport.forecast.RegularSeries;
import org.opsreport.forecast.TimeOfDayNormalization;
import org.opsreport.forecast.SeriesPreparation;
import org.opsreport.forecast.ValueDomain;

/**
 * Hold-out accuracy benchmark (bench/forecast-accuracy): for every {@code timestamp,value} CSV in a
 * folder, holds out the last 48 hours, trains on the rest (last 28 days at most), and compares the
 * hold-out MASE of opsreport's forecast with seasonal naive's; both are scaled by the same in-sample
 * seasonal-naive MAE of the training window. Bar (issue 3): mean MASE(opsreport) <= 0.9 x mean
 * MASE(seasonal naive). Column {@code oracle} is the MASE of a flat forecast at the hold-out's own median
 * (unknowable at the origin, the best flat forecast under absolute error): a yardstick for how much of a
 * series' error any forecast of its level could remove.
 */
public final class ForecastAccuracyBench {

	static final Duration HOLD_OUT = Duration.ofHours(48);

	static final Duration HISTORY = Duration.ofDays(28);

	private static final DateTimeFormatter[] FORMATS = { DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
			DateTimeFormatter.ISO_LOCAL_DATE_TIME };

	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/nab-aws");
		// optional second argument: an ISO-8601 interval to average the samples onto (e.g. PT1H), to check
		// the same series at a coarser sampling interval
		Duration resample = args.length > 1 ? Duration.parse(args[1]) : null;
		List<Path> files;
		try (Stream<Path> s = Files.list(dir)) {
			files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
		}
		if (files.isEmpty()) {
			throw new IllegalArgumentException("no .csv files in " + dir.toAbsolutePath());
		}
		System.out.printf(Locale.ROOT, "%-42s %6s %6s %-58s %8s %8s %6s %5s %5s %8s%n", "file", "train", "step", "model",
				"MASE", "snMASE", "ratio", "cov80", "cov95", "oracle");
		double sumOurs = 0;
		double sumNaive = 0;
		int count = 0;
		double sumCov80 = 0;
		double sumCov95 = 0;
		double sumBacktest80 = 0;
		double sumBacktest95 = 0;
		List<Double> ratios = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		java.util.Map<String, List<Row>> byCut = new java.util.LinkedHashMap<>();
		// -Dbench.cuts=0,24,48,72,96: repeat with the series' last k hours dropped first (rolling hold-out:
		// five 48-hour hold-outs per series instead of one), pooling all of them; one hold-out per series
		// is a noisy measure (a level shift in one hold-out decides the mean)
		String[] cuts = System.getProperty("bench.cuts", "0").split(",");
		// -Dbench.calibrationCuts=192,168,144,120: older cuts whose hold-outs only feed the pooled interval
		// calibration of the later (scored) cuts, like the nights before the ones measured
		String[] calibrationCuts = System.getProperty("bench.calibrationCuts", "").isBlank() ? new String[0]
				: System.getProperty("bench.calibrationCuts").split(",");
		java.util.Map<Integer, List<Row>> allByCut = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
		List<String> everyCut = new ArrayList<>(Arrays.asList(calibrationCuts));
		everyCut.addAll(Arrays.asList(cuts));
		// -Dbench.anomalyWindows=file.csv (file,start,end per line, e.g. NAB's labels/combined_windows.json): hold-out
		// coverage is also reported for the values outside the labelled anomaly windows
		java.util.Map<String, List<Instant[]>> windows = anomalyWindows(System.getProperty("bench.anomalyWindows"));
		List<RegularSeries> series = new ArrayList<>();
		for (Path file : files) {
			series.add(read(file, resample));
		}
		for (String cut : everyCut) for (int f = 0; f < files.size(); f++) {
			Path file = files.get(f);
			boolean scored = Arrays.asList(cuts).contains(cut);
			RegularSeries all = dropLast(series.get(f), Duration.ofHours(Long.parseLong(cut.trim())));
			Row row = all == null ? null
					: evaluate(file.getFileName().toString(), all, windows.getOrDefault(file.getFileName().toString(), List.of()));
			if (row == null) {
				System.out.printf(Locale.ROOT, "%-42s skipped (too short for a 48h hold-out)%n", file.getFileName());
				continue;
			}
			allByCut.computeIfAbsent(Integer.parseInt(cut.trim()), k -> new ArrayList<>()).add(row);
			if (!scored) {
				System.out.printf(Locale.ROOT, "cut %3sh (calibration only) %s%n", cut.trim(), file.getFileName());
				continue;
			}
			if (cuts.length > 1) {
				System.out.printf(Locale.ROOT, "cut %3sh ", cut.trim());
			}
			System.out.printf(Locale.ROOT, "%-42s %6d %6s %-58s %8.3f %8.3f %6.3f %5.2f %5.2f %8.3f%n", file.getFileName(),
					row.trainPoints, all.step().toString().substring(2), row.model, row.mase, row.naiveMase,
					row.mase / row.naiveMase, row.cov80, row.cov95, row.oracleMase);
			if (Double.isFinite(row.mase) && Double.isFinite(row.naiveMase)) {
				rows.add(row);
				byCut.computeIfAbsent(cut, k -> new ArrayList<>()).add(row);
				sumOurs += row.mase;
				sumNaive += row.naiveMase;
				ratios.add(row.mase / row.naiveMase);
				sumCov80 += row.cov80;
				sumCov95 += row.cov95;
				sumBacktest80 += row.backtest80;
				sumBacktest95 += row.backtest95;
				count++;
			}
		}
		printIntervalSummary(rows);
		if (calibrationCuts.length > 0 || cuts.length > 1) {
			Set<Integer> scoredCuts = new java.util.HashSet<>();
			for (String c : cuts) {
				scoredCuts.add(Integer.parseInt(c.trim()));
			}
			CalibrationSimulation.run(allByCut, scoredCuts, Integer.getInteger("bench.calibration.window", 14),
					Double.parseDouble(System.getProperty("bench.calibration.gamma", "0.1")));
		}
		if (Boolean.getBoolean("bench.pooled")) {
			printPooled(byCut);
		}
		double ratio = sumOurs / sumNaive;
		double[] r = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		System.out.printf(Locale.ROOT, "%nseries: %d%nmean MASE opsreport: %.4f%nmean MASE seasonal naive: %.4f%n", count,
				sumOurs / count, sumNaive / count);
		System.out.printf(Locale.ROOT, "ratio of means: %.4f (bar <= 0.90: %s)%n", ratio, ratio <= 0.9 ? "MET" : "NOT MET");
		System.out.printf(Locale.ROOT, "median per-series ratio: %.4f; worst: %.4f; geometric mean: %.4f%n", r[r.length / 2],
				r[r.length - 1], Math.exp(Arrays.stream(r).map(x -> Math.log(Math.max(x, 1e-3))).average().orElse(Double.NaN)));
		System.out.printf(Locale.ROOT, "hold-out coverage: 80%% intervals %.3f, 95%% intervals %.3f%n", sumCov80 / count,
				sumCov95 / count);
		System.out.printf(Locale.ROOT, "backtest coverage (what the registry stores): 80%% intervals %.3f, 95%% intervals %.3f%n",
				sumBacktest80 / count, sumBacktest95 / count);
	}

	/** {@code oracleMase}: a flat forecast at the hold-out's median, the best flat forecast under absolute error. */
	record Row(int trainPoints, String model, double mase, double naiveMase, double cov80, double cov95,
			double oracleMase, double backtest80, double backtest95, int[][] bandIn, int[] bandTotal, double msis,
			double winkler80Scaled, double backtestMsis, double smape, double naive2Mase, double naive2Smape,
			boolean hourly, double[] train, double[] test, double[] ours, double scale, double startHourOfDay,
			int season, double[] l80, double[] u80, double[] l95, double[] u95, boolean[] outside, long stepSeconds,
			ValueDomain domain, String name) {
	}

	/**
	 * The pooled linear model ({@link PooledLinearExperiment}) fitted per cut on all series' training windows:
	 * hold-out MASE alone and as the mean with opsreport's forecast, against seasonal naive's.
	 */
	static void printPooled(java.util.Map<String, List<Row>> byCut) {
		double ours = 0;
		double pooled = 0;
		double mean = 0;
		double naive = 0;
		List<Double> pooledRatios = new ArrayList<>();
		List<Double> meanRatios = new ArrayList<>();
		List<Double> ourRatios = new ArrayList<>();
		for (List<Row> night : byCut.values()) {
			List<PooledLinearExperiment.Series> series = night.stream()
				.map(r -> new PooledLinearExperiment.Series(r.train, r.startHourOfDay, r.season, r.test.length))
				.toList();
			List<double[]> forecasts = PooledLinearExperiment.forecast(series);
			for (int i = 0; i < night.size(); i++) {
				Row r = night.get(i);
				double[] p = forecasts == null ? null : forecasts.get(i);
				if (p == null) {
					p = r.ours; // too short for the pooled features: the series' own forecast
				}
				double[] m = new double[p.length];
				for (int j = 0; j < p.length; j++) {
					m[j] = 0.5 * (p[j] + r.ours[j]);
				}
				double pm = Accuracy.mase(r.test, p, r.scale);
				double mm = Accuracy.mase(r.test, m, r.scale);
				ours += r.mase;
				pooled += pm;
				mean += mm;
				naive += r.naiveMase;
				ourRatios.add(r.mase / r.naiveMase);
				pooledRatios.add(pm / r.naiveMase);
				meanRatios.add(mm / r.naiveMase);
			}
		}
		System.out.printf(Locale.ROOT,
				"pooled linear model, ratio of means to seasonal naive (geometric mean of per-series ratios): opsreport %.4f (%.4f), pooled %.4f (%.4f), mean of both %.4f (%.4f)%n",
				ours / naive, geometricMean(ourRatios), pooled / naive, geometricMean(pooledRatios), mean / naive,
				geometricMean(meanRatios));
	}

	static double geometricMean(List<Double> ratios) {
		return Math.exp(ratios.stream().mapToDouble(x -> Math.log(Math.max(x, 1e-3))).average().orElse(Double.NaN));
	}

	/** Horizon bands of the hold-out: leads up to 6 h, over 6 h up to 24 h, over 24 h. */
	static final String[] BANDS = { "0-6h", "6-24h", "24-48h" };

	/**
	 * Pooled over all hold-outs: coverage per horizon band, mean MSIS (95 %, M4) and mean scaled Winkler
	 * score (80 %) on the hold-outs and the MSIS the backtest estimated; and for hourly data the M4 OWA
	 * (Makridakis et al. 2020: {@code 0.5 (sMAPE / sMAPE_Naive2 + MASE / MASE_Naive2)} over the set's means).
	 */
	static void printIntervalSummary(List<Row> rows) {
		if (rows.isEmpty()) {
			return;
		}
		StringBuilder line = new StringBuilder("hold-out coverage per horizon band (80% / 95%):");
		for (int b = 0; b < BANDS.length; b++) {
			int in80 = 0;
			int in95 = 0;
			int total = 0;
			for (Row r : rows) {
				in80 += r.bandIn[0][b];
				in95 += r.bandIn[1][b];
				total += r.bandTotal[b];
			}
			line.append(String.format(Locale.ROOT, " %s %.3f / %.3f (%d values);", BANDS[b], (double) in80 / total,
					(double) in95 / total, total));
		}
		System.out.println(line);
		if (rows.stream().mapToInt(r -> Arrays.stream(r.bandIn[4]).sum()).sum() < rows.stream()
			.mapToInt(r -> Arrays.stream(r.bandTotal).sum())
			.sum()) {
			line = new StringBuilder("  outside the labelled anomaly windows:");
			for (int b = 0; b < BANDS.length; b++) {
				int in80 = 0;
				int in95 = 0;
				int total = 0;
				for (Row r : rows) {
					in80 += r.bandIn[2][b];
					in95 += r.bandIn[3][b];
					total += r.bandIn[4][b];
				}
				line.append(String.format(Locale.ROOT, " %s %.3f / %.3f (%d values);", BANDS[b], (double) in80 / total,
						(double) in95 / total, total));
			}
			int in80 = rows.stream().mapToInt(r -> Arrays.stream(r.bandIn[2]).sum()).sum();
			int in95 = rows.stream().mapToInt(r -> Arrays.stream(r.bandIn[3]).sum()).sum();
			int total = rows.stream().mapToInt(r -> Arrays.stream(r.bandIn[4]).sum()).sum();
			line.append(String.format(Locale.ROOT, " all %.3f / %.3f (%d values)", (double) in80 / total,
					(double) in95 / total, total));
			System.out.println(line);
		}
		printTimeOfDayCoverage(rows);
		System.out.printf(Locale.ROOT,
				"hold-out interval scores: mean MSIS (95%%, M4) %.3f, mean scaled Winkler (80%%) %.3f; backtest MSIS (what the registry stores) %.3f%n",
				rows.stream().mapToDouble(Row::msis).filter(Double::isFinite).average().orElse(Double.NaN),
				rows.stream().mapToDouble(Row::winkler80Scaled).filter(Double::isFinite).average().orElse(Double.NaN),
				rows.stream().mapToDouble(Row::backtestMsis).filter(Double::isFinite).average().orElse(Double.NaN));
		if (rows.get(0).hourly) {
			double mase = rows.stream().mapToDouble(Row::mase).average().orElse(Double.NaN);
			double smape = rows.stream().mapToDouble(Row::smape).average().orElse(Double.NaN);
			double mase2 = rows.stream().mapToDouble(Row::naive2Mase).average().orElse(Double.NaN);
			double smape2 = rows.stream().mapToDouble(Row::naive2Smape).average().orElse(Double.NaN);
			System.out.printf(Locale.ROOT,
					"M4 OWA (hourly): %.4f (sMAPE %.3f vs Naive2 %.3f, MASE %.4f vs Naive2 %.4f)%n",
					0.5 * (smape / smape2 + mase / mase2), smape, smape2, mase, mase2);
		}
	}

	/**
	 * Own intervals' hold-out coverage by the time of day of the target (the file's clock, read as UTC), in
	 * four 6-hour blocks: errors of request-like series are heteroscedastic by time of day (a night of zeros,
	 * a busy afternoon), so intervals whose errors are pooled over all times of day cover unevenly.
	 */
	static void printTimeOfDayCoverage(List<Row> rows) {
		int[] in80 = new int[4];
		int[] in95 = new int[4];
		int[] total = new int[4];
		for (Row r : rows) {
			for (int i = 0; i < r.test.length; i++) {
				double hour = (r.startHourOfDay + (r.train.length + i) * r.stepSeconds / 3600.0) % 24;
				int block = Math.min(3, (int) (hour / 6));
				in80[block] += (r.test[i] >= r.l80[i] && r.test[i] <= r.u80[i]) ? 1 : 0;
				in95[block] += (r.test[i] >= r.l95[i] && r.test[i] <= r.u95[i]) ? 1 : 0;
				total[block]++;
			}
		}
		StringBuilder line = new StringBuilder("own intervals' coverage by time of day of the target (80% / 95%):");
		for (int b = 0; b < 4; b++) {
			line.append(String.format(Locale.ROOT, " %02d-%02dh %.3f / %.3f (%d values);", 6 * b, 6 * b + 6,
					(double) in80[b] / total[b], (double) in95[b] / total[b], total[b]));
		}
		System.out.println(line);
	}

	static java.util.Map<String, List<Instant[]>> anomalyWindows(String path) throws IOException {
		java.util.Map<String, List<Instant[]>> windows = new java.util.HashMap<>();
		if (path == null) {
			return windows;
		}
		for (String line : Files.readAllLines(Path.of(path))) {
			String[] parts = line.split(",");
			Instant from = parts.length == 3 ? parse(parts[1].trim()) : null;
			if (from != null) {
				windows.computeIfAbsent(parts[0].trim(), k -> new ArrayList<>()).add(new Instant[] { from, parse(parts[2].trim()) });
			}
		}
		return windows;
	}

	static Row evaluate(RegularSeries all, List<Instant[]> anomalies) {
		return evaluate("", all, anomalies);
	}

	/** @param name the series' file, so that the bootstrap can draw all hold-outs of a series together */
	static Row evaluate(String name, RegularSeries all, List<Instant[]> anomalies) {
		double[] y = all.values();
		int hold = (int) (HOLD_OUT.toSeconds() / all.step().toSeconds());
		int season = (int) Math.max(1, Duration.ofDays(1).toSeconds() / all.step().toSeconds());
		int end = y.length - hold;
		int history = (int) (HISTORY.toSeconds() / all.step().toSeconds());
		int begin = Math.max(0, end - history);
		if (end - begin <= season) {
			return null;
		}
		double[] train = Arrays.copyOfRange(y, begin, end);
		double[] test = Arrays.copyOfRange(y, end, y.length);
		RegularSeries trainSeries = new RegularSeries(all.timeAt(begin), all.step(), train, 0);
		ValueDomain domain = ValueDomain.forMetric("", train);
		ForecastSettings defaults = ForecastSettings.of(HOLD_OUT);
		// -Dbench.timeOfDay=BETA: interval errors normalized by the time-of-day spread with sensitivity BETA
		// (bench/README.md "Time-of-day normalized intervals"), =off: not normalized (main before branch `edge`);
		// unset: as the job trains by default (IntervalProperties.DEFAULTS)
		String timeOfDay = System.getProperty("bench.timeOfDay");
		ForecastResult result = ForecastEngine.train(trainSeries, domain, new ForecastSettings(HOLD_OUT,
				Integer.getInteger("bench.origins", defaults.backtestOrigins()),
				Duration.parse(System.getProperty("bench.spacing", defaults.originSpacing().toString())),
				Integer.getInteger("bench.combo", defaults.combinationSize())),
				(timeOfDay == null || timeOfDay.isBlank()) ? IntervalProperties.DEFAULTS.normalization()
						: "off".equals(timeOfDay) ? TimeOfDayNormalization.OFF
								: TimeOfDayNormalization.withBeta(Double.parseDouble(timeOfDay)));
		double[] ours = result.points().stream().mapToDouble(ForecastPoint::forecast).toArray();
		double[] naive = new double[hold];
		for (int i = 0; i < hold; i++) {
			int lead = i + 1;
			naive[i] = train[train.length + lead - 1 - season * ((lead + season - 1) / season)];
		}
		double scale = Accuracy.seasonalNaiveMae(train, train.length, season);
		int in80 = 0;
		int in95 = 0;
		int[][] bandIn = new int[5][BANDS.length]; // in80, in95, and outside anomaly windows: in80, in95, count
		int[] bandTotal = new int[BANDS.length];
		long stepSeconds = all.step().toSeconds();
		double[] l80 = new double[hold];
		double[] u80 = new double[hold];
		double[] l95 = new double[hold];
		double[] u95 = new double[hold];
		boolean[] outside = new boolean[hold];
		for (int i = 0; i < hold; i++) {
			ForecastPoint p = result.points().get(i);
			long leadSeconds = (i + 1) * stepSeconds;
			int band = leadSeconds <= 6 * 3600 ? 0 : leadSeconds <= 24 * 3600 ? 1 : 2;
			boolean inside80 = test[i] >= p.lower80() && test[i] <= p.upper80();
			boolean inside95 = test[i] >= p.lower95() && test[i] <= p.upper95();
			in80 += inside80 ? 1 : 0;
			in95 += inside95 ? 1 : 0;
			bandIn[0][band] += inside80 ? 1 : 0;
			bandIn[1][band] += inside95 ? 1 : 0;
			bandTotal[band]++;
			Instant at = all.timeAt(end + i);
			if (anomalies.stream().noneMatch(w -> !at.isBefore(w[0]) && !at.isAfter(w[1]))) {
				outside[i] = true;
				bandIn[2][band] += inside80 ? 1 : 0;
				bandIn[3][band] += inside95 ? 1 : 0;
				bandIn[4][band]++;
			}
			l80[i] = p.lower80();
			u80[i] = p.upper80();
			l95[i] = p.lower95();
			u95[i] = p.upper95();
		}
		boolean hourly = season == 24;
		double[] naive2 = Naive2.forecast(train, season, hold);
		double[] sorted = test.clone();
		Arrays.sort(sorted);
		double[] oracle = new double[hold];
		Arrays.fill(oracle, (hold % 2 == 1) ? sorted[hold / 2] : 0.5 * (sorted[hold / 2 - 1] + sorted[hold / 2]));
		return new Row(train.length, result.modelName(), Accuracy.mase(test, ours, scale),
				Accuracy.mase(test, naive, scale), (double) in80 / hold, (double) in95 / hold,
				Accuracy.mase(test, oracle, scale), result.coverage80(), result.coverage95(), bandIn, bandTotal,
				Accuracy.msis(test, l95, u95, 0.05, scale), Accuracy.scaled(Accuracy.winkler(test, l80, u80, 0.2), scale),
				result.intervalScores().msis(), Accuracy.smape(test, ours), Accuracy.mase(test, naive2, scale),
				Accuracy.smape(test, naive2), hourly, train, test, ours, scale,
				(trainSeries.start().getEpochSecond() % 86400) / 3600.0, season, l80, u80, l95, u95, outside, stepSeconds,
				domain, name);
	}

	/** The series without its last {@code cut} (null when nothing would be left). */
	static RegularSeries dropLast(RegularSeries all, Duration cut) {
		int drop = (int) (cut.toSeconds() / all.step().toSeconds());
		if (drop == 0) {
			return all;
		}
		double[] y = all.values();
		if (drop >= y.length) {
			return null;
		}
		return new RegularSeries(all.start(), all.step(), Arrays.copyOf(y, y.length - drop), 0);
	}

	static RegularSeries read(Path file, Duration resample) throws IOException {
		List<String> lines = Files.readAllLines(file);
		List<Instant> t = new ArrayList<>();
		List<Double> v = new ArrayList<>();
		for (String line : lines) {
			String[] parts = line.split(",");
			if (parts.length < 2) {
				continue;
			}
			Instant when = parse(parts[0].trim().replace("\"", ""));
			if (when == null) {
				continue; // header
			}
			try {
				v.add(Double.parseDouble(parts[1].trim()));
				t.add(when);
			}
			catch (NumberFormatException ex) {
				// header or malformed line
			}
		}
		Instant[] times = t.toArray(Instant[]::new);
		double[] values = v.stream().mapToDouble(Double::doubleValue).toArray();
		return resample == null ? SeriesPreparation.prepare(times, values)
				: SeriesPreparation.prepare(times, values, resample);
	}

	private static Instant parse(String text) {
		for (DateTimeFormatter f : FORMATS) {
			try {
				return LocalDateTime.parse(text, f).toInstant(ZoneOffset.UTC);
			}
			catch (RuntimeException ex) {
				// try the next format
			}
		}
		try {
			return Instant.parse(text);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
