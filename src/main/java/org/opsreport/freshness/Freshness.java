package org.opsreport.freshness;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How fresh the data behind a report date is: report section {@code freshness}.
 *
 * @param state {@link State}
 * @param reportEnd the end of the report date (exclusive)
 * @param maxLag the allowed lag ({@code opsreport.freshness.max-lag})
 * @param series how many series the store holds
 * @param staleSeries how many of them are stale (no sample within {@code maxLag} of {@code reportEnd}, or none
 * at all before it)
 * @param staleSince the newest last sample among the stale series: none of them has a sample after it;
 * {@code null} when no series is stale or the stale ones have no sample at all
 * @param message one sentence for the headline, e.g. "no metrics since 2026-11-24 23:55 for 64 of 64 series";
 * {@code null} when the data is fresh
 * @param services the services with stale series, in name order
 */
public record Freshness(State state, Instant reportEnd, Duration maxLag, int series, int staleSeries, Instant staleSince,
		String message, List<StaleService> services) {

	public Freshness {
		services = List.copyOf(services);
	}

	/** True unless every series is fresh. */
	public boolean anyStale() {
		return this.state != State.FRESH;
	}

	/** The freshness of a report date's data. */
	public enum State {

		/** Every series has a sample within the allowed lag. */
		FRESH,
		/** Some series are stale: their services are named. */
		PARTIAL,
		/** Every series is stale (or the store holds none): the day is not judged. */
		STALE

	}

	/**
	 * A service with stale series.
	 *
	 * @param service the service
	 * @param staleSeries how many of its series are stale
	 * @param series how many series it has
	 * @param lastSample the newest last sample among its stale series ({@code null}: none at all)
	 * @param metrics the stale metrics, in name order
	 */
	public record StaleService(String service, int staleSeries, int series, Instant lastSample, List<String> metrics) {

		public StaleService {
			metrics = List.copyOf(metrics);
		}

	}

}
