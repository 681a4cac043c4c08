package org.opsreport.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.opsreport.output.AtomicFiles;
import org.opsreport.output.SpreadsheetSafeCsv;

/**
 * {@code reports/<date>/rejects.csv}: every rejected row of the run, {@code file,line,column,reason,raw}.
 * Written from the store, so a restarted run lists the rejects of all its attempts exactly once.
 */
class RejectsFile {

	static final List<String> HEADER = List.of("file", "line", "column", "reason", "raw");

	private final IngestStatsRepository stats;

	private final Path outputDir;

	public RejectsFile(IngestStatsRepository stats, Path outputDir) {
		this.stats = stats;
		this.outputDir = outputDir;
	}

	public Path write(LocalDate reportDate, long jobInstanceId) {
		List<List<?>> rows = this.stats.rejects(jobInstanceId)
			.stream()
			.<List<?>>map(r -> java.util.Arrays.asList(r.file(), r.line(), r.column(), r.reason(), r.raw()))
			.toList();
		Path target = target(reportDate);
		AtomicFiles.write(target, SpreadsheetSafeCsv.format(HEADER, rows));
		return target;
	}

	/** Where the rejects of a report date go. */
	public Path target(LocalDate reportDate) {
		return this.outputDir.resolve(reportDate.toString()).resolve("rejects.csv");
	}

}
