package org.opsreport.scaling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of flapping: a maximal sequence of consecutive events of one service in which each event reverses the
 * previous one within the flapping window (twice the cooldown). {@code N} alternating events make <b>one</b> run with
 * {@code N - 1} reversals (the {@link FlappingEpisode}s are those reversals, one per adjacent pair).
 *
 * @param service the service
 * @param from the first event of the run
 * @param to the last event of the run
 * @param events events in the run ({@code reversals + 1})
 * @param reversals direction changes inside the run
 * @param firstAction the first event's action
 */
public record FlappingRun(String service, Instant from, Instant to, int events, int reversals, String firstAction) {

	/**
	 * Groups one service's episodes (in time order, as {@link ScalingAnalysis#flapping} returns them) into runs: an
	 * episode continues the current run when its first event is the previous episode's second event.
	 */
	public static List<FlappingRun> of(List<FlappingEpisode> episodes) {
		List<FlappingRun> runs = new ArrayList<>();
		FlappingEpisode start = null;
		FlappingEpisode last = null;
		int reversals = 0;
		for (FlappingEpisode e : episodes) {
			boolean continues = last != null && last.service().equals(e.service()) && last.secondAt().equals(e.firstAt());
			if (!continues) {
				if (start != null) {
					runs.add(new FlappingRun(start.service(), start.firstAt(), last.secondAt(), reversals + 1, reversals,
							start.firstAction()));
				}
				start = e;
				reversals = 0;
			}
			reversals++;
			last = e;
		}
		if (start != null) {
			runs.add(new FlappingRun(start.service(), start.firstAt(), last.secondAt(), reversals + 1, reversals,
					start.firstAction()));
		}
		return runs;
	}

}
