package org.opsreport.report;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opsreport.health.Health;
import org.opsreport.slo.AlertResult;
import org.opsreport.slo.ObjectiveResults;

import static org.assertj.core.api.Assertions.assertThat;

/** The SLO alerts folded to one row per objective for the report (the detail page lists every alert). */
class SloViewTest {

	@Test
	void foldsTheDaysAlertsToOneRowPerObjective() {
		AlertResult pageFiring = new AlertResult("burn_rate_page_6h", "page", "6h", "30m", 6.0, true,
				Instant.parse("2026-11-24T00:05:00Z"), 515);
		AlertResult pageStopped = new AlertResult("burn_rate_page_1h", "page", "1h", "5m", 14.4, false,
				Instant.parse("2026-11-24T10:40:00Z"), 70);
		AlertResult ticketFiring = new AlertResult("burn_rate_ticket_3d", "ticket", "3d", "6h", 1.0, true,
				Instant.parse("2026-11-24T03:00:00Z"), 1260);
		AlertResult quiet = new AlertResult("high_burn_rate", "ticket", "1h", null, 5.0, false, null, 0);
		var payments = ObjectiveResults.withAlerts(
				ObjectiveResults.of("payments-availability", "payments", "99.9%", 0.999, 0.998, -83.3, 20.8, Health.RED),
				List.of(pageStopped, pageFiring, quiet), List.of());
		var monthly = ObjectiveResults.withAlerts(
				ObjectiveResults.of("payments-monthly", "payments", "99.5%", 0.995, 0.997, 55.4, 4.2, Health.AMBER),
				List.of(pageStopped, ticketFiring), List.of());
		var calm = ObjectiveResults.withAlerts(
				ObjectiveResults.of("search-availability", "search", "99.5%", 0.995, 0.999, 89.8, 0.1, Health.GREEN),
				List.of(quiet), List.of());

		SloView view = SloView.of(List.of(payments, calm, monthly), List.of());

		// every alert that fired on the day stays listed (the detail page) ...
		assertThat(view.alerts()).hasSize(4);
		// ... and the report shows one row per objective that had any, in report order
		assertThat(view.alertsByObjective()).extracting(r -> r.slo().name()).containsExactly("payments-availability",
				"payments-monthly");
		SloView.ObjectiveAlerts first = view.alertsByObjective().get(0);
		assertThat(first.firing()).containsExactly(pageFiring);
		assertThat(first.stopped()).containsExactly(pageStopped);
		assertThat(first.page()).isTrue();
		assertThat(first.firstFiredAt()).isEqualTo(Instant.parse("2026-11-24T00:05:00Z"));
		// a page alert that stopped does not make the row a page: only a ticket alert is still firing
		SloView.ObjectiveAlerts second = view.alertsByObjective().get(1);
		assertThat(second.page()).isFalse();
		assertThat(second.firing()).containsExactly(ticketFiring);
		assertThat(second.firstFiredAt()).isEqualTo(Instant.parse("2026-11-24T03:00:00Z"));
	}

}
