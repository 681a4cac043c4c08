package org.opsreport;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where opsreport reads and writes, and the settings of the pipeline's spine. Feature packages
 * bind their own {@code opsreport.<feature>.*} settings.
 *
 * @param inputDir exports to ingest: {@code metrics/}, {@code incidents/}, {@code chaos/}
 * @param configDir operator configuration (services, SLOs, policies)
 * @param outputDir one folder per report date
 * @param templateDir FreeMarker templates; the jar's copy is the fallback
 * @param ingest ingest settings
 * @param coverage data coverage settings
 */
@ConfigurationProperties("opsreport")
public record OpsReportProperties(@DefaultValue("data") Path inputDir, @DefaultValue("jobs") Path configDir,
		@DefaultValue("reports") Path outputDir, @DefaultValue("templates") Path templateDir,
		@DefaultValue Ingest ingest, @DefaultValue Coverage coverage) {

	/**
	 * @param chunkSize rows per transaction
	 * @param rejectCeiling largest tolerated share of rejected rows in one file (0.01 = 1%)
	 * @param futureTolerance how far past the wall clock a timestamp may lie before it is rejected
	 * @param skipUnchangedFiles whether files an earlier successful run read with the same content are
	 * skipped (their counts and rejects carried over)
	 */
	public record Ingest(@DefaultValue("2000") int chunkSize, @DefaultValue("0.01") double rejectCeiling,
			@DefaultValue("PT24H") Duration futureTolerance, @DefaultValue("true") boolean skipUnchangedFiles) {
	}

	/**
	 * @param window the history, ending with the report date, over which coverage is measured
	 * @param threads series measured in parallel (each thread holds one series' window)
	 */
	public record Coverage(@DefaultValue("P28D") Period window, @DefaultValue("2") int threads) {

		/** The longest coverage window (each coverage thread holds one series' window). */
		public static final int MAX_WINDOW_DAYS = 366;

		public Coverage {
			long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.EPOCH,
					java.time.LocalDate.EPOCH.plus(window));
			if (days < 1 || days > MAX_WINDOW_DAYS) {
				throw new IllegalArgumentException(
						"opsreport.coverage.window must be between 1 and " + MAX_WINDOW_DAYS + " days, not " + window);
			}
		}

	}

}
