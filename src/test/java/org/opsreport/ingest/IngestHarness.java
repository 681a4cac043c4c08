package org.opsreport.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.opsreport.store.BatchUpdates;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The ingest chain without Spring Batch: reader, parser and writer over a folder of the bad-input
 * corpus, into a fresh in-memory H2 store with the real schema. Lets every corpus item be checked
 * for its message and for what reached the store.
 */
final class IngestHarness {

	/** The wall clock of the tests: the corpus lies in November 2026. */
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-03T00:00:00Z"), ZoneOffset.UTC);

	final JdbcTemplate jdbc;

	final IngestStatsRepository stats;

	/** The writers' view of the same store. */
	final JdbcClient client;

	final SampleTable samples;

	IngestHarness() {
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:ingest-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
		this.jdbc = new JdbcTemplate(dataSource);
		this.client = JdbcClient.create(dataSource);
		this.stats = new IngestStatsRepository(this.client);
		this.samples = new SampleTable(this.client, new BatchUpdates(this.jdbc));
	}

	static Path corpus(String item) {
		return Path.of("src/test/resources/bad-input", item);
	}

	/** Reads every row of a folder (no writer). */
	static <T> List<Parsed<T>> parse(Path folder, CsvLayout layout, ItemProcessor<CsvRow, Parsed<T>> parser)
			throws Exception {
		CsvFilesReader reader = new CsvFilesReader(folder, layout, () -> {
		});
		reader.open(new ExecutionContext());
		List<Parsed<T>> out = new ArrayList<>();
		try {
			for (CsvRow row = reader.read(); row != null; row = reader.read()) {
				out.add(parser.process(row));
			}
		}
		finally {
			reader.close();
		}
		return out;
	}

	static List<Parsed<MetricSample>> metrics(String item) throws Exception {
		return parse(corpus(item).resolve("metrics"), MetricRowParser.LAYOUT,
				new MetricRowParser(CLOCK, Duration.ofHours(24)));
	}

	static List<Parsed<IncidentRecord>> incidents(String item) throws Exception {
		return parse(corpus(item).resolve("incidents"), IncidentRowParser.layout(Map.of()),
				new IncidentRowParser(CLOCK, Duration.ofHours(24), word -> null));
	}

	/** Reads, validates and stores the metric exports of a corpus item in chunks of {@code chunkSize}. */
	void ingestMetrics(Path folder, int chunkSize) throws Exception {
		MetricSampleWriter writer = new MetricSampleWriter(this.samples, this.stats);
		List<Parsed<MetricSample>> parsed = parse(folder, MetricRowParser.LAYOUT,
				new MetricRowParser(CLOCK, Duration.ofHours(24)));
		for (int i = 0; i < parsed.size(); i += chunkSize) {
			writer.write(new Chunk<>(parsed.subList(i, Math.min(parsed.size(), i + chunkSize))));
		}
	}

	/** Reads, validates and stores incident exports (the key columns only) in chunks of {@code chunkSize}. */
	void ingestIncidents(Path folder, int chunkSize) throws Exception {
		KeyedRowWriter<IncidentRecord> writer = new KeyedRowWriter<>(this.client, this.stats, "incidents", "incident",
				List.of("id", "title", "services", "detected_at", "resolved_at"),
				i -> java.util.Arrays.asList(i.id(), i.title(), i.services(), i.detectedAt(), i.resolvedAt()));
		List<Parsed<IncidentRecord>> parsed = parse(folder, IncidentRowParser.layout(Map.of()),
				new IncidentRowParser(CLOCK, Duration.ofHours(24), word -> null));
		for (int i = 0; i < parsed.size(); i += chunkSize) {
			writer.write(new Chunk<>(parsed.subList(i, Math.min(parsed.size(), i + chunkSize))));
		}
	}

	static <T> List<Parsed.Rejected<T>> rejects(List<Parsed<T>> parsed) {
		return parsed.stream().filter(p -> p instanceof Parsed.Rejected<T>).map(p -> (Parsed.Rejected<T>) p).toList();
	}

	static <T> List<Parsed.Accepted<T>> accepted(List<Parsed<T>> parsed) {
		return parsed.stream().filter(p -> p instanceof Parsed.Accepted<T>).map(p -> (Parsed.Accepted<T>) p).toList();
	}

	long samples() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM metric_sample", Long.class);
	}

	Double value(String service, String metric, String timestamp) {
		List<Double> found = this.jdbc.queryForList("""
				SELECT sample_value FROM metric_sample m JOIN series s ON s.id = m.series_id
				WHERE s.service = ? AND s.metric = ? AND m.epoch_second = ?""", Double.class, service, metric,
				Instant.parse(timestamp).getEpochSecond());
		return found.isEmpty() ? null : found.get(0);
	}

}
