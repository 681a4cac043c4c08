package org.opsreport.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.opsreport.forecast.Accuracy;
import org.opsreport.forecast.ForecastPoint;
import org.opsreport.forecast.IntervalCalibration;
import org.opsreport.forecast.IntervalCalibration.BandMultipliers;
import org.opsreport.forecast.IntervalCalibration.Multipliers;
import org.opsreport.forecast.IntervalCalibration.ScoreCounts;

/**
 * The nightly job's pooled interval calibration ({@link IntervalCalibration}) replayed over the bench's
 * rolling cuts, night by night, oldest first: each cut is a night; its multipliers are learned only from
 * the hold-out values of earlier cuts (all series) whose time had come by the cut's origin (target at or
 * before it, within the last {@code window} days), as the job scores each night the values recorded that
 * day. The series' timelines are aligned by their offset from their own end (a cut is "k hours before
 * each series' end"). Prints, for the scored cuts, coverage per horizon band before (the series' own
 * intervals) and after, also outside the labelled anomaly windows, and the mean MSIS / scaled Winkler.
 */
final class CalibrationSimulation {

	private CalibrationSimulation() {
	}

	/** One hold-out value: where it sits in time (hours before the series' end) and its scores. */
	private record Scored(int cut, double targetHoursBeforeEnd, int band, double s80, double s95) {
	}

	/**
	 * @param byCut rows per cut (hours dropped from each series' end), any order
	 * @param scored the cuts whose hold-outs are measured
	 * @param window nights of scores pooled
	 * @param gamma adaptive conformal inference step (the second variant)
	 */
	static void run(Map<Integer, List<ForecastAccuracyBench.Row>> byCut, Set<Integer> scored, int window, double gamma) {
		List<Integer> nights = byCut.keySet().stream().sorted(java.util.Comparator.reverseOrder()).toList();
		List<Scored> all = new ArrayList<>();
		for (int cut : nights) {
			for (ForecastAccuracyBench.Row r : byCut.get(cut)) {
				for (int i = 0; i < r.test().length; i++) {
					long leadSeconds = (i + 1) * r.stepSeconds();
					double hoursBeforeEnd = cut + ForecastAccuracyBench.HOLD_OUT.toHours() - leadSeconds / 3600.0;
					all.add(new Scored(cut, hoursBeforeEnd, IntervalCalibration.band(java.time.Duration.ofSeconds(leadSeconds)),
							IntervalCalibration.score(r.test()[i], r.ours()[i], r.l80()[i], r.u80()[i]),
							IntervalCalibration.score(r.test()[i], r.ours()[i], r.l95()[i], r.u95()[i])));
				}
			}
		}
		// the series' own intervals per cut and band: how coverage moves from night to night
		StringBuilder raw = new StringBuilder("own intervals' hold-out coverage 80/95 per cut and band (older cuts first):");
		for (int cut : nights) {
			raw.append("\n  cut ").append(cut).append("h:");
			for (int b = 0; b < IntervalCalibration.BANDS; b++) {
				int in80 = 0;
				int in95 = 0;
				int count = 0;
				for (Scored s : all) {
					if (s.cut == cut && s.band == b) {
						in80 += s.s80 <= 1 ? 1 : 0;
						in95 += s.s95 <= 1 ? 1 : 0;
						count++;
					}
				}
				raw.append(String.format(Locale.ROOT, " %s %.3f/%.3f", ForecastAccuracyBench.BANDS[b], (double) in80 / count,
						(double) in95 / count));
			}
		}
		System.out.println(raw);
		// scores of exactly 1: values on a bound, mostly at the range's floor under a bound clamped to it
		StringBuilder atom = new StringBuilder("scores exactly 1 (value on the 80% / 95% bound), share per band:");
		for (int b = 0; b < IntervalCalibration.BANDS; b++) {
			final int band = b;
			long count = all.stream().filter(s -> s.band == band).count();
			long one80 = all.stream().filter(s -> s.band == band && s.s80 == 1).count();
			long one95 = all.stream().filter(s -> s.band == band && s.s95 == 1).count();
			atom.append(String.format(Locale.ROOT, " %s %.3f / %.3f;", ForecastAccuracyBench.BANDS[b], (double) one80 / count,
					(double) one95 / count));
		}
		System.out.println(atom);
		for (double g : new double[] { 0, gamma }) {
			Map<Integer, Multipliers> applied = new java.util.HashMap<>();
			double[][] alpha = new double[IntervalCalibration.BANDS][];
			for (int b = 0; b < IntervalCalibration.BANDS; b++) {
				alpha[b] = new double[] { IntervalCalibration.ALPHA80, IntervalCalibration.ALPHA95 };
			}
			Integer previous = null;
			StringBuilder log = new StringBuilder();
			for (int cut : nights) {
				double origin = cut + ForecastAccuracyBench.HOLD_OUT.toHours(); // hours before the end
				BandMultipliers[] bands = new BandMultipliers[IntervalCalibration.BANDS];
				for (int b = 0; b < IntervalCalibration.BANDS; b++) {
					if (g > 0 && previous != null) {
						// ACI: the values recorded since the previous night, against the intervals stored for them
						double previousOrigin = previous + ForecastAccuracyBench.HOLD_OUT.toHours();
						int[] miss = new int[2];
						int count = 0;
						for (Scored s : all) {
							if (s.band == b && s.targetHoursBeforeEnd >= origin && s.targetHoursBeforeEnd < previousOrigin
									&& applied.containsKey(s.cut)) {
								BandMultipliers m = applied.get(s.cut).band(b);
								miss[0] += s.s80 > m.m80() ? 1 : 0;
								miss[1] += s.s95 > m.m95() ? 1 : 0;
								count++;
							}
						}
						if (count > 0) {
							alpha[b][0] = IntervalCalibration.nextAlpha(alpha[b][0], IntervalCalibration.ALPHA80,
									(double) miss[0] / count, g);
							alpha[b][1] = IntervalCalibration.nextAlpha(alpha[b][1], IntervalCalibration.ALPHA95,
									(double) miss[1] / count, g);
						}
					}
					List<Double> s80 = new ArrayList<>();
					List<Double> s95 = new ArrayList<>();
					for (Scored s : all) {
						if (s.band == b && s.cut > cut && s.targetHoursBeforeEnd >= origin
								&& s.targetHoursBeforeEnd < origin + 24.0 * window) {
							s80.add(s.s80);
							s95.add(s.s95);
						}
					}
					bands[b] = new BandMultipliers(
							IntervalCalibration.conformalMultiplier(
									ScoreCounts.of(s80.stream().mapToDouble(Double::doubleValue).toArray()), alpha[b][0]),
							IntervalCalibration.conformalMultiplier(
									ScoreCounts.of(s95.stream().mapToDouble(Double::doubleValue).toArray()), alpha[b][1]));
					log.append(String.format(Locale.ROOT, "%s%.3f/%.3f (%d)", b == 0 ? " cut " + cut + "h: " : ", ",
							bands[b].m80(), bands[b].m95(), s80.size()));
				}
				applied.put(cut, Multipliers.of(bands));
				previous = cut;
			}
			System.out.printf(Locale.ROOT, "%npooled interval calibration, window %d nights, ACI gamma %s; multipliers 80/95 per band (scores):%n%s%n",
					window, g, log.toString().replace(" cut ", "\n  cut "));
			print(byCut, scored, applied);
		}
	}

	private static void print(Map<Integer, List<ForecastAccuracyBench.Row>> byCut, Set<Integer> scored,
			Map<Integer, Multipliers> applied) {
		int bands = IntervalCalibration.BANDS;
		int[][] in = new int[4][bands]; // in80, in95, outside anomalies: in80, in95
		int[] total = new int[bands];
		int[] outsideTotal = new int[bands];
		double msis = 0;
		double winkler = 0;
		int rows = 0;
		for (int cut : scored) {
			Multipliers m = applied.get(cut);
			for (ForecastAccuracyBench.Row r : byCut.getOrDefault(cut, List.of())) {
				if (!Double.isFinite(r.mase()) || !Double.isFinite(r.naiveMase())) {
					continue;
				}
				int n = r.test().length;
				double[] l80 = new double[n];
				double[] u80 = new double[n];
				double[] l95 = new double[n];
				double[] u95 = new double[n];
				// the job's own step: IntervalCalibration.apply on the forecast with the series' own intervals
				List<ForecastPoint> own = new ArrayList<>(n);
				for (int i = 0; i < n; i++) {
					own.add(new ForecastPoint(Instant.EPOCH.plusSeconds((i + 1) * r.stepSeconds()), r.ours()[i], r.l80()[i],
							r.u80()[i], r.l95()[i], r.u95()[i]));
				}
				List<ForecastPoint> calibrated = IntervalCalibration.apply(own, Instant.EPOCH, m, r.domain());
				for (int i = 0; i < n; i++) {
					int b = IntervalCalibration.band(java.time.Duration.ofSeconds((i + 1) * r.stepSeconds()));
					ForecastPoint p = calibrated.get(i);
					l80[i] = p.lower80();
					u80[i] = p.upper80();
					l95[i] = p.lower95();
					u95[i] = p.upper95();
					double a = r.test()[i];
					boolean i80 = a >= l80[i] && a <= u80[i];
					boolean i95 = a >= l95[i] && a <= u95[i];
					in[0][b] += i80 ? 1 : 0;
					in[1][b] += i95 ? 1 : 0;
					total[b]++;
					if (r.outside()[i]) {
						in[2][b] += i80 ? 1 : 0;
						in[3][b] += i95 ? 1 : 0;
						outsideTotal[b]++;
					}
				}
				msis += Accuracy.msis(r.test(), l95, u95, 0.05, r.scale());
				winkler += Accuracy.scaled(Accuracy.winkler(r.test(), l80, u80, 0.2), r.scale());
				rows++;
			}
		}
		StringBuilder line = new StringBuilder("calibrated hold-out coverage per horizon band (80% / 95%):");
		StringBuilder outside = new StringBuilder("  outside the labelled anomaly windows:");
		int[] sums = new int[4];
		int sumTotal = 0;
		int sumOutside = 0;
		for (int b = 0; b < bands; b++) {
			line.append(String.format(Locale.ROOT, " %s %.3f / %.3f (%d values);", ForecastAccuracyBench.BANDS[b],
					(double) in[0][b] / total[b], (double) in[1][b] / total[b], total[b]));
			outside.append(String.format(Locale.ROOT, " %s %.3f / %.3f (%d values);", ForecastAccuracyBench.BANDS[b],
					(double) in[2][b] / outsideTotal[b], (double) in[3][b] / outsideTotal[b], outsideTotal[b]));
			for (int k = 0; k < 4; k++) {
				sums[k] += in[k][b];
			}
			sumTotal += total[b];
			sumOutside += outsideTotal[b];
		}
		line.append(String.format(Locale.ROOT, " all %.3f / %.3f", (double) sums[0] / sumTotal, (double) sums[1] / sumTotal));
		outside.append(String.format(Locale.ROOT, " all %.3f / %.3f", (double) sums[2] / sumOutside,
				(double) sums[3] / sumOutside));
		System.out.println(line);
		System.out.println(outside);
		System.out.printf(Locale.ROOT, "calibrated hold-out interval scores (%d hold-outs): mean MSIS (95%%, M4) %.3f, mean scaled Winkler (80%%) %.3f%n",
				rows, msis / rows, winkler / rows);
	}

}
