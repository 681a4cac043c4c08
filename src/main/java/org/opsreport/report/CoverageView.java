package org.opsreport.report;

import java.util.List;

import org.opsreport.overview.CoverageSection;
import org.opsreport.overview.SeriesCoverage;

/**
 * The coverage section as the templates show it: healthy series counted, the others listed.
 *
 * @param complete series complete and fresh (status {@code ok})
 * @param incomplete the series with gaps or stale data, in store order
 * @param digest the first {@link #DIGEST_ROWS} of {@code incomplete} (the mail)
 * @param digestMore how many incomplete series the digest leaves out
 */
public record CoverageView(int complete, List<SeriesCoverage> incomplete, List<SeriesCoverage> digest, int digestMore) {

	/** Incomplete series in the mail digest. */
	public static final int DIGEST_ROWS = 10;

	static CoverageView of(CoverageSection coverage) {
		if (coverage == null) {
			return null;
		}
		List<SeriesCoverage> incomplete = coverage.series().stream().filter(s -> !"ok".equals(s.status())).toList();
		List<SeriesCoverage> digest = incomplete.subList(0, Math.min(DIGEST_ROWS, incomplete.size()));
		return new CoverageView(coverage.series().size() - incomplete.size(), incomplete, List.copyOf(digest),
				incomplete.size() - digest.size());
	}

}
