package org.opsreport.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Counters declared at ingest ({@code opsreport.ingest.counter-metrics}): stored as exported, read by the analyses
 * as per-interval increases (Prometheus's reset rule, {@link org.opsreport.timeseries.CounterIncreases}), derived on
 * every read. The expected increases are computed by hand in each test.
 */
class MetricStoreCountersTest {

	static final long T0 = Instant.parse("2026-11-03T00:00:00Z").getEpochSecond();

	JdbcTemplate jdbc;

	@BeforeEach
	void store() {
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:counters-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
		this.jdbc = new JdbcTemplate(dataSource);
	}

	static Instant at(int minutes) {
		return Instant.ofEpochSecond(T0 + 60L * minutes);
	}

	long series(String service, String metric) {
		this.jdbc.update("INSERT INTO series (service, metric) VALUES (?, ?)", service, metric);
		return this.jdbc.queryForObject("SELECT id FROM series WHERE service = ? AND metric = ?", Long.class, service,
				metric);
	}

	/** Stores {@code values[i]} at minute {@code minutes[i]}, in the order given. */
	void store(long series, int[] minutes, double[] values) {
		for (int i = 0; i < minutes.length; i++) {
			this.jdbc.update("MERGE INTO metric_sample (series_id, epoch_second, sample_value) KEY (series_id, epoch_second) VALUES (?, ?, ?)",
					series, at(minutes[i]).getEpochSecond(), values[i]);
		}
	}

	MetricStore metrics(String... counters) {
		return new MetricStore(JdbcClient.create(this.jdbc), CounterMetrics.of(counters));
	}

	static Samples samples(int[] minutes, double[] values) {
		long[] times = new long[minutes.length];
		for (int i = 0; i < minutes.length; i++) {
			times[i] = at(minutes[i]).getEpochSecond();
		}
		return new Samples(times, values);
	}

	static void assertSame(Samples actual, Samples expected) {
		assertThat(actual.epochSeconds()).containsExactly(expected.epochSeconds());
		assertThat(actual.values()).containsExactly(expected.values());
	}

	@Test
	void aDeclaredCounterIsStoredAsExportedAndReadAsIncreasesWithResets() {
		long id = series("checkout", "http_requests_total");
		// a restart between 10 and 15 (120 -> 7) and another between 20 and 25 (30 -> 0)
		store(id, new int[] { 0, 5, 10, 15, 20, 25, 30 }, new double[] { 100, 110, 120, 7, 30, 0, 4 });
		MetricStore metrics = metrics("http_requests_total");
		assertThat(metrics.isDeclaredCounter(id)).isTrue();
		// stored as exported
		assertSame(metrics.loadStored(id, at(0), at(35)),
				samples(new int[] { 0, 5, 10, 15, 20, 25, 30 }, new double[] { 100, 110, 120, 7, 30, 0, 4 }));
		// read as increases: 10, 10, 7 (reset), 23, 0 (reset to 0), 4; the last sample's interval is not over
		assertSame(metrics.load(id, at(0), at(35)),
				samples(new int[] { 0, 5, 10, 15, 20, 25 }, new double[] { 10, 10, 7, 23, 0, 4 }));
		assertSame(metrics.load("checkout", "http_requests_total", at(0), at(35)), metrics.load(id, at(0), at(35)));
	}

	@Test
	void aGapKeepsItsWholeIncreaseAtTheSampleBeforeIt() {
		long id = series("checkout", "http_requests_total");
		store(id, new int[] { 0, 5, 30, 35 }, new double[] { 0, 10, 70, 75 });
		assertSame(metrics("http_requests_total").load(id, at(0), at(40)),
				samples(new int[] { 0, 5, 30 }, new double[] { 10, 60, 5 }));
	}

	@Test
	void samplesStoredOutOfOrderReadAsTheSameIncreases() {
		int[] minutes = { 0, 5, 10, 15, 20, 25, 30, 35 };
		double[] values = { 5, 9, 2, 6, 6, 40, 41, 1 };
		long sorted = series("a", "errors_total");
		store(sorted, minutes, values);
		List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7));
		Collections.shuffle(order, new Random(7));
		int[] shuffledMinutes = order.stream().mapToInt((i) -> minutes[i]).toArray();
		double[] shuffledValues = order.stream().mapToDouble((i) -> values[i]).toArray();
		long shuffled = series("b", "errors_total");
		store(shuffled, shuffledMinutes, shuffledValues);
		MetricStore metrics = metrics("errors_total");
		Samples expected = samples(new int[] { 0, 5, 10, 15, 20, 25, 30 }, new double[] { 4, 2, 4, 0, 34, 1, 1 });
		assertSame(metrics.load(sorted, at(0), at(40)), expected);
		assertSame(metrics.load(shuffled, at(0), at(40)), expected);
	}

	@Test
	void aWindowGivesTheIncreasesOfTheWholeHistoryCutToIt() {
		long id = series("checkout", "http_requests_total");
		int[] minutes = new int[40];
		double[] values = new double[40];
		Random random = new Random(42);
		double counter = 0;
		for (int i = 0; i < 40; i++) {
			minutes[i] = 5 * i;
			counter = (i % 13 == 12) ? random.nextInt(5) : counter + random.nextInt(100);
			values[i] = counter;
		}
		store(id, minutes, values);
		MetricStore metrics = metrics("checkout/http_requests_total");
		Samples whole = metrics.load(id, at(0), at(200));
		assertThat(whole.size()).isEqualTo(39);
		// [0, 60) + [60, 130) + [130, 200): the day boundaries of three nightly reports
		Samples first = metrics.load(id, at(0), at(60));
		Samples second = metrics.load(id, at(60), at(130));
		Samples third = metrics.load(id, at(130), at(200));
		assertThat(first.size()).isEqualTo(12);
		assertThat(concat(first.values(), second.values(), third.values())).containsExactly(whole.values());
		assertThat(concat(first.epochSeconds(), second.epochSeconds(), third.epochSeconds()))
			.containsExactly(whole.epochSeconds());
		// reading twice gives the same (nothing is written on read)
		assertSame(metrics.load(id, at(60), at(130)), second);
	}

	@Test
	void aCorrectedValueChangesOnlyTheTwoIncreasesNextToIt() {
		long id = series("checkout", "http_requests_total");
		store(id, new int[] { 0, 5, 10, 15 }, new double[] { 0, 10, 20, 30 });
		MetricStore metrics = metrics("http_requests_total");
		assertSame(metrics.load(id, at(0), at(20)), samples(new int[] { 0, 5, 10 }, new double[] { 10, 10, 10 }));
		// a re-exported file corrects the value at 5 (the upsert replaces it): [0,5) and [5,10) change, [10,15) not
		store(id, new int[] { 5 }, new double[] { 12 });
		assertSame(metrics.load(id, at(0), at(20)), samples(new int[] { 0, 5, 10 }, new double[] { 12, 8, 10 }));
	}

	@Test
	void onlyDeclaredSeriesAreCounters() {
		long checkout = series("checkout", "requests_total");
		long search = series("search", "requests_total");
		store(checkout, new int[] { 0, 5, 10 }, new double[] { 1, 3, 6 });
		store(search, new int[] { 0, 5, 10 }, new double[] { 1, 3, 6 });
		MetricStore metrics = metrics("checkout/requests_total");
		assertSame(metrics.load(checkout, at(0), at(15)), samples(new int[] { 0, 5 }, new double[] { 2, 3 }));
		assertSame(metrics.load(search, at(0), at(15)), samples(new int[] { 0, 5, 10 }, new double[] { 1, 3, 6 }));
		// nothing declared: every series is read as stored
		assertSame(metrics().load(checkout, at(0), at(15)), samples(new int[] { 0, 5, 10 }, new double[] { 1, 3, 6 }));
		assertThat(metrics().isDeclaredCounter(checkout)).isFalse();
	}

	@Test
	void aDeclarationIsAMetricOrServiceSlashMetric() {
		assertThat(CounterMetrics.of("requests_total").isCounter("any", "requests_total")).isTrue();
		assertThat(CounterMetrics.of("a/requests_total").isCounter("b", "requests_total")).isFalse();
		assertThat(CounterMetrics.none().isEmpty()).isTrue();
		for (String bad : new String[] { "", " ", "a/b/c", "/requests_total", "checkout/", " requests_total" }) {
			assertThatIllegalArgumentException().as(bad)
				.isThrownBy(() -> CounterMetrics.of(bad))
				.withMessage("opsreport.ingest.counter-metrics: '" + bad + "' is not a metric name or service/metric");
		}
	}

	static double[] concat(double[]... parts) {
		return Arrays.stream(parts).flatMapToDouble(Arrays::stream).toArray();
	}

	static long[] concat(long[]... parts) {
		return Arrays.stream(parts).flatMapToLong(Arrays::stream).toArray();
	}

}
