package org.opsreport.freshness;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code opsreport.freshness.*} settings.
 *
 * @param maxLag a series whose last sample lies more than this before the end of the report date is stale
 * (default 2 hours: a 5-minute export that missed a couple of hours is still judged)
 * @param failWhenStale when {@code true}, a nightly run whose data is stale (every series, or some) completes,
 * writes and mails its report, and then exits with {@code RequestedExitCode.STALE_DATA} (5) instead of 0, so cron or a
 * scheduler alerts on an export that stopped; default {@code false} (exit 0, the report says STALE)
 */
@ConfigurationProperties("opsreport.freshness")
public record FreshnessProperties(@DefaultValue("PT2H") Duration maxLag, @DefaultValue("false") boolean failWhenStale) {

	public FreshnessProperties {
		if (maxLag == null || maxLag.isNegative() || maxLag.isZero()) {
			throw new IllegalArgumentException("opsreport.freshness.max-lag must be a positive duration, e.g. PT2H; got " + maxLag);
		}
	}

}
