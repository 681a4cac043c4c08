package org.opsreport.store;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The metrics that are exported as cumulative counters (a Prometheus {@code _total}: a running count since the
 * exporting process started, dropping to 0 when it restarts), declared at ingest by
 * {@code opsreport.ingest.counter-metrics}. Their values are stored as exported; {@link MetricStore#load} hands
 * every analysis their per-interval increases ({@link org.opsreport.timeseries.CounterIncreases}).
 * <p>
 * An entry is a metric name ({@code http_requests_total}: that metric of every service) or
 * {@code service/metric} (only that service's series). Nothing is a counter by default: the sample data's
 * {@code requests_total} is already a count per interval, and a name's suffix is no proof either way.
 *
 * @param counterMetrics the declared entries; empty by default
 */
@ConfigurationProperties("opsreport.ingest")
public record CounterMetrics(@DefaultValue List<String> counterMetrics) {

	public CounterMetrics {
		counterMetrics = List.copyOf(counterMetrics);
		for (String entry : counterMetrics) {
			String[] parts = entry.split("/", -1);
			boolean valid = !entry.isBlank() && parts.length <= 2 && entry.equals(entry.strip());
			for (String part : parts) {
				valid &= !part.isBlank();
			}
			if (!valid) {
				throw new IllegalArgumentException(
						"opsreport.ingest.counter-metrics: '" + entry + "' is not a metric name or service/metric");
			}
		}
	}

	/** No counter declared. */
	public static CounterMetrics none() {
		return new CounterMetrics(List.of());
	}

	/** Declares the given entries ({@code metric} or {@code service/metric}). */
	public static CounterMetrics of(String... entries) {
		return new CounterMetrics(List.of(entries));
	}

	public boolean isEmpty() {
		return this.counterMetrics.isEmpty();
	}

	/** Whether the series {@code service/metric} holds a cumulative counter. */
	public boolean isCounter(String service, String metric) {
		return this.counterMetrics.contains(metric) || this.counterMetrics.contains(service + "/" + metric);
	}

}
