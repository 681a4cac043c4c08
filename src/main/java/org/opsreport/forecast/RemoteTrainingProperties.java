package org.opsreport.forecast;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of remote partitioning of the {@code train} step (profiles {@code remote-manager} and
 * {@code remote-worker}, see {@link RemoteTraining}).
 *
 * @param partitions how many partition requests the manager sends (shares of the series); at least
 * the number of worker processes, so every worker gets work
 * @param timeout how long the manager waits for all partitions to end before it fails the step
 * (a worker that died mid-partition leaves its partition unfinished)
 * @param pollInterval how often the manager reads the partitions' status from the job repository
 * @param workerPoll how often an idle worker looks for a partition request in the shared database
 */
@ConfigurationProperties("opsreport.forecast.remote")
public record RemoteTrainingProperties(@DefaultValue("4") int partitions, @DefaultValue("PT6H") Duration timeout,
		@DefaultValue("PT2S") Duration pollInterval, @DefaultValue("PT1S") Duration workerPoll) {

	public RemoteTrainingProperties {
		if (partitions < 1) {
			throw new IllegalArgumentException("opsreport.forecast.remote.partitions must be at least 1");
		}
		if (timeout.isNegative() || timeout.isZero() || pollInterval.isNegative() || pollInterval.isZero()
				|| workerPoll.isNegative() || workerPoll.isZero()) {
			throw new IllegalArgumentException("opsreport.forecast.remote timeout, poll-interval and worker-poll must be positive");
		}
	}

}
