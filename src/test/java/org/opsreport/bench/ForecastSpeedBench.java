package org.opsreport.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.opsreport.forecast.ForecastEngine;
import org.opsreport.forecast.ForecastResult;
import org.opsreport.forecast.IntervalCalibration;
import org.opsreport.forecast.IntervalProperties;
import org.opsreport.forecast.ForecastSettings;
import org.opsreport.forecast.RegularSeries;
import org.opsreport.forecast.TimeOfDayNormalization;
import org.opsreport.forecast.ValueDomain;

/**
 * Speed benchmark (bench/forecast-speed): train + backtest + forecast (48 h) for generated series on a
 * pool of 2 threads, as the nightly train step does: 400 hourly series of 960 points, then 100
 * five-minute series of 28 days (8064 points), each forecast's intervals then recalibrated as the job does
 * ({@link IntervalCalibration#apply}). Targets (issue 16): the hourly set within 30 s, the five-minute set
 * within 60 s on 2 cores.
 */
public final class ForecastSpeedBench {

	/** Multipliers of the kind the pooled calibration sets (bench/README.md), so that applying them is timed too. */
	private static final IntervalCalibration.Multipliers CALIBRATION = new IntervalCalibration.Multipliers(
			new IntervalCalibration.BandMultipliers(0.975, 1.3), new IntervalCalibration.BandMultipliers(1.05, 1.575),
			new IntervalCalibration.BandMultipliers(1.45, 3.0));

	/** The job's default time-of-day normalization ({@link IntervalProperties#DEFAULTS}), or none with {@code -Dbench.timeOfDay=off}. */
	private static final TimeOfDayNormalization NORMALIZATION = "off".equals(System.getProperty("bench.timeOfDay"))
			? TimeOfDayNormalization.OFF : IntervalProperties.DEFAULTS.normalization();

	/** Targets of issue 16: 400 hourly series within 30 s wall on 2 cores, the five-minute set within 60 s. */
	static double targetSeconds(Duration step) {
		return step.compareTo(Duration.ofHours(1)) >= 0 ? 30 : 60;
	}

	public static void main(String[] args) throws Exception {
		int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
		System.out.printf(Locale.ROOT, "threads: %d, available processors: %d%n", threads,
				Runtime.getRuntime().availableProcessors());
		// warm-up (JIT) on a few series, not timed
		run(generate(8, Duration.ofHours(1), 960, 7), threads, false);
		run(generate(400, Duration.ofHours(1), 960, 1), threads, true);
		run(generate(100, Duration.ofMinutes(5), 28 * 288, 2), threads, true);
	}

	public static List<RegularSeries> generatePublic(int count, Duration step, int points, long seed) {
		return generate(count, step, points, seed);
	}

	static List<RegularSeries> generate(int count, Duration step, int points, long seed) {
		Random random = new Random(seed);
		int daily = (int) (Duration.ofDays(1).toSeconds() / step.toSeconds());
		List<RegularSeries> list = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			double level = 50 + 100 * random.nextDouble();
			double amplitude = level * (0.1 + 0.4 * random.nextDouble());
			double weekend = random.nextDouble() < 0.5 ? 0.7 : 1.0;
			double noise = level * (0.02 + 0.1 * random.nextDouble());
			double trend = level * 0.005 * random.nextGaussian() / daily; // about 0.5% of the level per day
			double[] y = new double[points];
			double ar = 0;
			for (int t = 0; t < points; t++) {
				double phase = 2 * Math.PI * (t % daily) / daily;
				boolean isWeekend = (t / daily) % 7 >= 5;
				ar = 0.7 * ar + noise * random.nextGaussian();
				y[t] = Math.max(0, (level + amplitude * Math.sin(phase)) * (isWeekend ? weekend : 1) + trend * t + ar);
			}
			list.add(new RegularSeries(Instant.parse("2026-01-05T00:00:00Z"), step, y, 0));
		}
		return list;
	}

	/** CPU time of this JVM (all threads, incl. JIT and GC): with other load on the machine it shows what wall time would be on idle cores. */
	private static long processCpuNanos() {
		java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
		return (os instanceof com.sun.management.OperatingSystemMXBean sun) ? sun.getProcessCpuTime() : 0;
	}

	static void run(List<RegularSeries> series, int threads, boolean print) throws Exception {
		ForecastSettings settings = ForecastSettings.of(Duration.ofHours(48));
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long begin = System.nanoTime();
		long cpuBegin = processCpuNanos();
		try {
			List<Future<ForecastResult>> futures = new ArrayList<>();
			for (RegularSeries s : series) {
				// as the nightly job does: train (with its default time-of-day normalization; -Dbench.timeOfDay=off: none),
				// then apply the pooled interval calibration's multipliers
				futures.add(pool.submit(() -> {
					ForecastResult r = ForecastEngine.train(s, ValueDomain.NON_NEGATIVE, settings, NORMALIZATION);
					return r.withIntervals(IntervalCalibration.apply(r.points(), s.timeAt(s.size() - 1), CALIBRATION,
							r.domain()), r.messages());
				}));
			}
			Map<String, Integer> chosen = new TreeMap<>();
			double maseSum = 0;
			double naiveSum = 0;
			for (Future<ForecastResult> f : futures) {
				ForecastResult r = f.get();
				chosen.merge(r.modelName().startsWith("combination") ? "combination" : r.modelName(), 1, Integer::sum);
				maseSum += r.mase();
				naiveSum += r.seasonalNaiveMase();
			}
			double seconds = (System.nanoTime() - begin) / 1e9;
			double cpu = (processCpuNanos() - cpuBegin) / 1e9;
			if (print) {
				RegularSeries first = series.get(0);
				System.out.printf(Locale.ROOT,
						"%d series x %d points, step %s: wall %.1f s (target <= %.0f s: %s), process CPU %.1f s (= %.1f s per core); backtest mean MASE %.3f vs seasonal naive %.3f; chosen %s%n",
						series.size(), first.size(), first.step(), seconds, targetSeconds(first.step()),
						seconds <= targetSeconds(first.step()) ? "MET" : "NOT MET", cpu,
						cpu / threads,
						maseSum / series.size(), naiveSum / series.size(), chosen);
			}
		}
		finally {
			pool.shutdown();
		}
	}

}
