package org.opsreport.overview;

import java.util.List;

import org.opsreport.ingest.IngestStatsRepository.FileStats;
import org.opsreport.ingest.IngestStatsRepository.RejectedRow;

/**
 * What the night's ingest read, stored and rejected.
 *
 * @param files per input file
 * @param totals the sums over all files
 * @param rejectsShown the first rejected rows (all of them are in rejects.csv)
 * @param rejectsFile where all rejected rows are listed
 */
public record IngestSummary(List<FileStats> files, Totals totals, List<RejectedRow> rejectsShown, String rejectsFile) {

	public record Totals(long files, long read, long inserted, long replaced, long unchanged, long rejected) {

		static Totals of(List<FileStats> files) {
			return new Totals(files.size(), files.stream().mapToLong(FileStats::read).sum(),
					files.stream().mapToLong(FileStats::inserted).sum(), files.stream().mapToLong(FileStats::replaced).sum(),
					files.stream().mapToLong(FileStats::unchanged).sum(), files.stream().mapToLong(FileStats::rejected).sum());
		}

	}

}
