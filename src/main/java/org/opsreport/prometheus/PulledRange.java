package org.opsreport.prometheus;

import java.util.List;

import org.opsreport.slo.MetricSourceMapping.QuerySource;

/** What one {@code query_range} request gave: the source, the range asked for and its points. */
record PulledRange(QuerySource source, FetchPlan.Range range, List<PrometheusClient.Point> points) {
}
