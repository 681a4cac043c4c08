package org.opsreport.overview;

import java.time.Instant;
import java.util.List;

/** report.json {@code coverage}: the coverage window and one entry per stored series. */
public record CoverageSection(Instant windowStart, Instant windowEnd, List<SeriesCoverage> series) {
}
