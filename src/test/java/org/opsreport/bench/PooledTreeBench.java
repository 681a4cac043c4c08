package org.opsreport.bench;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.opsreport.forecast.Accuracy;
import org.opsreport.forecast.RegularSeries;

/**
 * Rolling hold-out comparison of the pooled gradient-boosted trees ({@link PooledTreeExperiment}) with
 * opsreport's per-series forecasts and seasonal naive (bench/forecast-pooled; issue 16 items 3-4).
 * <p>
 * For each cut ({@code -Dbench.cuts}, default 0,24,48,72,96 hours dropped from the end of every series) it
 * evaluates every series as bench/forecast-accuracy does ({@link ForecastAccuracyBench#evaluate}: last 48 h
 * held out, at most 28 days of training, opsreport's {@code ForecastEngine} forecast), then fits one pooled
 * model on all series' training windows of that cut and forecasts their hold-outs. opsreport's forecasts are
 * cached in {@code target/pooled-cache/} (keyed by folder, interval and cuts) so that model variants can be
 * compared without re-training every series; delete the folder after changing the engine.
 * <p>
 * Printed: the ratio of mean hold-out MASE to seasonal naive's and the geometric mean of per-series ratios,
 * for opsreport, the pooled trees, and their mean (a two-member combination); hourly also the M4 OWA against
 * Naive2; with {@code -Dbench.trees.quantiles=true} the hold-out coverage of the pooled quantile intervals
 * (80 %: 0.1-0.9, 95 %: 0.025-0.975) per horizon band and their mean MSIS (95 %).
 */
public final class PooledTreeBench {

	private PooledTreeBench() {
	}

	/** What bench/forecast-accuracy computed for one series and cut, as far as this comparison needs it. */
	record Evaluated(String file, String cut, long startEpochSecond, long stepSeconds, double[] train, double[] test,
			double[] ours, double scale, double naiveMase, double oursMase, double oursSmape, double naive2Mase,
			double naive2Smape) {
	}

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/nab-aws");
		Duration resample = args.length > 1 ? Duration.parse(args[1]) : null;
		String cuts = System.getProperty("bench.cuts", "0,24,48,72,96");
		Map<String, List<Evaluated>> byCut = load(dir, resample, cuts);
		PooledTreeExperiment.Settings settings = PooledTreeExperiment.Settings.fromSystemProperties();
		System.out.println("settings: " + settings);
		double ours = 0;
		double trees = 0;
		double mean = 0;
		double naive = 0;
		double reference = 0;
		double smapeOurs = 0;
		double smapeTrees = 0;
		double smapeMean = 0;
		double naive2Mase = 0;
		double naive2Smape = 0;
		double treesMaseSum = 0;
		double meanMaseSum = 0;
		int count = 0;
		List<Double> rOurs = new ArrayList<>();
		List<Double> rTrees = new ArrayList<>();
		List<Double> rMean = new ArrayList<>();
		int[][] in = new int[2][3];
		int[] total = new int[3];
		double msis = 0;
		int msisCount = 0;
		long fitNanos = 0;
		Map<String, double[]> scored = new LinkedHashMap<>();
		boolean hourly = false;
		for (List<Evaluated> night : byCut.values()) {
			List<PooledTreeExperiment.Series> series = night.stream()
				.map(e -> new PooledTreeExperiment.Series(e.train, e.startEpochSecond, e.stepSeconds, e.test.length))
				.toList();
			long t0 = System.nanoTime();
			List<PooledTreeExperiment.Forecast> forecasts = PooledTreeExperiment.forecast(series, settings);
			fitNanos += System.nanoTime() - t0;
			for (int i = 0; i < night.size(); i++) {
				Evaluated e = night.get(i);
				hourly = e.stepSeconds == 3600;
				PooledTreeExperiment.Forecast f = forecasts == null ? null : forecasts.get(i);
				double[] p = f == null ? e.ours : f.point(); // too short or flat: the series' own forecast
				double[] m = new double[p.length];
				for (int j = 0; j < p.length; j++) {
					m[j] = 0.5 * (p[j] + e.ours[j]);
				}
				double pm = Accuracy.mase(e.test, p, e.scale);
				double refMase = Accuracy.mase(e.test, f == null ? e.ours : f.reference(), e.scale);
				reference += refMase;
				if (Boolean.getBoolean("bench.trees.verbose")) {
					System.out.printf(Locale.ROOT, "%-40s cut %3s  naive %8.3f  opsreport %8.3f  trees %8.3f  reference %8.3f%n", e.file,
							e.cut, e.naiveMase, e.oursMase, pm, refMase);
				}
				double mm = Accuracy.mase(e.test, m, e.scale);
				ours += e.oursMase;
				trees += pm;
				mean += mm;
				naive += e.naiveMase;
				smapeOurs += e.oursSmape;
				smapeTrees += Accuracy.smape(e.test, p);
				smapeMean += Accuracy.smape(e.test, m);
				naive2Mase += e.naive2Mase;
				naive2Smape += e.naive2Smape;
				treesMaseSum += pm;
				meanMaseSum += mm;
				count++;
				scored.put(e.cut + "|" + e.file, new double[] { e.oursMase, pm, mm, e.naiveMase });
				rOurs.add(e.oursMase / e.naiveMase);
				rTrees.add(pm / e.naiveMase);
				rMean.add(mm / e.naiveMase);
				if (f != null && f.quantiles() != null) {
					double[][] qf = f.quantiles();
					for (int j = 0; j < e.test.length; j++) {
						long lead = (j + 1) * e.stepSeconds;
						int band = lead <= 6 * 3600 ? 0 : lead <= 24 * 3600 ? 1 : 2;
						in[0][band] += e.test[j] >= qf[1][j] && e.test[j] <= qf[2][j] ? 1 : 0;
						in[1][band] += e.test[j] >= qf[0][j] && e.test[j] <= qf[3][j] ? 1 : 0;
						total[band]++;
					}
					double v = Accuracy.msis(e.test, qf[0], qf[3], 0.05, e.scale);
					if (Double.isFinite(v)) {
						msis += v;
						msisCount++;
					}
				}
			}
		}
		System.out.printf(Locale.ROOT, "hold-outs: %d; pooled fits: %.1f s in all (%d cuts)%n", count, fitNanos / 1e9,
				byCut.size());
		System.out.printf(Locale.ROOT,
				"ratio of mean MASE to seasonal naive (geometric mean of per-series ratios): opsreport %.4f (%.4f), pooled trees %.4f (%.4f), mean of both %.4f (%.4f)%n",
				ours / naive, ForecastAccuracyBench.geometricMean(rOurs), trees / naive,
				ForecastAccuracyBench.geometricMean(rTrees), mean / naive, ForecastAccuracyBench.geometricMean(rMean));
		System.out.printf(Locale.ROOT, "the trees' reference alone: %.4f%n", reference / naive);
		if (hourly) {
			System.out.printf(Locale.ROOT, "M4 OWA (hourly): opsreport %.4f, pooled trees %.4f, mean of both %.4f%n",
					owa(smapeOurs, ours, naive2Smape, naive2Mase), owa(smapeTrees, treesMaseSum, naive2Smape, naive2Mase),
					owa(smapeMean, meanMaseSum, naive2Smape, naive2Mase));
		}
		printSelection(scored);
		if (Boolean.getBoolean("bench.trees.stacking")) {
			printStacking(byCut, settings);
		}
		if (total[0] > 0) {
			StringBuilder line = new StringBuilder("pooled quantile intervals, hold-out coverage per horizon band (80% / 95%):");
			for (int b = 0; b < 3; b++) {
				line.append(String.format(Locale.ROOT, " %s %.3f / %.3f;", ForecastAccuracyBench.BANDS[b],
						(double) in[0][b] / total[b], (double) in[1][b] / total[b]));
			}
			int all = Arrays.stream(total).sum();
			line.append(String.format(Locale.ROOT, " all %.3f / %.3f; mean MSIS (95%%) %.3f",
					(double) (in[0][0] + in[0][1] + in[0][2]) / all, (double) (in[1][0] + in[1][1] + in[1][2]) / all,
					msis / msisCount));
			System.out.println(line);
		}
	}

	/**
	 * The trees as a candidate of a per-series selection: for the hold-out of cut {@code c}, the candidate
	 * (opsreport, trees, or their mean) with the lowest MASE on the 48 hours before it, which are the hold-out of
	 * cut {@code c + 48} (one validation origin, non-overlapping); only cuts whose {@code c + 48} was evaluated.
	 */
	static void printSelection(Map<String, double[]> scored) {
		double ours = 0;
		double selected = 0;
		double naive = 0;
		List<Double> rOurs = new ArrayList<>();
		List<Double> rSelected = new ArrayList<>();
		int[] picks = new int[3];
		for (Map.Entry<String, double[]> e : scored.entrySet()) {
			String[] key = e.getKey().split("\\|", 2);
			double[] before = scored.get((Long.parseLong(key[0]) + 48) + "|" + key[1]);
			if (before == null) {
				continue;
			}
			int best = 0;
			for (int k = 1; k < 3; k++) {
				best = before[k] < before[best] ? k : best;
			}
			picks[best]++;
			double[] now = e.getValue();
			ours += now[0];
			selected += now[best];
			naive += now[3];
			rOurs.add(now[0] / now[3]);
			rSelected.add(now[best] / now[3]);
		}
		if (naive > 0) {
			System.out.printf(Locale.ROOT,
					"selection on the previous 48 h (%d hold-outs; picked opsreport %d, trees %d, mean %d): opsreport %.4f (%.4f), selected %.4f (%.4f)%n",
					rOurs.size(), picks[0], picks[1], picks[2], ours / naive, ForecastAccuracyBench.geometricMean(rOurs),
					selected / naive, ForecastAccuracyBench.geometricMean(rSelected));
		}
	}

	/**
	 * Stacking: for the hold-out of cut {@code c}, trees fitted on opsreport's errors over the hold-outs of the
	 * cuts {@code c' >= c + 48} (all inside cut {@code c}'s training window, non-overlapping with its hold-out)
	 * correct opsreport's forecast; compared with opsreport on the same hold-outs.
	 */
	static void printStacking(Map<String, List<Evaluated>> byCut, PooledTreeExperiment.Settings settings) throws Exception {
		double ours = 0;
		double stacked = 0;
		double naive = 0;
		List<Double> rOurs = new ArrayList<>();
		List<Double> rStacked = new ArrayList<>();
		for (Map.Entry<String, List<Evaluated>> cut : byCut.entrySet()) {
			long c = Long.parseLong(cut.getKey());
			List<PooledTreeExperiment.Series> hs = new ArrayList<>();
			List<double[]> hf = new ArrayList<>();
			List<double[]> ha = new ArrayList<>();
			for (Map.Entry<String, List<Evaluated>> earlier : byCut.entrySet()) {
				if (Long.parseLong(earlier.getKey()) >= c + 48) {
					for (Evaluated e : earlier.getValue()) {
						hs.add(new PooledTreeExperiment.Series(e.train, e.startEpochSecond, e.stepSeconds, e.test.length));
						hf.add(e.ours);
						ha.add(e.test);
					}
				}
			}
			if (hs.isEmpty()) {
				continue;
			}
			List<Evaluated> night = cut.getValue();
			List<double[]> out = PooledTreeExperiment.stack(hs, hf, ha,
					night.stream().map(e -> new PooledTreeExperiment.Series(e.train, e.startEpochSecond, e.stepSeconds, e.test.length)).toList(),
					night.stream().map(Evaluated::ours).toList(), settings);
			if (out == null) {
				continue;
			}
			for (int i = 0; i < night.size(); i++) {
				Evaluated e = night.get(i);
				double sm = Accuracy.mase(e.test, out.get(i), e.scale);
				ours += e.oursMase;
				stacked += sm;
				naive += e.naiveMase;
				rOurs.add(e.oursMase / e.naiveMase);
				rStacked.add(sm / e.naiveMase);
			}
		}
		System.out.printf(Locale.ROOT, "stacking on opsreport's earlier hold-out errors (%d hold-outs): opsreport %.4f (%.4f), corrected %.4f (%.4f)%n",
				rOurs.size(), ours / naive, ForecastAccuracyBench.geometricMean(rOurs), stacked / naive,
				ForecastAccuracyBench.geometricMean(rStacked));
	}

	/** M4's OWA from summed sMAPE and MASE (the sums share the count, so the ratios of sums are ratios of means). */
	static double owa(double smape, double mase, double naive2Smape, double naive2Mase) {
		return 0.5 * (smape / naive2Smape + mase / naive2Mase);
	}

	static Map<String, List<Evaluated>> load(Path dir, Duration resample, String cuts) throws IOException {
		Path cache = Path.of("target/pooled-cache",
				Integer.toHexString((dir.toAbsolutePath().normalize() + "|" + resample + "|" + cuts).hashCode()) + ".bin");
		if (Files.exists(cache)) {
			try (InputStream raw = Files.newInputStream(cache); DataInputStream in = new DataInputStream(raw)) {
				return read(in);
			}
		}
		List<Path> files;
		try (Stream<Path> s = Files.list(dir)) {
			files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
		}
		Map<String, List<Evaluated>> byCut = new LinkedHashMap<>();
		for (Path file : files) {
			RegularSeries series = ForecastAccuracyBench.read(file, resample);
			for (String cut : cuts.split(",")) {
				RegularSeries all = ForecastAccuracyBench.dropLast(series, Duration.ofHours(Long.parseLong(cut.trim())));
				ForecastAccuracyBench.Row row = all == null ? null : ForecastAccuracyBench.evaluate(all, List.of());
				if (row == null || !Double.isFinite(row.mase()) || !Double.isFinite(row.naiveMase())) {
					continue;
				}
				int hold = row.test().length;
				int begin = all.size() - hold - row.train().length;
				Evaluated e = new Evaluated(file.getFileName().toString(), cut.trim(), all.timeAt(begin).getEpochSecond(),
						all.step().toSeconds(), row.train(), row.test(), row.ours(), row.scale(), row.naiveMase(), row.mase(),
						row.smape(), row.naive2Mase(), row.naive2Smape());
				byCut.computeIfAbsent(cut.trim(), k -> new ArrayList<>()).add(e);
				System.out.printf(Locale.ROOT, "evaluated %s cut %s: opsreport MASE %.3f, seasonal naive %.3f%n", e.file, e.cut,
						e.oursMase, e.naiveMase);
			}
		}
		Files.createDirectories(cache.getParent());
		try (OutputStream raw = Files.newOutputStream(cache); DataOutputStream out = new DataOutputStream(raw)) {
			write(out, byCut);
		}
		return byCut;
	}

	private static void write(DataOutputStream out, Map<String, List<Evaluated>> byCut) throws IOException {
		out.writeInt(byCut.size());
		for (Map.Entry<String, List<Evaluated>> cut : byCut.entrySet()) {
			out.writeUTF(cut.getKey());
			out.writeInt(cut.getValue().size());
			for (Evaluated e : cut.getValue()) {
				out.writeUTF(e.file);
				out.writeLong(e.startEpochSecond);
				out.writeLong(e.stepSeconds);
				for (double[] a : new double[][] { e.train, e.test, e.ours }) {
					out.writeInt(a.length);
					for (double v : a) {
						out.writeDouble(v);
					}
				}
				for (double v : new double[] { e.scale, e.naiveMase, e.oursMase, e.oursSmape, e.naive2Mase, e.naive2Smape }) {
					out.writeDouble(v);
				}
			}
		}
	}

	private static Map<String, List<Evaluated>> read(DataInputStream in) throws IOException {
		Map<String, List<Evaluated>> byCut = new LinkedHashMap<>();
		int cuts = in.readInt();
		for (int c = 0; c < cuts; c++) {
			String cut = in.readUTF();
			int n = in.readInt();
			List<Evaluated> night = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				String file = in.readUTF();
				long start = in.readLong();
				long step = in.readLong();
				double[][] arrays = new double[3][];
				for (int k = 0; k < 3; k++) {
					arrays[k] = new double[in.readInt()];
					for (int j = 0; j < arrays[k].length; j++) {
						arrays[k][j] = in.readDouble();
					}
				}
				double[] v = new double[6];
				for (int k = 0; k < 6; k++) {
					v[k] = in.readDouble();
				}
				night.add(new Evaluated(file, cut, start, step, arrays[0], arrays[1], arrays[2], v[0], v[1], v[2], v[3], v[4],
						v[5]));
			}
			byCut.put(cut, night);
		}
		return byCut;
	}

}
