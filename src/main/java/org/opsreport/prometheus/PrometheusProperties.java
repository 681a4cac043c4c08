package org.opsreport.prometheus;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code opsreport.prometheus.*} settings: where the nightly job pulls the series that
 * {@code jobs/metric-sources.yaml} maps from PromQL queries ({@code type: Prometheus}).
 *
 * @param url the server's base URL, e.g. {@code http://prometheus:9090}; empty: no Prometheus source
 * @param authHeader the value of the {@code Authorization} header sent with every request (e.g.
 * {@code Bearer <token>} or {@code Basic <base64>}); empty: none
 * @param timeout connect and request timeout of one HTTP request
 * @param step the series interval: the {@code step} of {@code query_range}, and the spacing of the stored samples
 * @param lookback how far before the end of the report date a series with nothing stored yet is pulled from
 * @param maxPoints the server's limit of points per series in one {@code query_range} answer (Prometheus: 11,000);
 * longer ranges are fetched in chunks of time
 */
@ConfigurationProperties("opsreport.prometheus")
public record PrometheusProperties(@DefaultValue("") String url, @DefaultValue("") String authHeader,
		@DefaultValue("PT30S") Duration timeout, @DefaultValue("PT5M") Duration step,
		@DefaultValue("P35D") Duration lookback, @DefaultValue("11000") int maxPoints) {

	public PrometheusProperties {
		if (step.isNegative() || step.isZero() || step.getNano() != 0) {
			throw new IllegalArgumentException("opsreport.prometheus.step must be a whole number of seconds > 0, not " + step);
		}
		if (maxPoints < 2) {
			throw new IllegalArgumentException("opsreport.prometheus.max-points must be at least 2, not " + maxPoints);
		}
	}

	/** True when a server is configured. */
	public boolean enabled() {
		return this.url != null && !this.url.isBlank();
	}

}
