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
import org.opsreport.forecast.ValueDomain;

/**
 * The nightly job's pooled interval calibration ({@link IntervalCalibration}) replayed over the bench's
 * rolling cuts, night by night, oldest first: each cut is a night; its multipliers are learned only from
 * the hold-out values of earlier cuts (all series) whose time had come by the cut's origin (target at or
 * before it, within the last {@code window} days), as the job scores each night the values recorded that
 * day. The series' timelines are aligned by their offset from their own end (a cut is "k hours before
 * each series' end"). Prints, for the scored cuts, coverage per horizon band before (the series' own
 * intervals) and after, also outside the labelled anomaly windows and per cut, and the mean MSIS / scaled
 * Winkler; each coverage figure with cluster-bootstrap confidence intervals ({@link ClusterBootstrap}:
 * whole hold-outs, and whole series, resampled) and whether the +-3-point target is compatible with it
 * or excluded. Unless {@code -Dbench.calibration.noLevers=true}, also replays the levers of
 * bench/README.md's third round ({@link Variant#levers}, a Mondrian calibration by series) and prints
 * each one's figures and its paired differences from the job's calibration.
 */
final class CalibrationSimulation {

	private CalibrationSimulation() {
	}

	/** One hold-out value: where it sits in time (hours before the series' end) and its scores. */
	record Scored(int cut, String series, double targetHoursBeforeEnd, int band, double s80, double s95, double e80,
			double e95) {

		/**
		 * The score of a level: the job's, edge-aware ({@link IntervalCalibration#score(double, double, double, double,
		 * ValueDomain)}), or as before the edge rule ({@code edge} false: a zero under a bound on 0 scores 1).
		 */
		double score(int level, boolean edge) {
			return edge ? (level == 0 ? this.e80 : this.e95) : (level == 0 ? this.s80 : this.s95);
		}

	}

	/**
	 * @param byCut rows per cut (hours dropped from each series' end), any order
	 * @param scored the cuts whose hold-outs are measured
	 * @param window nights of scores pooled
	 * @param gamma adaptive conformal inference step of the job's calibration (the reference is gamma 0)
	 */
	static void run(Map<Integer, List<ForecastAccuracyBench.Row>> byCut, Set<Integer> scored, int window, double gamma) {
		List<Integer> nights = byCut.keySet().stream().sorted(java.util.Comparator.reverseOrder()).toList();
		List<Scored> all = new ArrayList<>();
		for (int cut : nights) {
			for (ForecastAccuracyBench.Row r : byCut.get(cut)) {
				for (int i = 0; i < r.test().length; i++) {
					long leadSeconds = (i + 1) * r.stepSeconds();
					double hoursBeforeEnd = cut + ForecastAccuracyBench.HOLD_OUT.toHours() - leadSeconds / 3600.0;
					all.add(new Scored(cut, r.name(), hoursBeforeEnd, IntervalCalibration.band(java.time.Duration.ofSeconds(leadSeconds)),
							IntervalCalibration.score(r.test()[i], r.ours()[i], r.l80()[i], r.u80()[i]),
							IntervalCalibration.score(r.test()[i], r.ours()[i], r.l95()[i], r.u95()[i]),
							IntervalCalibration.score(r.test()[i], r.ours()[i], r.l80()[i], r.u80()[i], r.domain()),
							IntervalCalibration.score(r.test()[i], r.ours()[i], r.l95()[i], r.u95()[i], r.domain())));
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
		Result own = evaluate(byCut, scored, (cut, series) -> Multipliers.ONE, true);
		printIntervals("own intervals (no calibration)", own);
		List<Variant> variants = new ArrayList<>(List.of(Variant.flat(0), Variant.flat(gamma), Variant.beforeEdgeRule(gamma)));
		if (!Boolean.getBoolean("bench.calibration.noLevers")) {
			variants.addAll(Variant.levers(gamma));
		}
		List<String> table = new ArrayList<>();
		Map<Variant, Result> results = new java.util.LinkedHashMap<>();
		Result job = null;
		for (Variant v : variants) {
			Map<Integer, Multipliers> applied = replay(all, nights, window, v);
			Result result = evaluate(byCut, scored, (cut, series) -> applied.get(cut), v.edge());
			results.put(v, result);
			table.add(result.summary(v.name()));
			if (v.isJobDefault(gamma)) {
				printIntervals("the job's calibration (" + v.name() + ")", result);
				job = result;
			}
		}
		if (!Boolean.getBoolean("bench.calibration.noLevers")) {
			// (c) Mondrian conformal by series: each series' own past scores, the pool where it has too few
			Map<Integer, Multipliers> pooled = replay(all, nights, window, Variant.flat(0));
			Map<String, Multipliers> bySeries = replayBySeries(all, nights, window, pooled);
			Variant mondrian = new Variant("Mondrian by series (own past scores; the flat pool, gamma 0, where too few)", 0, 1, 0, 0, 1,
					true);
			Result result = evaluate(byCut, scored, (cut, series) -> bySeries.get(cut + "/" + series), true);
			results.put(mondrian, result);
			table.add(result.summary(mondrian.name()));
		}
		String dump = System.getProperty("bench.calibration.dump");
		if (dump != null && !dump.isBlank()) {
			PairedRuns.write(java.nio.file.Path.of(dump), own, results);
		}
		System.out.println("\nvariants (coverage 80/95 per band 0-6h, 6-24h, 24-48h; figures within +-3 points; MSIS 95%, scaled Winkler 80%):");
		table.forEach(System.out::println);
		if (job != null) {
			System.out.println("\npaired differences from the job's calibration, variant minus job, with 90% intervals of a series bootstrap"
					+ " (the same series drawn for both; coverage in points, MSIS in %):");
			for (Map.Entry<Variant, Result> e : results.entrySet()) {
				if (e.getValue() != job) {
					System.out.println(pairedDifference(e.getKey().name(), e.getValue(), job));
				}
			}
		}
	}

	/**
	 * The difference of a variant's figures from the job's on the same hold-outs, with the 90 % interval of
	 * a series bootstrap of the paired differences: most of a figure's uncertainty is which hold-outs were
	 * drawn, and it cancels in a difference on the same ones, so a difference can be real while both
	 * figures' own intervals overlap widely.
	 */
	private static String pairedDifference(String name, Result variant, Result job) {
		String[] units = job.series().toArray(String[]::new);
		StringBuilder line = new StringBuilder("  " + name + ":");
		for (int b = 0; b < IntervalCalibration.BANDS; b++) {
			for (int l = 0; l < 2; l++) {
				long[] hv = variant.hits(l, b);
				long[] hj = job.hits(l, b);
				double[] diff = new double[hv.length];
				for (int j = 0; j < diff.length; j++) {
					diff[j] = hv[j] - hj[j];
				}
				double[] totals = java.util.Arrays.stream(job.totals(b)).asDoubleStream().toArray();
				line.append(String.format(Locale.ROOT, " %s %s %s;", ForecastAccuracyBench.BANDS[b], l == 0 ? "80" : "95",
						difference(diff, totals, units, 100)));
			}
		}
		double[] msisDiff = new double[job.msisPerHoldOut().size()];
		double[] ones = new double[msisDiff.length];
		for (int j = 0; j < msisDiff.length; j++) {
			msisDiff[j] = variant.msisPerHoldOut().get(j) - job.msisPerHoldOut().get(j);
			ones[j] = 1;
		}
		return line.append(" MSIS ").append(difference(msisDiff, ones, units, 100 / job.msis())).toString();
	}

	/** {@code sum x / sum n} times {@code unit} and its 90 % series-bootstrap interval, e.g. "+1.2 [-0.3, +2.5]". */
	static String difference(double[] x, double[] n, String[] units, double unit) {
		double[][] perSeries = ClusterBootstrap.byUnit(x, n, units);
		double estimate = java.util.Arrays.stream(x).sum() / java.util.Arrays.stream(n).sum();
		if (perSeries[0].length < 2) {
			return String.format(Locale.ROOT, "%+.1f [n/a: one series]", unit * estimate);
		}
		ClusterBootstrap.Interval ci = ClusterBootstrap.percentile(estimate,
				ClusterBootstrap.replicates(perSeries[0], perSeries[1], ClusterBootstrap.RESAMPLES, ClusterBootstrap.SEED), 0.90);
		return String.format(Locale.ROOT, "%+.1f [%+.1f, %+.1f]", unit * estimate, unit * ci.lower(), unit * ci.upper());
	}

	/**
	 * A calibration variant replayed by the bench: the job's (a flat pool over the window, ACI level
	 * step {@code gamma}) and the levers tried against it.
	 * @param decay weight {@code decay^age} of a score {@code age} nights old (1: the flat pool; Barber et
	 * al. 2023, weighted split conformal)
	 * @param eta step of the quantile tracker on the multiplier (0: none; Angelopoulos, Cand&egrave;s &amp;
	 * Tibshirani 2023, conformal PID control, the P term)
	 * @param ki gain of the saturated integrator (0: none; the same, the I term)
	 * @param cSat saturation constant of the integrator
	 */
	record Variant(String name, double gamma, double decay, double eta, double ki, double cSat, boolean edge) {

		static Variant flat(double gamma) {
			return new Variant("flat pool, gamma " + gamma, gamma, 1, 0, 0, 1, true);
		}

		/** The job before issue 16's edge rule (branch `edge`): scores and {@code apply} ignore the range's edge. */
		static Variant beforeEdgeRule(double gamma) {
			return new Variant("before the edge rule: a zero under a bound on 0 scores 1, apply lifts the bound, gamma " + gamma,
					gamma, 1, 0, 0, 1, false);
		}

		boolean isJobDefault(double jobGamma) {
			return this.gamma == jobGamma && this.decay == 1 && this.eta == 0 && this.ki == 0 && this.edge;
		}

		static List<Variant> levers(double gamma) {
			return List.of(new Variant("weighted 0.9^age, gamma " + gamma, gamma, 0.9, 0, 0, 1, true),
					new Variant("weighted 0.8^age, gamma " + gamma, gamma, 0.8, 0, 0, 1, true),
					new Variant("weighted 0.9^age, gamma 0", 0, 0.9, 0, 0, 1, true),
					new Variant("weighted 0.8^age, gamma 0", 0, 0.8, 0, 0, 1, true),
					new Variant("PID: quantile tracker eta 1 on the multiplier, flat-pool scorecaster, gamma 0", 0, 1, 1, 0, 1, true),
					new Variant("PID: quantile tracker eta 2, gamma 0", 0, 1, 2, 0, 1, true),
					new Variant("PID: tracker eta 1 + integrator KI 1, Csat 1, gamma 0", 0, 1, 1, 1, 1, true),
					new Variant("PID: tracker eta 1 beside ACI gamma " + gamma, gamma, 1, 1, 0, 1, true));
		}

	}

	/**
	 * The multipliers each night (cut) would have applied under a variant: the ACI level and the tracker
	 * are updated from the values recorded since the previous night against the intervals stored for
	 * them (the multipliers that variant applied), the pool holds the scores of earlier cuts whose time
	 * had come by the night's origin, at most {@code window} days back.
	 */
	static Map<Integer, Multipliers> replay(List<Scored> all, List<Integer> nights, int window, Variant v) {
		Map<Integer, Multipliers> applied = new java.util.HashMap<>();
		double[] nominal = { IntervalCalibration.ALPHA80, IntervalCalibration.ALPHA95 };
		double[][] alpha = new double[IntervalCalibration.BANDS][];
		double[][] tracker = new double[IntervalCalibration.BANDS][2];
		double[][] integral = new double[IntervalCalibration.BANDS][2];
		int[][] updates = new int[IntervalCalibration.BANDS][2];
		for (int b = 0; b < IntervalCalibration.BANDS; b++) {
			alpha[b] = nominal.clone();
		}
		Integer previous = null;
		StringBuilder log = new StringBuilder();
		for (int cut : nights) {
			double origin = cut + ForecastAccuracyBench.HOLD_OUT.toHours(); // hours before the end
			BandMultipliers[] bands = new BandMultipliers[IntervalCalibration.BANDS];
			for (int b = 0; b < IntervalCalibration.BANDS; b++) {
				if (previous != null) {
					// the values recorded since the previous night, against the intervals stored for them
					double previousOrigin = previous + ForecastAccuracyBench.HOLD_OUT.toHours();
					int[] miss = new int[2];
					int count = 0;
					for (Scored s : all) {
						if (s.band == b && s.targetHoursBeforeEnd >= origin && s.targetHoursBeforeEnd < previousOrigin
								&& applied.containsKey(s.cut)) {
							BandMultipliers m = applied.get(s.cut).band(b);
							miss[0] += s.score(0, v.edge()) > m.m80() ? 1 : 0;
							miss[1] += s.score(1, v.edge()) > m.m95() ? 1 : 0;
							count++;
						}
					}
					if (count > 0) {
						for (int l = 0; l < 2; l++) {
							double err = (double) miss[l] / count;
							if (v.gamma() > 0) {
								alpha[b][l] = IntervalCalibration.nextAlpha(alpha[b][l], nominal[l], err, v.gamma());
							}
							tracker[b][l] += v.eta() * (err - nominal[l]);
							integral[b][l] += err - nominal[l];
							updates[b][l]++;
						}
					}
				}
				double[][] pooled = new double[2][];
				List<Double> s80 = new ArrayList<>();
				List<Double> s95 = new ArrayList<>();
				List<Integer> ages = new ArrayList<>();
				for (Scored s : all) {
					if (s.band == b && s.cut > cut && s.targetHoursBeforeEnd >= origin
							&& s.targetHoursBeforeEnd < origin + 24.0 * window) {
						s80.add(s.score(0, v.edge()));
						s95.add(s.score(1, v.edge()));
						ages.add((int) Math.floor((s.targetHoursBeforeEnd - origin) / 24.0));
					}
				}
				pooled[0] = s80.stream().mapToDouble(Double::doubleValue).toArray();
				pooled[1] = s95.stream().mapToDouble(Double::doubleValue).toArray();
				double[] m = new double[2];
				for (int l = 0; l < 2; l++) {
					if (v.decay() == 1) {
						m[l] = IntervalCalibration.conformalMultiplier(ScoreCounts.of(pooled[l]), alpha[b][l]);
					}
					else {
						ScoreCounts[] counts = new ScoreCounts[window];
						for (int age = 0; age < window; age++) {
							final int a = age;
							final double[] scores = pooled[l];
							counts[age] = ScoreCounts.of(java.util.stream.IntStream.range(0, scores.length)
								.filter(i -> ages.get(i) == a)
								.mapToDouble(i -> scores[i])
								.toArray());
						}
						m[l] = weightedConformalMultiplier(counts, v.decay(), alpha[b][l]);
					}
					if (v.eta() > 0 || v.ki() > 0) {
						// conformal PID: the pooled quantile is the scorecaster, the tracker and integrator correct it
						m[l] = Math.max(IntervalCalibration.MIN_MULTIPLIER, Math.min(IntervalCalibration.MAX_MULTIPLIER,
								m[l] + tracker[b][l] + saturatedIntegrator(integral[b][l], updates[b][l], v.ki(), v.cSat())));
					}
				}
				bands[b] = new BandMultipliers(m[0], m[1]);
				log.append(String.format(Locale.ROOT, "%s%.3f/%.3f (%d)", b == 0 ? " cut " + cut + "h: " : ", ",
						bands[b].m80(), bands[b].m95(), s80.size()));
			}
			applied.put(cut, Multipliers.of(bands));
			previous = cut;
		}
		System.out.printf(Locale.ROOT, "%npooled interval calibration, window %d nights, %s; multipliers 80/95 per band (scores):%n%s%n",
				window, v.name(), log.toString().replace(" cut ", "\n  cut "));
		return applied;
	}

	/**
	 * {@link IntervalCalibration#apply} as it was before the edge rule (main before branch `edge`): every bound
	 * moves, {@code f - m (f - l)}, and is clamped to the range again, so a multiplier below 1 lifts a lower
	 * bound of 0 off the zeros it held. The bench's reference for what the job did before.
	 */
	static List<ForecastPoint> applyBeforeEdgeRule(List<ForecastPoint> points, Multipliers multipliers, ValueDomain domain) {
		List<ForecastPoint> out = new ArrayList<>(points.size());
		for (ForecastPoint p : points) {
			BandMultipliers m = multipliers.band(IntervalCalibration.band(java.time.Duration.between(Instant.EPOCH, p.timestamp())));
			double f = p.forecast();
			double l80 = domain.clamp(f - m.m80() * (f - p.lower80()));
			double u80 = domain.clamp(f + m.m80() * (p.upper80() - f));
			double l95 = Math.min(l80, domain.clamp(f - m.m95() * (f - p.lower95())));
			double u95 = Math.max(u80, domain.clamp(f + m.m95() * (p.upper95() - f)));
			out.add(new ForecastPoint(p.timestamp(), f, l80, u80, l95, u95));
		}
		return out;
	}

	/**
	 * Mondrian conformal by series (Vovk, Gammerman &amp; Shafer 2005, section 4.5: the conformal quantile
	 * taken within a category, here the series): each series' multiplier per band and level is the
	 * split-conformal quantile of its own scores of the last {@code window} days, at the nominal level;
	 * with too few of them for the level ({@code (1 - alpha)(N + 1) > N}) the pooled multiplier.
	 * @return multipliers per {@code "cut/series"}
	 */
	static Map<String, Multipliers> replayBySeries(List<Scored> all, List<Integer> nights, int window,
			Map<Integer, Multipliers> pooled) {
		Map<String, Multipliers> out = new java.util.HashMap<>();
		double[] nominal = { IntervalCalibration.ALPHA80, IntervalCalibration.ALPHA95 };
		List<String> names = all.stream().map(Scored::series).distinct().toList();
		for (int cut : nights) {
			double origin = cut + ForecastAccuracyBench.HOLD_OUT.toHours();
			for (String name : names) {
				BandMultipliers[] bands = new BandMultipliers[IntervalCalibration.BANDS];
				for (int b = 0; b < IntervalCalibration.BANDS; b++) {
					final int band = b;
					double[][] scores = new double[2][];
					List<Scored> own = all.stream()
						.filter(s -> s.band == band && s.series.equals(name) && s.cut > cut && s.targetHoursBeforeEnd >= origin
								&& s.targetHoursBeforeEnd < origin + 24.0 * window)
						.toList();
					scores[0] = own.stream().mapToDouble(Scored::e80).toArray();
					scores[1] = own.stream().mapToDouble(Scored::e95).toArray();
					double[] m = new double[2];
					for (int l = 0; l < 2; l++) {
						long n = java.util.Arrays.stream(scores[l]).filter(x -> !Double.isNaN(x)).count();
						boolean enough = Math.ceil((1 - nominal[l]) * (n + 1) - 1e-9) <= n;
						m[l] = enough ? IntervalCalibration.conformalMultiplier(ScoreCounts.of(scores[l]), nominal[l])
								: l == 0 ? pooled.get(cut).band(b).m80() : pooled.get(cut).band(b).m95();
					}
					bands[b] = new BandMultipliers(m[0], m[1]);
				}
				out.put(cut + "/" + name, Multipliers.of(bands));
			}
		}
		return out;
	}

	/**
	 * Weighted split-conformal quantile (Barber, Cand&egrave;s, Ramdas &amp; Tibshirani 2023, "Conformal
	 * prediction beyond exchangeability", Ann. Statist. 51(2), section 4.1, fixed weights): a score
	 * {@code a} nights old weighs {@code w = decay^a}, the test point 1, and the multiplier is the
	 * smallest grid point {@code m} with {@code sum_{s_i <= m} w_i >= (1 - alpha)(sum_i w_i + 1)} (the
	 * test point's weight at +inf), with the flat quantile's tie rule: the grid point below when it falls
	 * less weight short of the target than {@code m} passes it by (weights are not integers, so the aim is
	 * the target itself; with decay 1 it is the flat pool's {@link IntervalCalibration#conformalMultiplier},
	 * which aims at the integer rank). 1 when the target exceeds the pool's whole weight (too little
	 * weight for the level).
	 * @param byAge score counts per age in nights (index 0: the night just recorded)
	 */
	static double weightedConformalMultiplier(ScoreCounts[] byAge, double decay, double alpha) {
		if (decay == 1) {
			// equal weights: the job's flat pool, whose tie rule aims at the integer rank k = ceil(target)
			ScoreCounts all = ScoreCounts.EMPTY;
			for (ScoreCounts c : byAge) {
				all = all.plus(c);
			}
			return IntervalCalibration.conformalMultiplier(all, alpha);
		}
		double[] within = new double[IntervalCalibration.GRID];
		double total = 0;
		for (int age = 0; age < byAge.length; age++) {
			double w = Math.pow(decay, age);
			long[] c = byAge[age].within();
			for (int i = 0; i < within.length; i++) {
				within[i] += w * c[i];
			}
			total += w * byAge[age].total();
		}
		double target = (1 - alpha) * (total + 1);
		if (total == 0 || target > total) {
			return 1.0;
		}
		for (int i = 0; i < within.length; i++) {
			if (within[i] >= target - 1e-9) {
				if (i > 0 && target - within[i - 1] < within[i] - target) {
					return IntervalCalibration.multiplierAt(i - 1);
				}
				return IntervalCalibration.multiplierAt(i);
			}
		}
		return IntervalCalibration.MAX_MULTIPLIER;
	}

	/**
	 * The integrator of conformal PID control (Angelopoulos, Cand&egrave;s &amp; Tibshirani 2023, NeurIPS,
	 * section 2.2): {@code r_t(x) = K_I tan(x log(t + 1) / (C_sat (t + 1)))}, saturating at
	 * {@code +-inf} beyond {@code |.| >= pi/2} (the caller clamps to the multiplier's bounds).
	 * @param sum the summed coverage errors {@code sum_i (err_i - alpha)}
	 * @param t the number of nights summed
	 */
	static double saturatedIntegrator(double sum, int t, double ki, double cSat) {
		if (ki == 0 || t == 0) {
			return 0;
		}
		double x = sum * Math.log(t + 1) / (cSat * (t + 1));
		if (Math.abs(x) >= Math.PI / 2) {
			return Math.copySign(Double.POSITIVE_INFINITY, x);
		}
		return ki * Math.tan(x);
	}

	/**
	 * Coverage of the scored cuts' hold-outs under the multipliers applied (null: the series' own
	 * intervals), per hold-out, band and level, through the job's own {@link IntervalCalibration#apply}.
	 */
	private static Result evaluate(Map<Integer, List<ForecastAccuracyBench.Row>> byCut, Set<Integer> scored,
			java.util.function.BiFunction<Integer, String, Multipliers> applied, boolean edge) {
		int bands = IntervalCalibration.BANDS;
		List<long[][]> clusters = new ArrayList<>(); // per hold-out: [level][band] values inside, [2][band] values
		List<String> series = new ArrayList<>();
		List<Double> msisPerHoldOut = new ArrayList<>();
		List<Integer> cuts = new ArrayList<>();
		int[][] outside = new int[3][bands]; // outside anomalies: in80, in95, count
		double msis = 0;
		double winkler = 0;
		int rows = 0;
		for (int cut : scored.stream().sorted(java.util.Comparator.reverseOrder()).toList()) {
			for (ForecastAccuracyBench.Row r : byCut.getOrDefault(cut, List.of())) {
				Multipliers m = applied.apply(cut, r.name());
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
				List<ForecastPoint> calibrated = edge ? IntervalCalibration.apply(own, Instant.EPOCH, m, r.domain())
						: applyBeforeEdgeRule(own, m, r.domain());
				// [3][band]: values on the range's floor (0 for counts) that the series' own 80 % interval holds,
				// [4][band]: of those, held by the calibrated 80 % interval too (the atom of issue 16's night band)
				long[][] cluster = new long[5][bands];
				double floor = r.domain().clamp(Double.NEGATIVE_INFINITY);
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
					cluster[0][b] += i80 ? 1 : 0;
					cluster[1][b] += i95 ? 1 : 0;
					cluster[2][b]++;
					if (a == floor && a >= r.l80()[i] && a <= r.u80()[i]) {
						cluster[3][b]++;
						cluster[4][b] += i80 ? 1 : 0;
					}
					if (r.outside()[i]) {
						outside[0][b] += i80 ? 1 : 0;
						outside[1][b] += i95 ? 1 : 0;
						outside[2][b]++;
					}
				}
				clusters.add(cluster);
				series.add(r.name());
				cuts.add(cut);
				double holdOutMsis = Accuracy.msis(r.test(), l95, u95, 0.05, r.scale());
				msisPerHoldOut.add(holdOutMsis);
				msis += holdOutMsis;
				winkler += Accuracy.scaled(Accuracy.winkler(r.test(), l80, u80, 0.2), r.scale());
				rows++;
			}
		}
		return new Result(clusters, series, cuts, msisPerHoldOut, outside, msis / rows, winkler / rows);
	}

	/** Nominal coverage of the two levels, and the +-3-point target around it (issue 16). */
	private static final double[] NOMINAL = { 0.80, 0.95 };

	private static final double TOLERANCE = 0.03;

	/**
	 * The scored hold-outs' coverage under one calibration.
	 * @param clusters per hold-out (series x cut): {@code [0][band]} values inside the 80 % interval,
	 * {@code [1][band]} inside the 95 %, {@code [2][band]} values
	 * @param series per hold-out, its series (the unit of the series bootstrap)
	 * @param cuts per hold-out, its cut (hours dropped from the series' end)
	 */
	record Result(List<long[][]> clusters, List<String> series, List<Integer> cuts, List<Double> msisPerHoldOut,
			int[][] outside, double msis, double winkler) {

		/** Values inside per hold-out in a band ({@code band == BANDS}: all bands together). */
		long[] hits(int level, int band) {
			return this.clusters.stream().mapToLong(c -> sum(c[level], band)).toArray();
		}

		/** Values per hold-out in a band ({@code band == BANDS}: all bands together). */
		long[] totals(int band) {
			return this.clusters.stream().mapToLong(c -> sum(c[2], band)).toArray();
		}

		private static long sum(long[] perBand, int band) {
			return band < IntervalCalibration.BANDS ? perBand[band] : java.util.Arrays.stream(perBand).sum();
		}

		double coverage(int level, int band) {
			return ClusterBootstrap.share(hits(level, band), totals(band));
		}

		double coverageAll(int level) {
			long in = 0;
			long n = 0;
			for (int b = 0; b < IntervalCalibration.BANDS; b++) {
				in += java.util.Arrays.stream(hits(level, b)).sum();
				n += java.util.Arrays.stream(totals(b)).sum();
			}
			return (double) in / n;
		}

		/** How many of the six band-level figures lie within +-3 points of nominal. */
		int withinTarget() {
			int count = 0;
			for (int b = 0; b < IntervalCalibration.BANDS; b++) {
				for (int l = 0; l < 2; l++) {
					double c = coverage(l, b);
					count += Math.abs(c - NOMINAL[l]) <= TOLERANCE + 1e-12 ? 1 : 0;
				}
			}
			return count;
		}

		String summary(String name) {
			StringBuilder line = new StringBuilder("  " + name + ":");
			for (int b = 0; b < IntervalCalibration.BANDS; b++) {
				line.append(String.format(Locale.ROOT, " %.3f/%.3f", coverage(0, b), coverage(1, b)));
			}
			long floorOwn = this.clusters.stream().mapToLong(c -> c[3][0]).sum();
			long floorHeld = this.clusters.stream().mapToLong(c -> c[4][0]).sum();
			return line.append(String.format(Locale.ROOT, "; all %.3f/%.3f; within target %d of 6; MSIS %.3f, Winkler %.3f;"
					+ " 0-6h values on the floor held by the own 80%%: %d, of them by this 80%%: %d",
					coverageAll(0), coverageAll(1), withinTarget(), this.msis, this.winkler, floorOwn, floorHeld)).toString();
		}

	}

	/**
	 * Prints the coverage per band with its cluster-bootstrap confidence intervals (whole hold-outs
	 * resampled, and whole series: all cuts of a series drawn together), and whether the target
	 * {@code [nominal - 3, nominal + 3]} points is compatible with the figure (the interval overlaps it) or
	 * excluded (a real miss at that confidence).
	 */
	private static void printIntervals(String label, Result result) {
		int bands = IntervalCalibration.BANDS;
		StringBuilder line = new StringBuilder(label + ": hold-out coverage per horizon band (80% / 95%):");
		StringBuilder outside = new StringBuilder("  outside the labelled anomaly windows:");
		int[] sumOutside = new int[3];
		for (int b = 0; b < bands; b++) {
			line.append(String.format(Locale.ROOT, " %s %.3f / %.3f (%d values);", ForecastAccuracyBench.BANDS[b],
					result.coverage(0, b), result.coverage(1, b), java.util.Arrays.stream(result.totals(b)).sum()));
			int[][] o = result.outside();
			outside.append(String.format(Locale.ROOT, " %s %.3f / %.3f (%d values);", ForecastAccuracyBench.BANDS[b],
					(double) o[0][b] / o[2][b], (double) o[1][b] / o[2][b], o[2][b]));
			for (int k = 0; k < 3; k++) {
				sumOutside[k] += o[k][b];
			}
		}
		line.append(String.format(Locale.ROOT, " all %.3f / %.3f", result.coverageAll(0), result.coverageAll(1)));
		outside.append(String.format(Locale.ROOT, " all %.3f / %.3f", (double) sumOutside[0] / sumOutside[2],
				(double) sumOutside[1] / sumOutside[2]));
		System.out.println();
		System.out.println(line);
		System.out.println(outside);
		StringBuilder perCut = new StringBuilder("  per cut, 80/95 per band:");
		for (int cut : result.cuts().stream().distinct().toList()) {
			perCut.append("\n    cut ").append(cut).append("h:");
			for (int b = 0; b < bands; b++) {
				long in80 = 0;
				long in95 = 0;
				long n = 0;
				for (int j = 0; j < result.clusters().size(); j++) {
					if (result.cuts().get(j) == cut) {
						in80 += result.clusters().get(j)[0][b];
						in95 += result.clusters().get(j)[1][b];
						n += result.clusters().get(j)[2][b];
					}
				}
				perCut.append(String.format(Locale.ROOT, " %s %.3f/%.3f", ForecastAccuracyBench.BANDS[b], (double) in80 / n,
						(double) in95 / n));
			}
		}
		System.out.println(perCut);
		System.out.printf(Locale.ROOT, "%s: hold-out interval scores (%d hold-outs): mean MSIS (95%%, M4) %.3f, mean scaled Winkler (80%%) %.3f%n",
				label, result.clusters().size(), result.msis(), result.winkler());
		long series = result.series().stream().distinct().count();
		System.out.printf(Locale.ROOT,
				"%s: cluster bootstrap (%d resamples, seed %d; percentile intervals, Efron & Tibshirani 1993) over %d hold-outs / %d series; target +-%.0f points:%n",
				label, ClusterBootstrap.RESAMPLES, ClusterBootstrap.SEED, result.clusters().size(), series, 100 * TOLERANCE);
		System.out.printf(Locale.ROOT, "  %-7s %-5s %-7s %-15s %-15s %-15s %-15s %s%n", "band", "level", "figure", "90% hold-outs",
				"95% hold-outs", "90% series", "95% series", "verdict (target vs 90% / 95% CI, hold-outs; series)");
		String[] units = result.series().toArray(String[]::new);
		for (int b = 0; b <= bands; b++) { // b == bands: all bands together
			for (int l = 0; l < 2; l++) {
				long[] hits = result.hits(l, b);
				long[] totals = result.totals(b);
				double figure = ClusterBootstrap.share(hits, totals);
				double[] byHoldOut = ClusterBootstrap.replicates(hits, totals, ClusterBootstrap.RESAMPLES, ClusterBootstrap.SEED);
				long[][] perSeries = ClusterBootstrap.byUnit(hits, totals, units);
				// one series is no sample of series: no interval (it would have zero width)
				double[] bySeries = perSeries[0].length < 2 ? new double[0]
						: ClusterBootstrap.replicates(perSeries[0], perSeries[1], ClusterBootstrap.RESAMPLES, ClusterBootstrap.SEED);
				ClusterBootstrap.Interval[] ci = { ClusterBootstrap.percentile(figure, byHoldOut, 0.90),
						ClusterBootstrap.percentile(figure, byHoldOut, 0.95), ClusterBootstrap.percentile(figure, bySeries, 0.90),
						ClusterBootstrap.percentile(figure, bySeries, 0.95) };
				double from = NOMINAL[l] - TOLERANCE;
				double to = NOMINAL[l] + TOLERANCE;
				StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-7s %-5s %-7.3f", b < bands ? ForecastAccuracyBench.BANDS[b] : "all",
						l == 0 ? "80%" : "95%", figure));
				for (ClusterBootstrap.Interval i : ci) {
					row.append(String.format(Locale.ROOT, " [%.3f, %.3f]", i.lower(), i.upper()));
				}
				boolean within = figure >= from - 1e-12 && figure <= to + 1e-12;
				row.append(within ? "  within target" : "  missed;");
				if (!within) {
					row.append(String.format(Locale.ROOT, " target %s / %s; %s / %s", verdict(ci[0], from, to), verdict(ci[1], from, to),
							verdict(ci[2], from, to), verdict(ci[3], from, to)));
				}
				System.out.println(row);
			}
		}
	}

	private static String verdict(ClusterBootstrap.Interval ci, double from, double to) {
		if (Double.isNaN(ci.lower())) {
			return "n/a";
		}
		return ci.overlaps(from, to) ? "compatible" : "excluded";
	}

}
