package org.opsreport.incident;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opsreport.incident.Incidents.incident;

class IncidentTest {

	@Test
	void refusesTimestampsBeforeDetection() {
		assertThatThrownBy(() -> incident("a").detected("2026-03-10T10:00:00Z").resolved("2026-03-10T09:00:00Z").build())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("resolved_at 2026-03-10T09:00:00Z is before detected_at 2026-03-10T10:00:00Z");
		assertThatThrownBy(
				() -> incident("a").detected("2026-03-10T10:00:00Z").acknowledged("2026-03-10T09:59:00Z").build())
			.hasMessageStartingWith("acknowledged_at");
		assertThatThrownBy(() -> incident("a").detected("2026-03-10T10:00:00Z").postmortem("2026-03-09T10:00:00Z").build())
			.hasMessageStartingWith("postmortem_completed_at");
	}

	@Test
	void refusesImpactOutOfRange() {
		assertThatThrownBy(() -> incident("a").users(101).build()).hasMessage("affected_users_pct 101.0 is not within 0..100");
		assertThatThrownBy(() -> incident("a").users(Double.NaN).build()).hasMessageStartingWith("affected_users_pct NaN");
		assertThatThrownBy(() -> incident("a").degradation(-1).build()).hasMessageStartingWith("performance_degradation_pct");
	}

	@Test
	void listsDefaultToEmptyAndImpactIsOptional() {
		Incident i = new Incident("x", null, null, java.time.Instant.EPOCH, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null);
		assertThat(i.services()).isEmpty();
		assertThat(i.actionItems()).isEmpty();
		assertThat(i.hasImpactData()).isFalse();
		assertThat(incident("a").dataLoss(false).build().hasImpactData()).isTrue();
	}

}
