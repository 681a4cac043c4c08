package org.opsreport.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The latest metric timestamp known, in the store or in the exports waiting to be ingested: what the
 * default report date ("the last complete UTC day") is derived from.
 */
@Component
public class LatestSample {

	private final JdbcTemplate jdbc;

	LatestSample(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Instant> find(Path inputDir) {
		Optional<Instant> stored = Optional
			.ofNullable(this.jdbc.queryForObject("""
					SELECT MAX((SELECT MAX(epoch_second) FROM metric_sample m WHERE m.series_id = s.id)) FROM series s""",
					Long.class))
			.map(Instant::ofEpochSecond);
		Optional<Instant> exported = inExports(inputDir.resolve("metrics"));
		if (stored.isEmpty()) {
			return exported;
		}
		if (exported.isEmpty()) {
			return stored;
		}
		return Optional.of(stored.get().isAfter(exported.get()) ? stored.get() : exported.get());
	}

	/** Scans the timestamp column of every export; unparseable values are ingest's business, skipped here. */
	private static Optional<Instant> inExports(Path folder) {
		if (!Files.isDirectory(folder)) {
			return Optional.empty();
		}
		Instant latest = null;
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(CsvInput::isCandidate).toList()) {
				try (Reader reader = CsvInput.open(file);
						CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.DEFAULT).get()) {
					int column = -1;
					for (CSVRecord record : parser) {
						if (column < 0) {
							column = record.toList().stream().map(String::trim).toList().indexOf("timestamp");
							if (column < 0) {
								break;
							}
							continue;
						}
						if (record.size() > column) {
							try {
								Instant t = Fields.parseInstant("timestamp", record.get(column).trim());
								if (latest == null || t.isAfter(latest)) {
									latest = t;
								}
							}
							catch (RuntimeException ignored) {
								// rejected later by ingest, with its line and reason
							}
						}
					}
				}
				catch (IOException | RuntimeException unreadable) {
					// ingest reports the file with the precise problem
				}
			}
		}
		catch (IOException ex) {
			return Optional.ofNullable(latest);
		}
		return Optional.ofNullable(latest);
	}

}
