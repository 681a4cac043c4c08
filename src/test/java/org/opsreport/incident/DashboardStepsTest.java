package org.opsreport.incident;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** SLO snapshots read from the stored slos section (ObjectiveResult JSON). */
class DashboardStepsTest {

	@Test
	void fractionsBecomePercentAndSlosWithSeveralObjectivesAreKeyedByBoth() {
		var slos = JsonMapper.builder().build().readTree("""
				[{"name": "payments-availability", "service": "payments", "objective": "99.9%", "target": 0.999,
				  "sli": 0.99805, "budgetRemainingPercent": -95.0, "burnRates": {"1h": 3.0, "1d": 21.0}},
				 {"name": "search-latency", "service": "search", "objective": "p95", "target": 0.99, "sli": null,
				  "budgetRemainingPercent": null, "burnRates": {"1d": null}},
				 {"name": "search-latency", "service": "search", "objective": "p99", "target": 0.95, "sli": 0.97,
				  "budgetRemainingPercent": 40.0, "burnRates": {"1d": 0.6}}]""");
		List<SloSnapshot> snapshots = DashboardSteps.snapshotsFromSection(slos);
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
		assertThat(DashboardSteps.snapshotsFromSection(null)).isEmpty();
	}

}
