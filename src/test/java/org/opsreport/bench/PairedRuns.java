package org.opsreport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opsreport.forecast.IntervalCalibration;

/**
 * Paired differences between calibration variants of two separate bench runs on the same hold-outs, e.g.
 * the job's calibration on main's intervals against a variant on time-of-day normalized intervals
 * ({@code -Dbench.timeOfDay}), which one run cannot replay side by side because the series' own intervals
 * differ. {@link CalibrationSimulation} writes each variant's per-hold-out figures with
 * {@code -Dbench.calibration.dump=FILE}; this reads two such files, matches hold-outs by series and cut and
 * prints the differences with the same 90 % series-bootstrap intervals as the bench's own paired lines.
 * <p>
 * Usage: {@code java ... org.opsreport.bench.PairedRuns FILE-A VARIANT-A FILE-B VARIANT-B} (a variant by the
 * start of its name, e.g. "flat pool, gamma 0.1", "edge-aware", "own"); prints B minus A.
 */
final class PairedRuns {

	private PairedRuns() {
	}

	/** One hold-out's figures: per band {@code [in80, in95, values, floorOwn80, floorHeld80]}, and its MSIS. */
	record HoldOut(String series, int cut, long[][] perBand, double msis) {
	}

	static void write(Path file, CalibrationSimulation.Result own, Map<CalibrationSimulation.Variant, CalibrationSimulation.Result> results)
			throws java.io.UncheckedIOException {
		List<String> lines = new ArrayList<>();
		lines.addAll(lines("own", own));
		results.forEach((v, r) -> lines.addAll(lines(v.name(), r)));
		try {
			Files.write(file, lines);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static List<String> lines(String name, CalibrationSimulation.Result r) {
		List<String> out = new ArrayList<>();
		for (int j = 0; j < r.clusters().size(); j++) {
			StringBuilder line = new StringBuilder(name.replace('\t', ' ')).append('\t').append(r.series().get(j)).append('\t')
				.append(r.cuts().get(j));
			long[][] c = r.clusters().get(j);
			for (int b = 0; b < IntervalCalibration.BANDS; b++) {
				for (int k = 0; k < 5; k++) {
					line.append('\t').append(c[k][b]);
				}
			}
			out.add(line.append('\t').append(r.msisPerHoldOut().get(j)).toString());
		}
		return out;
	}

	static Map<String, HoldOut> read(Path file, String variant) throws IOException {
		Map<String, HoldOut> out = new LinkedHashMap<>();
		String chosen = null;
		for (String line : Files.readAllLines(file)) {
			String[] f = line.split("\t");
			if (!f[0].startsWith(variant) || chosen != null && !chosen.equals(f[0])) {
				continue;
			}
			chosen = f[0];
			long[][] perBand = new long[IntervalCalibration.BANDS][5];
			for (int b = 0; b < IntervalCalibration.BANDS; b++) {
				for (int k = 0; k < 5; k++) {
					perBand[b][k] = Long.parseLong(f[3 + 5 * b + k]);
				}
			}
			out.put(f[1] + "@" + f[2], new HoldOut(f[1], Integer.parseInt(f[2]), perBand, Double.parseDouble(f[f.length - 1])));
		}
		if (out.isEmpty()) {
			throw new IllegalArgumentException(file + ": no variant named \"" + variant + "...\"");
		}
		return out;
	}

	public static void main(String[] args) throws IOException {
		Map<String, HoldOut> a = read(Path.of(args[0]), args[1]);
		Map<String, HoldOut> b = read(Path.of(args[2]), args[3]);
		if (!a.keySet().equals(b.keySet())) {
			throw new IllegalArgumentException("the two runs have different hold-outs: " + a.size() + " vs " + b.size());
		}
		List<String> keys = new ArrayList<>(a.keySet());
		String[] units = keys.stream().map(k -> a.get(k).series()).toArray(String[]::new);
		int n = keys.size();
		System.out.println("A = " + args[1] + " in " + args[0]);
		System.out.println("B = " + args[3] + " in " + args[2]);
		StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "B minus A over %d hold-outs (90%% series bootstrap):", n));
		for (int band = 0; band < IntervalCalibration.BANDS; band++) {
			for (int level = 0; level < 2; level++) {
				double[] diff = new double[n];
				double[] totals = new double[n];
				long inA = 0;
				long inB = 0;
				long all = 0;
				for (int j = 0; j < n; j++) {
					long[] x = a.get(keys.get(j)).perBand()[band];
					long[] y = b.get(keys.get(j)).perBand()[band];
					diff[j] = y[level] - x[level];
					totals[j] = x[2];
					inA += x[level];
					inB += y[level];
					all += x[2];
				}
				line.append(String.format(Locale.ROOT, "%n  %s %s: A %.3f, B %.3f, B - A %s points", ForecastAccuracyBench.BANDS[band],
						level == 0 ? "80%" : "95%", (double) inA / all, (double) inB / all,
						CalibrationSimulation.difference(diff, totals, units, 100)));
			}
		}
		double[] msisDiff = new double[n];
		double[] ones = new double[n];
		double msisA = 0;
		double msisB = 0;
		for (int j = 0; j < n; j++) {
			msisDiff[j] = b.get(keys.get(j)).msis() - a.get(keys.get(j)).msis();
			ones[j] = 1;
			msisA += a.get(keys.get(j)).msis() / n;
			msisB += b.get(keys.get(j)).msis() / n;
		}
		line.append(String.format(Locale.ROOT, "%n  MSIS: A %.3f, B %.3f, B - A %s %%", msisA, msisB,
				CalibrationSimulation.difference(msisDiff, ones, units, 100 / msisA)));
		long[] floor = new long[4];
		for (String k : keys) {
			floor[0] += a.get(k).perBand()[0][3];
			floor[1] += a.get(k).perBand()[0][4];
			floor[2] += b.get(k).perBand()[0][3];
			floor[3] += b.get(k).perBand()[0][4];
		}
		line.append(String.format(Locale.ROOT, "%n  0-6h values on the range's floor held by the own 80%%: A %d, of them by A's 80%% %d;"
				+ " B %d, of them by B's 80%% %d", floor[0], floor[1], floor[2], floor[3]));
		System.out.println(line);
	}

}
