package org.opsreport.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates a chaos experiment export row. Hypothesis and criteria may be empty here: refusing an
 * experiment without them is the chaos analysis' safety verdict, reported, not an ingest reject.
 */
class ChaosRowParser implements ItemProcessor<CsvRow, Parsed<ChaosRecord>> {

	static final CsvLayout LAYOUT = new CsvLayout("chaos", List.of("id", "name", "type", "target_services",
			"started_at", "duration_minutes", "hypothesis", "success_criteria"), List.of(), Map.of());

	/** Longest experiment: a year. Keeps the minutes an int and the experiment window a bounded scan. */
	static final int MAX_DURATION_MINUTES = 525_600;

	private final Instant latest;

	ChaosRowParser(Clock clock, Duration futureTolerance) {
		this.latest = clock.instant().plus(futureTolerance);
	}

	@Override
	public Parsed<ChaosRecord> process(CsvRow row) {
		if (row.kind() != CsvRow.Kind.RECORD) {
			return new Parsed.FileEvent<>(row);
		}
		try {
			List<String> targets = Fields.names(row, "target_services", 2000, ";");
			if (targets.isEmpty()) {
				throw new RowRejectedException("target_services", "empty value");
			}
			Double duration = Fields.decimal(row, "duration_minutes", true);
			if (duration <= 0 || duration != Math.rint(duration)) {
				throw new RowRejectedException("duration_minutes", "must be a positive whole number of minutes");
			}
			if (duration > MAX_DURATION_MINUTES) {
				throw new RowRejectedException("duration_minutes",
						"longer than " + MAX_DURATION_MINUTES + " minutes (a year); a unit mistake?");
			}
			ChaosRecord chaos = new ChaosRecord(Fields.text(row, "id", true, 200), Fields.text(row, "name", true, 2000),
					Fields.text(row, "type", true, 200), targets, Fields.instant(row, "started_at", true, this.latest),
					duration.intValue(), Fields.text(row, "hypothesis", false, 4000),
					Fields.text(row, "success_criteria", false, 4000));
			return new Parsed.Accepted<>(row.file(), row.line(), chaos);
		}
		catch (RowRejectedException ex) {
			return new Parsed.Rejected<>(row.file(), row.line(), ex.column(), ex.getMessage(), row.raw());
		}
	}

}
