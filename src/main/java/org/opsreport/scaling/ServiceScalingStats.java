package org.opsreport.scaling;

import java.time.Instant;

/**
 * The seed's {@code service_statistics} entry: the <b>simulated</b> policy replay (predictive variant), next to what
 * was <b>recorded</b>.
 *
 * @param service the service
 * @param currentInstances simulated: the replayed count at the end of the day
 * @param scalingEvents simulated: events of this service in the replay
 * @param lastScaledAt simulated: time of its last replayed event, null when it never scaled (the seed's
 * {@code 'never'})
 * @param flappingEpisodes simulated: reversals, i.e. consecutive opposite events within twice the cooldown (see
 * {@link ScalingAnalysis#flapping}); {@code N} alternating events count {@code N - 1}
 * @param flappingRuns simulated: runs of flapping ({@link FlappingRun}): {@code N} alternating events count 1
 * @param recordedInstancesAtEnd recorded: the last sample's instance count; {@code null} when not known
 * @param recordedChanges recorded: changes of the recorded instance count during the day
 * <p>
 * {@code flappingRuns} and {@code recordedChanges} are {@code null} on days stored before they existed: not
 * recorded, never a made-up 0.
 */
public record ServiceScalingStats(String service, int currentInstances, int scalingEvents, Instant lastScaledAt,
		int flappingEpisodes, Integer flappingRuns, Integer recordedInstancesAtEnd, Integer recordedChanges) {

	public ServiceScalingStats(String service, int currentInstances, int scalingEvents, Instant lastScaledAt) {
		this(service, currentInstances, scalingEvents, lastScaledAt, 0, 0, null, 0);
	}

}
