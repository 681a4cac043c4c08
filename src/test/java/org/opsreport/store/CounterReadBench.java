package org.opsreport.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * What deriving counter increases on read costs (bench/counter-reads): an H2 file store with {@code series}
 * series of 28 days at 5 minutes (8,064 samples each, a cumulative counter with a restart every 3 days), read
 * {@code rounds} times over the whole 28 days and over the last day, once as stored (a gauge) and once as a
 * declared counter (series lookup, one sample past the window, {@code CounterIncreases}). Prints the mean time per
 * read. Not a test: run through the script.
 */
public final class CounterReadBench {

	private CounterReadBench() {
	}

	public static void main(String[] args) throws Exception {
		int seriesCount = args.length > 0 ? Integer.parseInt(args[0]) : 50;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		Path dir = Files.createTempDirectory(Path.of("target"), "counter-bench");
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:file:" + dir.toAbsolutePath().resolve("store") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		long start = Instant.parse("2026-10-01T00:00:00Z").getEpochSecond();
		int points = 28 * 288;
		List<Long> ids = new ArrayList<>();
		for (int s = 0; s < seriesCount; s++) {
			jdbc.update("INSERT INTO series (service, metric) VALUES (?, ?)", "svc" + s, "requests_total");
			long id = jdbc.queryForObject("SELECT id FROM series WHERE service = ?", Long.class, "svc" + s);
			ids.add(id);
			List<Object[]> rows = new ArrayList<>(points + 1);
			double counter = 0;
			for (int i = 0; i <= points; i++) {
				counter = (i % 864 == 863) ? 17 : counter + 100 + (i % 7);
				rows.add(new Object[] { id, start + 300L * i, counter });
			}
			jdbc.batchUpdate("INSERT INTO metric_sample (series_id, epoch_second, sample_value) VALUES (?, ?, ?)", rows);
		}
		Instant from = Instant.ofEpochSecond(start);
		Instant to = Instant.ofEpochSecond(start + 300L * points);
		Instant lastDay = to.minusSeconds(86_400);
		MetricStore gauges = new MetricStore(JdbcClient.create(jdbc), CounterMetrics.none());
		MetricStore counters = new MetricStore(JdbcClient.create(jdbc), CounterMetrics.of("requests_total"));
		System.out.printf("%d series x %d samples, %d rounds; mean per read:%n", seriesCount, points, rounds);
		for (int pass = 0; pass < 2; pass++) {
			// pass 0 warms up the JIT and H2's cache; pass 1 is reported
			double[] ms = { time(gauges, ids, from, to, rounds), time(counters, ids, from, to, rounds),
					time(gauges, ids, lastDay, to, rounds), time(counters, ids, lastDay, to, rounds) };
			if (pass == 1) {
				System.out.printf("28 days: as stored %.3f ms, as counter %.3f ms (x%.2f)%n", ms[0], ms[1], ms[1] / ms[0]);
				System.out.printf("1 day:   as stored %.3f ms, as counter %.3f ms (x%.2f)%n", ms[2], ms[3], ms[3] / ms[2]);
			}
		}
		jdbc.execute("SHUTDOWN");
	}

	private static double time(MetricStore store, List<Long> ids, Instant from, Instant to, int rounds) {
		long checksum = 0;
		long begin = System.nanoTime();
		for (int r = 0; r < rounds; r++) {
			for (long id : ids) {
				checksum += store.load(id, from, to).size();
			}
		}
		long elapsed = System.nanoTime() - begin;
		if (checksum == 0) {
			throw new IllegalStateException("nothing read");
		}
		return elapsed / 1e6 / rounds / ids.size();
	}

}
