package org.opsreport.prometheus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which ranges of one query to ask for: the window a night needs, cut into requests under the server's point
 * limit. Pure arithmetic on instants.
 * <p>
 * The evaluation instants are the multiples of {@code step} since the epoch (so pulled samples fall where exported
 * ones do: 00:00, 00:05, ...), from the first such instant at or after {@code from} to the last one before
 * {@code to} (exclusive: the end of the report date belongs to the next day). A {@code query_range} request
 * {@code [start, end]} returns {@code (end - start) / step + 1} points; each chunk holds at most {@code maxPoints},
 * and the next chunk starts one step after the previous one ends, so no instant is asked for twice.
 */
final class FetchPlan {

	/** One request: evaluation instants {@code start, start + step, ..., end}, both inclusive. */
	record Range(Instant start, Instant end) {
	}

	private FetchPlan() {
	}

	/** The requests covering {@code [from, to)} at {@code step}; none when the range holds no instant. */
	static List<Range> ranges(Instant from, Instant to, Duration step, int maxPoints) {
		// whole seconds: the store keys samples on the second
		long stepSeconds = step.toSeconds();
		long first = Math.floorDiv(from.getEpochSecond() + stepSeconds - 1, stepSeconds) * stepSeconds;
		long last = Math.floorDiv(to.getEpochSecond() - 1, stepSeconds) * stepSeconds;
		List<Range> ranges = new ArrayList<>();
		long span = (long) (maxPoints - 1) * stepSeconds;
		for (long start = first; start <= last; start += span + stepSeconds) {
			long end = Math.min(last, start + span);
			ranges.add(new Range(Instant.ofEpochSecond(start), Instant.ofEpochSecond(end)));
		}
		return ranges;
	}

}
