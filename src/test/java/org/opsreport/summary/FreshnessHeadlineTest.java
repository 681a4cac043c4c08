package org.opsreport.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opsreport.freshness.Freshness;
import org.opsreport.health.Health;
import org.opsreport.summary.Summary.ServiceLine;

class FreshnessHeadlineTest {

	private static final ServiceLine PAYMENTS = new ServiceLine("payments", Health.AMBER, "payments-availability", -83.3,
			1, 2, null, null, "payments-platform", "open incident INC-1025 (SEV3)");

	@Test
	void onAStaleDayAServiceWithAnOpenIncidentIsNotJudgedAndTheReasonSaysWhatTheLastExportShowed() {
		ServiceLine line = FreshnessHeadline.apply(PAYMENTS, freshness(Freshness.State.STALE));
		assertThat(line.status()).isEqualTo(Health.UNKNOWN);
		assertThat(line.statusReason()).isEqualTo("not judged: data stale; 1 incident open");
		assertThat(line.budgetRemainingPercent()).isEqualTo(-83.3);
		assertThat(line.owner()).isEqualTo("payments-platform");
	}

	@Test
	void onAFreshOrPartlyStaleDayTheLineIsUnchanged() {
		assertThat(FreshnessHeadline.apply(PAYMENTS, freshness(Freshness.State.FRESH))).isEqualTo(PAYMENTS);
		assertThat(FreshnessHeadline.apply(PAYMENTS, freshness(Freshness.State.PARTIAL))).isEqualTo(PAYMENTS);
		assertThat(FreshnessHeadline.apply(PAYMENTS, null)).isEqualTo(PAYMENTS);
	}

	private static Freshness freshness(Freshness.State state) {
		return new Freshness(state, Instant.parse("2026-12-05T00:00:00Z"), java.time.Duration.ofHours(2), 64,
				state == Freshness.State.FRESH ? 0 : 64, Instant.parse("2026-11-25T00:00:00Z"),
				"no metrics since 2026-11-24 23:55 UTC for 64 of 64 series", List.of());
	}

}
