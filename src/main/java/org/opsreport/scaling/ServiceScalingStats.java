package org.opsreport.scaling;

import java.time.Instant;

/**
 * The seed's {@code service_statistics} entry.
 *
 * @param service the service
 * @param currentInstances the replayed count at the end of the day
 * @param scalingEvents events of this service
 * @param lastScaledAt time of its last event, null when it never scaled (the seed's {@code 'never'})
 * @param flappingEpisodes its flapping episodes (see {@link ScalingAnalysis#flapping})
 */
public record ServiceScalingStats(String service, int currentInstances, int scalingEvents, Instant lastScaledAt,
		int flappingEpisodes) {

	public ServiceScalingStats(String service, int currentInstances, int scalingEvents, Instant lastScaledAt) {
		this(service, currentInstances, scalingEvents, lastScaledAt, 0);
	}

}
