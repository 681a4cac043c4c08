package org.opsreport.chaos;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the chaos step ({@code opsreport.chaos.*}).
 *
 * @param maxDurationMinutes experiments longer than this are refused as unsafe (default 60)
 * @param windowDays experiments started within this many days ending with the report date are judged
 * (default 30, the incident window); older ones are left out of the report
 */
@ConfigurationProperties("opsreport.chaos")
public record ChaosProperties(@DefaultValue("60") int maxDurationMinutes, @DefaultValue("30") int windowDays) {

	public ChaosProperties {
		if (maxDurationMinutes < 1) {
			throw new IllegalArgumentException("opsreport.chaos.max-duration-minutes must be >= 1");
		}
		if (windowDays < 1) {
			throw new IllegalArgumentException("opsreport.chaos.window-days must be >= 1");
		}
	}

}
