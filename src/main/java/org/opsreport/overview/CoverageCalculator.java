package org.opsreport.overview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.opsreport.timeseries.MedianSpacing;

/**
 * Measures the coverage of a series: sampling interval, gaps and staleness.
 * <p>
 * The interval is the median of the spacings between consecutive samples (robust to a few gaps and
 * to jitter). A gap is a spacing longer than {@value #GAP_INTERVALS} intervals: shorter holes are
 * jitter or a single lost sample, which every analysis tolerates. A series is stale when its last
 * sample lies more than {@value #GAP_INTERVALS} intervals before the end of the report date.
 */
final class CoverageCalculator {

	static final int GAP_INTERVALS = 3;

	private static final int LISTED_GAPS = 5;

	private CoverageCalculator() {
	}

	/**
	 * @param epochSeconds the sample times in the window, ascending
	 * @param end the end of the report date (exclusive)
	 */
	static SeriesCoverage measure(String service, String metric, long[] epochSeconds, Instant end) {
		int n = epochSeconds.length;
		if (n == 0) {
			return new SeriesCoverage(service, metric, 0, null, null, 0, List.of(), 0, 0, null, "no-data");
		}
		long interval = MedianSpacing.of(epochSeconds);
		List<SeriesCoverage.Gap> gaps = new ArrayList<>();
		long missingSeconds = 0;
		if (interval > 0) {
			for (int i = 1; i < n; i++) {
				long spacing = epochSeconds[i] - epochSeconds[i - 1];
				if (spacing > GAP_INTERVALS * interval) {
					gaps.add(new SeriesCoverage.Gap(Instant.ofEpochSecond(epochSeconds[i - 1]),
							Instant.ofEpochSecond(epochSeconds[i]), spacing / 60));
					missingSeconds += spacing - interval;
				}
			}
		}
		gaps.sort(Comparator.comparingLong(SeriesCoverage.Gap::minutes).reversed()
			.thenComparing(SeriesCoverage.Gap::from));
		Instant last = Instant.ofEpochSecond(epochSeconds[n - 1]);
		long staleness = Math.max(0, (end.getEpochSecond() - epochSeconds[n - 1]) / 60);
		// the last sample stands for the interval after it
		boolean stale = interval > 0 && end.getEpochSecond() - epochSeconds[n - 1] > (GAP_INTERVALS + 1) * interval;
		String status = stale ? "stale" : gaps.isEmpty() ? "ok" : "gaps";
		return new SeriesCoverage(service, metric, n, Instant.ofEpochSecond(epochSeconds[0]), last, interval,
				List.copyOf(gaps.subList(0, Math.min(LISTED_GAPS, gaps.size()))), gaps.size(), missingSeconds / 60,
				staleness, status);
	}

}
