package org.opsreport.scaling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FlappingRunTest {

	static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

	static ScalingEvent event(String service, int minute, boolean out) {
		return new ScalingEvent("e" + minute, service, T0.plusSeconds(60L * minute), out ? "scale_out" : "scale_in",
				"reactive", "p", 1, 2, "cpu_utilization", 50, 70, "test");
	}

	@Test
	void nAlternatingEventsAreOneRunWithNMinusOneReversals() {
		List<ScalingEvent> events = new ArrayList<>();
		// 6 alternating events 5 minutes apart (window 10 min), a 60-minute pause, then 3 more alternating
		for (int i = 0; i < 6; i++) {
			events.add(event("search", 5 * i, i % 2 == 0));
		}
		for (int i = 0; i < 3; i++) {
			events.add(event("search", 85 + 5 * i, i % 2 == 0));
		}
		List<FlappingEpisode> episodes = ScalingAnalysis.flapping("search", events, 300);
		assertThat(episodes).hasSize(5 + 2);
		List<FlappingRun> runs = FlappingRun.of(episodes);
		assertThat(runs).containsExactly(new FlappingRun("search", T0, T0.plusSeconds(25 * 60), 6, 5, "scale_out"),
				new FlappingRun("search", T0.plusSeconds(85 * 60), T0.plusSeconds(95 * 60), 3, 2, "scale_out"));
	}

	@Test
	void twoEventsInTheSameDirectionEndARun() {
		List<ScalingEvent> events = List.of(event("a", 0, true), event("a", 5, false), event("a", 10, false),
				event("a", 15, true));
		List<FlappingRun> runs = FlappingRun.of(ScalingAnalysis.flapping("a", events, 300));
		assertThat(runs).extracting(FlappingRun::reversals).containsExactly(1, 1);
		assertThat(FlappingRun.of(List.of())).isEmpty();
	}

}
