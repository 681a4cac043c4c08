package org.opsreport.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates a metric export row ({@code timestamp,service,metric,value}) into a {@link MetricSample},
 * or rejects it with the column and the reason.
 */
class MetricRowParser implements ItemProcessor<CsvRow, Parsed<MetricSample>> {

	static final CsvLayout LAYOUT = new CsvLayout("metrics", List.of("timestamp", "service", "metric", "value"),
			List.of(), java.util.Map.of());

	private final Instant latest;

	MetricRowParser(Clock clock, Duration futureTolerance) {
		this.latest = clock.instant().plus(futureTolerance);
	}

	@Override
	public Parsed<MetricSample> process(CsvRow row) {
		if (row.kind() != CsvRow.Kind.RECORD) {
			return new Parsed.FileEvent<>(row);
		}
		try {
			if (row.fieldCount() != LAYOUT.required().size()) {
				throw new RowRejectedException("", "expected 4 columns, found " + row.fieldCount());
			}
			Instant timestamp = Fields.instant(row, "timestamp", true, this.latest);
			String service = Fields.name(row, "service");
			String metric = Fields.name(row, "metric");
			double value = Fields.magnitude(row, "value");
			if (value < 0 && MetricRules.isNonNegative(metric)) {
				throw new RowRejectedException("value", metric + " cannot be negative (" + value + ")");
			}
			if (value > 100 && MetricRules.isPercent(metric)) {
				throw new RowRejectedException("value", metric + " is a percentage and cannot exceed 100 (" + value + ")");
			}
			return new Parsed.Accepted<>(row.file(), row.line(), new MetricSample(service, metric, timestamp, value));
		}
		catch (RowRejectedException ex) {
			return new Parsed.Rejected<>(row.file(), row.line(), ex.column(), ex.getMessage(), row.raw());
		}
	}

}
