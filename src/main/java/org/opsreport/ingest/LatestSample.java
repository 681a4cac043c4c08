package org.opsreport.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.opsreport.OpsReportProperties;
import org.opsreport.store.CounterMetrics;

import org.springframework.stereotype.Component;

/**
 * The latest metric timestamp known, in the store or in the exports waiting to be ingested: what the
 * default report date ("the last complete UTC day") is derived from.
 * <p>
 * An export row counts only when ingest would accept it (issue 15 class 2): every row goes through
 * the same {@link MetricRowParser} (epoch range, future tolerance against the same clock, value
 * rules) and the same input bounds ({@link CsvInput}); a rejected row, a file ingest would refuse
 * and the rest of a file that breaks off do not move the report date.
 */
@Component
public class LatestSample {

	private final SampleTable samples;

	private final MetricRowParser parser;

	private final IngestLimits limits;

	LatestSample(SampleTable samples, Clock clock, OpsReportProperties properties, IngestLimits limits,
			CounterMetrics counters) {
		this.samples = samples;
		this.parser = new MetricRowParser(clock, properties.ingest().futureTolerance(), counters);
		this.limits = limits;
	}

	public Optional<Instant> find(Path inputDir) {
		Optional<Instant> stored = this.samples.last();
		Optional<Instant> exported = inExports(inputDir.resolve("metrics"));
		if (stored.isEmpty()) {
			return exported;
		}
		if (exported.isEmpty()) {
			return stored;
		}
		return Optional.of(stored.get().isAfter(exported.get()) ? stored.get() : exported.get());
	}

	/**
	 * The latest timestamp of a row ingest would accept; files ingest refuses are ingest's business.
	 * @throws InputFolder.UnsafeLinkException when a link leads out of the input folder, loops or leads nowhere
	 */
	Optional<Instant> inExports(Path folder) {
		// a symbolic link out of the input folder is refused here too: its content must not set the date
		List<Path> candidates = InputFolder.list(folder);
		Instant latest = null;
		for (Path file : candidates) {
			Instant inFile = latestIn(file);
			if (inFile != null && (latest == null || inFile.isAfter(latest))) {
				latest = inFile;
			}
		}
		return Optional.ofNullable(latest);
	}

	private Instant latestIn(Path file) {
		Instant latest = null;
		try (CsvInput.RecordBound reader = CsvInput.open(file, this.limits);
				CSVParser csv = CSVParser.builder().setReader(reader).setFormat(CSVFormat.DEFAULT).get()) {
			List<String> header = null;
			for (CSVRecord record : csv) {
				reader.recordEnded();
				if (header == null) {
					header = new ArrayList<>();
					for (String name : record.values()) {
						header.add(MetricRowParser.LAYOUT.canonical(name));
					}
					if (!header.containsAll(MetricRowParser.LAYOUT.required())) {
						return null; // ingest refuses the file
					}
					continue;
				}
				long length = record.size() - 1;
				for (String value : record.values()) {
					length += value.length();
				}
				if ((record.size() == 1 && record.get(0).isEmpty()) || length > this.limits.maxRecordChars()) {
					continue; // a blank line, or a record ingest rejects as too long
				}
				if (this.parser.process(CsvRow.record(file.toString(), record.getRecordNumber(), header,
						record.values())) instanceof Parsed.Accepted<MetricSample> accepted) {
					Instant t = accepted.value().timestamp();
					if (latest == null || t.isAfter(latest)) {
						latest = t;
					}
				}
			}
		}
		catch (IOException | RuntimeException unreadable) {
			// ingest reports the file with the precise problem; the rows before the break count
		}
		return latest;
	}

}
