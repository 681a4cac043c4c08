package org.opsreport.scaling;

import java.time.Instant;

/**
 * Two consecutive events of one service in opposite directions within twice the cooldown.
 *
 * @param service the service
 * @param firstAt the earlier event
 * @param firstAction its action
 * @param secondAt the later event
 * @param secondAction its action
 * @param gapSeconds seconds between them
 * @param windowSeconds twice the service's cooldown (the largest cooldown of its active policies)
 */
public record FlappingEpisode(String service, Instant firstAt, String firstAction, Instant secondAt,
		String secondAction, long gapSeconds, long windowSeconds) {
}
