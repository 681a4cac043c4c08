package org.opsreport.job;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The long-running mode ({@code opsreport.schedule.*}): with a cron expression opsreport stays up
 * and runs {@code nightly} for the previous day at each tick.
 *
 * @param cron Spring cron expression (six fields, seconds first), e.g. {@code 0 30 2 * * *}; empty:
 * run once and exit (the default)
 * @param zone the time zone of the cron expression and of "the previous day"
 */
@ConfigurationProperties("opsreport.schedule")
public record ScheduleSettings(String cron, @DefaultValue("UTC") ZoneId zone) {

	public boolean enabled() {
		return this.cron != null && !this.cron.isBlank();
	}

}
