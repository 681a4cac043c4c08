package org.opsreport.ingest;

import java.time.Instant;

/** One accepted metric sample. */
public record MetricSample(String service, String metric, Instant timestamp, double value) {
}
