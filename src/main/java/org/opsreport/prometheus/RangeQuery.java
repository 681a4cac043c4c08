package org.opsreport.prometheus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What the reader needs of a server: one range query (implemented by {@link PrometheusClient}). */
@FunctionalInterface
interface RangeQuery {

	List<PrometheusClient.Point> queryRange(String query, Instant start, Instant end, Duration step);

}
