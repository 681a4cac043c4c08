package org.opsreport.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ForecastEngineTest {

	private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

	private static final ForecastSettings TWO_DAYS = ForecastSettings.of(Duration.ofHours(48));

	/** Hourly daily sine around {@code level} with Gaussian noise of standard deviation {@code sigma}. */
	private static double[] seasonal(int n, double level, double amplitude, double sigma, Random random) {
		double[] y = new double[n];
		for (int t = 0; t < n; t++) {
			y[t] = level + amplitude * Math.sin(2 * Math.PI * t / 24) + sigma * random.nextGaussian();
		}
		return y;
	}

	@Test
	void forecastsEveryStepOfTheHorizonAtTheSeriesInterval() {
		double[] y = seasonal(28 * 24, 100, 20, 2, new Random(11));
		ForecastResult r = ForecastEngine.train(new RegularSeries(START, Duration.ofHours(1), y, 0),
				ValueDomain.NON_NEGATIVE, TWO_DAYS);
		assertThat(r.points()).hasSize(48);
		assertThat(r.points().get(0).timestamp()).isEqualTo(START.plus(Duration.ofHours(28 * 24)));
		assertThat(r.points().get(47).timestamp()).isEqualTo(START.plus(Duration.ofHours(28 * 24 + 47)));
		assertThat(r.trainingPoints()).isEqualTo(672);
		assertThat(r.candidateMase()).containsKeys("seasonal-naive", "seed-moving-average", "holt-winters",
				"fourier-ar");
		// on a clean daily pattern every sensible model beats copying yesterday's noise
		assertThat(r.mase()).isLessThan(r.seasonalNaiveMase());
		for (ForecastPoint p : r.points()) {
			assertThat(p.lower95()).isLessThanOrEqualTo(p.lower80());
			assertThat(p.lower80()).isLessThanOrEqualTo(p.upper80());
			assertThat(p.upper80()).isLessThanOrEqualTo(p.upper95());
		}
	}

	@Test
	void shortSeriesGetsTheModelsItsLengthAllowsWithMessages() {
		// 80 hourly points: the seed model (100 points) and daily+weekly regression are skipped, seasonal naive runs
		double[] y = seasonal(80, 50, 10, 1, new Random(5));
		ForecastResult r = ForecastEngine.train(new RegularSeries(START, Duration.ofHours(1), y, 0),
				ValueDomain.NON_NEGATIVE, TWO_DAYS);
		assertThat(r.messages()).anySatisfy(m -> assertThat(m).contains("only 80 points")
			.contains("seed-moving-average skipped")
			.contains("100"));
		assertThat(r.candidateMase()).doesNotContainKey("seed-moving-average").containsKey("seasonal-naive");
		assertThat(r.points()).hasSize(48);
	}

	@Test
	void seriesShorterThanOneDayFallsBackToNaiveFamily() {
		double[] y = { 5, 6, 7, 6, 5, 6, 7, 6, 5, 6, 7, 6 };
		ForecastResult r = ForecastEngine.train(new RegularSeries(START, Duration.ofHours(1), y, 0),
				ValueDomain.NON_NEGATIVE, TWO_DAYS);
		assertThat(r.messages()).anySatisfy(m -> assertThat(m).contains("seasonal-naive skipped").contains("one full day"));
		assertThat(r.messages()).anySatisfy(m -> assertThat(m).contains("shorter than one day"));
		assertThat(r.seasonalNaiveMase()).isNaN();
		assertThat(r.points()).hasSize(48);
	}

	@Test
	void everyLengthAroundOneDayForecasts() {
		// lengths at the edges of the backtest plan (one day = 24 points): all must give a full forecast
		for (int n : new int[] { ForecastEngine.MIN_POINTS, 7, 12, 23, 24, 25, 26, 47, 48, 49, 50, 51, 72, 73, 99, 100 }) {
			double[] y = seasonal(n, 50, 10, 1, new Random(n));
			ForecastResult r = ForecastEngine.train(new RegularSeries(START, Duration.ofHours(1), y, 0),
					ValueDomain.NON_NEGATIVE, TWO_DAYS);
			assertThat(r.points()).as("n=%d", n).hasSize(48);
			assertThat(r.points()).allSatisfy(p -> assertThat(p.upper95()).isFinite());
		}
	}

	@Test
	void tooShortGivesNoForecast() {
		ForecastResult r = ForecastEngine.train(
				new RegularSeries(START, Duration.ofHours(1), new double[] { 1, 2, 3 }, 0), ValueDomain.UNBOUNDED,
				TWO_DAYS);
		assertThat(r.modelName()).isEqualTo("none");
		assertThat(r.points()).isEmpty();
		assertThat(r.messages()).anySatisfy(m -> assertThat(m).contains("only 3 points"));
	}

	@Test
	void percentForecastsAndBoundsStayWithin0And100() {
		// a utilisation pinned near 100 with noise, and one near 0
		Random random = new Random(9);
		for (double level : new double[] { 97, 2 }) {
			double[] y = seasonal(14 * 24, level, 3, 3, random);
			for (int i = 0; i < y.length; i++) {
				y[i] = Math.max(0, Math.min(100, y[i]));
			}
			ForecastResult r = ForecastEngine.train(new RegularSeries(START, Duration.ofHours(1), y, 0),
					ValueDomain.PERCENT, TWO_DAYS);
			for (ForecastPoint p : r.points()) {
				for (double v : new double[] { p.forecast(), p.lower80(), p.upper80(), p.lower95(), p.upper95() }) {
					assertThat(v).isBetween(0.0, 100.0);
				}
			}
		}
	}

	@Test
	void nonNegativeSeriesNeverGetsNegativeBounds() {
		// counts around 3 with large noise: unclamped 95% lower bounds would be negative
		Random random = new Random(4);
		double[] y = new double[14 * 24];
		for (int i = 0; i < y.length; i++) {
			y[i] = Math.max(0, 3 + 3 * random.nextGaussian());
		}
		ForecastResult r = ForecastEngine.train(new RegularSeries(START, Duration.ofHours(1), y, 0),
				ValueDomain.NON_NEGATIVE, TWO_DAYS);
		assertThat(r.points()).allSatisfy(p -> assertThat(p.lower95()).isGreaterThanOrEqualTo(0.0));
		assertThat(r.points()).anySatisfy(p -> assertThat(p.lower95()).isZero());
	}

	/**
	 * Calibration on fresh data: 40 simulated series (daily sine + Gaussian noise, seeded), each trained
	 * on 4 weeks; the next 48 hours, never seen in training, must fall inside the 80% and 95% intervals
	 * at a rate within 5 points of nominal. The backtest's own (leave-one-origin-out) coverage must be
	 * in the same band.
	 */
	@Test
	void intervalsCoverFreshDataAtNominalRate() {
		Random random = new Random(20260105);
		int n = 28 * 24;
		int in80 = 0;
		int in95 = 0;
		int total = 0;
		double backtest80 = 0;
		double backtest95 = 0;
		int series = 40;
		for (int k = 0; k < series; k++) {
			double sigma = 1 + 4 * random.nextDouble();
			double[] y = seasonal(n + 48, 100, 30, sigma, random);
			double[] train = java.util.Arrays.copyOf(y, n);
			ForecastResult r = ForecastEngine.train(new RegularSeries(START, Duration.ofHours(1), train, 0),
					ValueDomain.UNBOUNDED, TWO_DAYS);
			for (int h = 0; h < 48; h++) {
				ForecastPoint p = r.points().get(h);
				double a = y[n + h];
				in80 += (a >= p.lower80() && a <= p.upper80()) ? 1 : 0;
				in95 += (a >= p.lower95() && a <= p.upper95()) ? 1 : 0;
				total++;
			}
			backtest80 += r.coverage80();
			backtest95 += r.coverage95();
		}
		assertThat((double) in80 / total).isCloseTo(0.80, within(0.05));
		assertThat((double) in95 / total).isCloseTo(0.95, within(0.05));
		assertThat(backtest80 / series).isCloseTo(0.80, within(0.05));
		assertThat(backtest95 / series).isCloseTo(0.95, within(0.05));
	}

	/**
	 * Known quantiles: 60 series {@code y = 100 + 30 sin(2 pi t / 24) + sigma e}, {@code e} standard normal
	 * (seeded), whose true 80 % and 95 % intervals are {@code mean +- 1.2816 sigma} and {@code +- 1.96 sigma}.
	 * On the 48 hours after 4 weeks of training, in every horizon band (first 6 h, 6-24 h, 24-48 h), the
	 * share inside the calibrated intervals must be within 4 points of nominal (the band of 6 h holds 360
	 * values: one standard error of a share of 0.8 is 2.1 points), the backtest's per-band estimate
	 * (IntervalScores) within 5 points, and the M4 MSIS of the 95 % intervals within 20 % of the true
	 * quantiles' (the forecast's own error makes the calibrated interval a little wider than the truth).
	 */
	@Test
	void intervalsHoldTrueQuantilesInEveryHorizonBand() {
		Random random = new Random(20261205);
		int n = 28 * 24;
		int[] in80 = new int[3];
		int[] in95 = new int[3];
		int[] total = new int[3];
		double msis = 0;
		double trueMsis = 0;
		double[] backtest80 = new double[3];
		int series = 60;
		for (int k = 0; k < series; k++) {
			double sigma = 1 + 4 * random.nextDouble();
			double[] y = seasonal(n + 48, 100, 30, sigma, random);
			double[] train = java.util.Arrays.copyOf(y, n);
			ForecastResult r = ForecastEngine.train(new RegularSeries(START, Duration.ofHours(1), train, 0),
					ValueDomain.UNBOUNDED, TWO_DAYS);
			double[] actual = java.util.Arrays.copyOfRange(y, n, n + 48);
			double[] lower = new double[48];
			double[] upper = new double[48];
			double[] trueLower = new double[48];
			double[] trueUpper = new double[48];
			for (int h = 0; h < 48; h++) {
				ForecastPoint p = r.points().get(h);
				int band = h < 6 ? 0 : h < 24 ? 1 : 2;
				in80[band] += (actual[h] >= p.lower80() && actual[h] <= p.upper80()) ? 1 : 0;
				in95[band] += (actual[h] >= p.lower95() && actual[h] <= p.upper95()) ? 1 : 0;
				total[band]++;
				lower[h] = p.lower95();
				upper[h] = p.upper95();
				double mean = 100 + 30 * Math.sin(2 * Math.PI * (n + h) / 24);
				trueLower[h] = mean - 1.959964 * sigma;
				trueUpper[h] = mean + 1.959964 * sigma;
			}
			double scale = Accuracy.seasonalNaiveMae(train, n, 24);
			msis += Accuracy.msis(actual, lower, upper, 0.05, scale);
			trueMsis += Accuracy.msis(actual, trueLower, trueUpper, 0.05, scale);
			backtest80[0] += r.intervalScores().first6h().coverage80() / series;
			backtest80[1] += r.intervalScores().from6To24h().coverage80() / series;
			backtest80[2] += r.intervalScores().from24h().coverage80() / series;
		}
		for (int b = 0; b < 3; b++) {
			assertThat((double) in80[b] / total[b]).as("80%% band %d", b).isCloseTo(0.80, within(0.04));
			assertThat((double) in95[b] / total[b]).as("95%% band %d", b).isCloseTo(0.95, within(0.04));
			assertThat(backtest80[b]).as("backtest 80%% band %d", b).isCloseTo(0.80, within(0.05));
		}
		assertThat(msis / trueMsis).isBetween(0.95, 1.20);
	}

	@Test
	void persistentNoiseWidensTheIntervalsTowardsNominalCoverage() {
		// AR(1) noise, phi = 0.95 per hour: an error stays for many hours, so a calibration pool of 40 origins
		// x 3 leads holds about 40 independent errors, not 120; read at the nominal levels its quantiles are
		// too narrow
		Random random = new Random(20261126);
		int n = 28 * 24;
		int in80 = 0;
		int in80Nominal = 0;
		int total = 0;
		for (int k = 0; k < 60; k++) {
			double[] y = new double[n + 48];
			double noise = 0;
			for (int t = 0; t < y.length; t++) {
				noise = 0.95 * noise + 2 * random.nextGaussian();
				y[t] = 100 + 30 * Math.sin(2 * Math.PI * t / 24) + noise;
			}
			ForecastResult r = ForecastEngine.train(new RegularSeries(START, Duration.ofHours(1),
					java.util.Arrays.copyOf(y, n), 0), ValueDomain.UNBOUNDED, TWO_DAYS);
			CalibratedErrors nominal = new CalibratedErrors(poolsOf(r.calibratedErrors()), 48, Double.POSITIVE_INFINITY);
			// persistent errors: far fewer independent errors than the pool holds (40 origins x 3 leads)
			assertThat(r.calibratedErrors().effectiveSize()).isLessThan(r.calibratedErrors().errors(24).length / 2.0);
			for (int h = 0; h < 48; h++) {
				ForecastPoint p = r.points().get(h);
				double a = y[n + h];
				in80 += (a >= p.lower80() && a <= p.upper80()) ? 1 : 0;
				in80Nominal += (a >= p.forecast() + nominal.quantile(h, 10) && a <= p.forecast() + nominal.quantile(h, 90))
						? 1 : 0;
				total++;
			}
		}
		double corrected = (double) in80 / total;
		double uncorrected = (double) in80Nominal / total;
		assertThat(corrected).isGreaterThan(uncorrected);
		assertThat(Math.abs(corrected - 0.80)).isLessThan(Math.abs(uncorrected - 0.80));
	}

	private static double[][] poolsOf(CalibratedErrors calibrated) {
		double[][] pools = new double[calibrated.coveredLeads()][];
		for (int h = 0; h < pools.length; h++) {
			pools[h] = calibrated.errors(h);
		}
		return pools;
	}

	@Test
	void conformalLevelsHandComputed() {
		// u' = u (n+1)/n, l' = 1 - (1-l)(n+1)/n (Lei et al. 2018)
		assertThat(CalibratedErrors.conformalLevel(90, 19)).isCloseTo(100 * 0.9 * 20 / 19, within(1e-9));
		assertThat(CalibratedErrors.conformalLevel(10, 19)).isCloseTo(100 * (1 - 0.9 * 20 / 19), within(1e-9));
		assertThat(CalibratedErrors.conformalLevel(90, 9)).isEqualTo(100);
		assertThat(CalibratedErrors.conformalLevel(2.5, 39)).isCloseTo(0, within(1e-9));
		assertThat(CalibratedErrors.conformalLevel(90, Double.POSITIVE_INFINITY)).isEqualTo(90);
		assertThat(CalibratedErrors.conformalLevel(50, 3)).isEqualTo(50);
	}

	@Test
	void effectiveSizeHandComputed() {
		// alternating errors: rho = -3/4, floored at 0 -> every lead counts, K * m = 1 * 3
		assertThat(CalibratedErrors.effectiveSize(new double[][] { { 1, -1, 1, -1 } }, 1)).isCloseTo(3, within(1e-12));
		// 1, 1, -1, -1: mean 0, lag0 = 4, lag1 = 1 - 1 + 1 = 1, rho = 1/4 -> 3 * (3/4) / (5/4) = 1.8
		assertThat(CalibratedErrors.effectiveSize(new double[][] { { 1, 1, -1, -1 } }, 1)).isCloseTo(1.8, within(1e-12));
		// each path constant: rho close to 1 -> one error per path
		double[][] level = new double[10][48];
		Random random = new Random(5);
		for (double[] path : level) {
			java.util.Arrays.fill(path, 10 * random.nextGaussian());
		}
		assertThat(CalibratedErrors.effectiveSize(level, 3)).isCloseTo(10, within(0.5));
		// independent errors: about K * m = 10 * 7
		double[][] white = new double[10][48];
		for (double[] path : white) {
			for (int h = 0; h < path.length; h++) {
				path[h] = random.nextGaussian();
			}
		}
		assertThat(CalibratedErrors.effectiveSize(white, 3)).isBetween(55.0, 70.0);
	}

	@Test
	void combinationIsTheStepwiseMedianOfItsMembers() {
		// hand-computed: step 0 median(1, 2, 10) = 2, step 1 median(5, 2, 0) = 2, step 2 median(3, 9, 4) = 4
		double[][] three = { { 1, 5, 3 }, { 2, 2, 9 }, { 10, 0, 4 } };
		assertThat(ForecastEngine.medianOf(three, 3)).containsExactly(2, 2, 4);
		// two members: the mean of the two middle values, i.e. their mean
		assertThat(ForecastEngine.medianOf(new double[][] { { 1, 3 }, { 5, 7 } }, 2)).containsExactly(3, 5);
		// only the first h steps
		assertThat(ForecastEngine.medianOf(three, 1)).containsExactly(2);
	}

	@Test
	void anIndividualModelMustBeatTheCombinationOverallAndAtFourOfFiveOrigins() {
		// hand-computed: wins at origins 1-4 (4/5 = 0.8), overall mean 1.0 < 1.9: individual
		assertThat(ForecastEngine.prefersIndividual(new double[] { 1, 1, 1, 1, 1 }, new double[] { 2, 2, 2, 2, 0.5 }))
			.isTrue();
		// lower overall (1.4 < 1.7) but wins only 3 of 5 origins: combination
		assertThat(ForecastEngine.prefersIndividual(new double[] { 1, 1, 1, 2, 2 }, new double[] { 2, 2, 2, 1, 1.5 }))
			.isFalse();
		// wins 4 of 5 origins but one large loss makes it worse overall (2.8 > 2.2): combination
		assertThat(ForecastEngine.prefersIndividual(new double[] { 1, 1, 1, 1, 10 }, new double[] { 2, 2, 2, 2, 3 }))
			.isFalse();
		// ties are not wins
		assertThat(ForecastEngine.prefersIndividual(new double[] { 1, 1 }, new double[] { 1, 1 })).isFalse();
		// a single origin: winning it is enough
		assertThat(ForecastEngine.prefersIndividual(new double[] { 1 }, new double[] { 2 })).isTrue();
	}

	@Test
	void theCombinationIsKeptUnlessAnIndividualModelIsConsistentlyBetter() {
		Random random = new Random(5);
		// white noise: the candidates are close, the combination is kept
		double[] noise = seasonal(20 * 24, 100, 0, 5, random);
		ForecastResult r = ForecastEngine.train(new RegularSeries(START, Duration.ofHours(1), noise, 0),
				ValueDomain.UNBOUNDED, TWO_DAYS);
		assertThat(r.modelName()).startsWith(ForecastEngine.COMBINATION);
		// a steep trend over 10 days: only Holt-Winters follows it, at every origin
		double[] trend = new double[10 * 24];
		for (int t = 0; t < trend.length; t++) {
			trend[t] = 50 + 0.5 * t + 20 * Math.sin(2 * Math.PI * t / 24) + random.nextGaussian();
		}
		r = ForecastEngine.train(new RegularSeries(START, Duration.ofHours(1), trend, 0), ValueDomain.UNBOUNDED,
				TWO_DAYS);
		assertThat(r.modelName()).isEqualTo(HoltWintersModel.NAME);
		String combination = r.candidateMase()
			.keySet()
			.stream()
			.filter(name -> name.startsWith(ForecastEngine.COMBINATION))
			.findFirst()
			.orElseThrow();
		assertThat(r.mase()).isLessThan(r.candidateMase().get(combination));
	}

	@Test
	void probabilityAboveIsTheShareOfCalibratedErrors() {
		Random random = new Random(17);
		double[] y = seasonal(28 * 24, 100, 20, 5, random);
		ForecastResult r = ForecastEngine.train(new RegularSeries(START, Duration.ofHours(1), y, 0),
				ValueDomain.NON_NEGATIVE, TWO_DAYS);
		ForecastPoint p = r.points().get(10);
		assertThat(r.probabilityAbove(10, -1e9)).isEqualTo(1.0);
		assertThat(r.probabilityAbove(10, 1e9)).isEqualTo(0.0);
		// the upper 80% bound is the 90th percentile: about 10% of errors lie above it
		assertThat(r.probabilityAbove(10, p.upper80())).isCloseTo(0.10, within(0.03));
		assertThat(r.probabilityAbove(10, p.forecast())).isCloseTo(0.5, within(0.15));
		// hand check against the definition
		double[] errors = r.calibratedErrors().errors(10);
		long above = java.util.Arrays.stream(errors).filter(e -> p.forecast() + e > 110).count();
		assertThat(r.probabilityAbove(10, 110)).isEqualTo((double) above / errors.length);
	}

	@Test
	void parallelTrainingGivesTheSameResultAsSequential() throws Exception {
		Random random = new Random(2);
		List<RegularSeries> series = List.of(
				new RegularSeries(START, Duration.ofHours(1), seasonal(20 * 24, 40, 10, 2, random), 0),
				new RegularSeries(START, Duration.ofHours(1), seasonal(20 * 24, 80, 5, 4, random), 0));
		List<ForecastResult> sequential = series.stream()
			.map(s -> ForecastEngine.train(s, ValueDomain.NON_NEGATIVE, TWO_DAYS))
			.toList();
		List<CompletableFuture<ForecastResult>> parallel = series.stream()
			.map(s -> CompletableFuture.supplyAsync(() -> ForecastEngine.train(s, ValueDomain.NON_NEGATIVE, TWO_DAYS)))
			.toList();
		for (int i = 0; i < series.size(); i++) {
			ForecastResult p = parallel.get(i).get();
			assertThat(p.points()).isEqualTo(sequential.get(i).points());
			assertThat(p.modelName()).isEqualTo(sequential.get(i).modelName());
		}
	}

	@Test
	void gapsAndIrregularSamplesEndToEnd() {
		// 5-minute samples with jitter, a 3-hour outage and duplicates: prepared, then trained
		Random random = new Random(8);
		int n = 10 * 288;
		java.util.List<Instant> t = new java.util.ArrayList<>();
		java.util.List<Double> v = new java.util.ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (i >= 2000 && i < 2036) {
				continue;
			}
			t.add(START.plusSeconds(300L * i + random.nextInt(30)));
			v.add(20 + 5 * Math.sin(2 * Math.PI * i / 288) + random.nextGaussian());
		}
		RegularSeries s = SeriesPreparation.prepare(t.toArray(Instant[]::new),
				v.stream().mapToDouble(Double::doubleValue).toArray());
		assertThat(s.step()).isEqualTo(Duration.ofMinutes(5));
		assertThat(s.filledPoints()).isEqualTo(36);
		ForecastResult r = ForecastEngine.train(s, ValueDomain.NON_NEGATIVE, TWO_DAYS);
		assertThat(r.points()).hasSize(576);
		assertThat(r.messages()).anySatisfy(m -> assertThat(m).contains("36 of 2880 points"));
	}

}
