package org.opsreport.dashboard;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opsreport.health.Health;
import org.opsreport.slo.ObjectiveResults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** SLO snapshots of the stored slos section (typed ObjectiveResults). */
class DashboardServiceTest {

	@Test
	void fractionsBecomePercentAndSlosWithSeveralObjectivesAreKeyedByBoth() {
		var slos = List.of(
				ObjectiveResults.of("payments-availability", "payments", "99.9%", 0.999, 0.99805, -95.0, 21.0, Health.RED),
				ObjectiveResults.of("search-latency", "search", "p95", 0.99, null, null, null, Health.UNKNOWN),
				ObjectiveResults.of("search-latency", "search", "p99", 0.95, 0.97, 40.0, 0.6, Health.AMBER));
		List<SloSnapshot> snapshots = DashboardService.snapshots(slos);
		assertThat(snapshots).hasSize(3);
		SloSnapshot payments = snapshots.get(0);
		assertThat(payments.objective()).isEqualTo("payments-availability");
		assertThat(payments.sliPercent()).isCloseTo(99.805, within(1e-9));
		assertThat(payments.targetPercent()).isCloseTo(99.9, within(1e-9));
		assertThat(payments.budgetRemainingPercent()).isEqualTo(-95.0);
		assertThat(payments.burnRate1d()).isEqualTo(21.0);
		assertThat(snapshots.get(1).objective()).isEqualTo("search-latency / p95");
		assertThat(snapshots.get(1).sliPercent()).isNull();
		assertThat(snapshots.get(1).burnRate1d()).isNull();
		assertThat(snapshots.get(2).objective()).isEqualTo("search-latency / p99");
	}

	@Test
	void noSection() {
		assertThat(DashboardService.snapshots(List.of())).isEmpty();
	}

}
