package org.opsreport.analysis;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the partitioned analysis steps ({@code slos}, {@code scaling}).
 *
 * @param threads worker threads, one partition each; {@code 0} (the default) means one per available processor
 */
@ConfigurationProperties("opsreport.analysis")
public record AnalysisProperties(@DefaultValue("0") int threads) {

	public AnalysisProperties {
		if (threads < 0) {
			throw new IllegalArgumentException("opsreport.analysis.threads must be 0 (one per processor) or more");
		}
	}

	/** The number of partitions (worker threads) of each partitioned analysis step. */
	public int partitions() {
		return (this.threads > 0) ? this.threads : Runtime.getRuntime().availableProcessors();
	}

}
