package org.opsreport.findings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FindingsBuilderTest {

	static final List<FindingsBuilder.ServiceInfo> SERVICES = List.of(
			new FindingsBuilder.ServiceInfo("payments", "payments-platform", 10),
			new FindingsBuilder.ServiceInfo("inventory", "fulfilment", 4));

	/** The INC-1025: SEV3, open 112 h, escalation overdue, 152.6% of a budget: SEV1 by its spend. */
	@Test
	void anIncidentSpendingMoreThanItsSeverityImpliesIsToBeRaised() {
		var incident = new FindingsBuilder.OpenIncident("INC-1025", "Payment gateway timeouts", "SEV3",
				List.of("payments"), 112 * 60, true);
		Findings f = FindingsBuilder.build(List.of(incident),
				Map.of("INC-1025", new FindingsBuilder.Spend("payments-availability", 152.6)), List.of(), SERVICES);
		assertThat(f.reclassifications()).singleElement().satisfies((r) -> {
			assertThat(r.suggestedSeverity()).isEqualTo("SEV1");
			assertThat(r.owner()).isEqualTo("payments-platform");
			assertThat(r.message()).isEqualTo("Raise INC-1025 (Payment gateway timeouts) from SEV3 to SEV1: it spent 152.6% "
					+ "of the payments-availability error budget and has been open 4 d 16 h with its escalation overdue.");
		});
	}

	/**
	 * Open times in the same words as the templates' fmt.duration (units.Durations): the remaining hours of a
	 * day count rounded (3 d 23 h 40 min is "4 d", not "3 d 23 h"), and from a year on "> 1 year".
	 */
	@Test
	void openTimesReadAsTheTemplatesShowThem() {
		var almostFourDays = new FindingsBuilder.OpenIncident("I", null, "SEV4", List.of(), 3 * 1440 + 23 * 60 + 40, true);
		assertThat(FindingsBuilder.reclassification(almostFourDays, null, null).message())
			.isEqualTo("Raise I from SEV4 to SEV2: it has been open 4 d with its escalation overdue.");
		var forgotten = new FindingsBuilder.OpenIncident("I", null, "SEV4", List.of(), 600_000, true);
		assertThat(FindingsBuilder.reclassification(forgotten, null, null).message())
			.isEqualTo("Raise I from SEV4 to SEV2: it has been open > 1 year with its escalation overdue.");
	}

	@Test
	void severityThresholds() {
		var sev3 = new FindingsBuilder.OpenIncident("I", null, "sev3", List.of("payments"), 60, false);
		// 20% of a budget implies SEV2; 19.9% nothing
		assertThat(FindingsBuilder.reclassification(sev3, new FindingsBuilder.Spend("s", 20), null).suggestedSeverity())
			.isEqualTo("SEV2");
		assertThat(FindingsBuilder.reclassification(sev3, new FindingsBuilder.Spend("s", 19.9), null)).isNull();
		// open 24 h with escalation overdue implies SEV2; without the overdue escalation nothing
		var longOpen = new FindingsBuilder.OpenIncident("I", null, "SEV4", List.of(), 24 * 60, true);
		assertThat(FindingsBuilder.reclassification(longOpen, null, null).suggestedSeverity()).isEqualTo("SEV2");
		assertThat(FindingsBuilder.reclassification(
				new FindingsBuilder.OpenIncident("I", null, "SEV4", List.of(), 24 * 60, false), null, null)).isNull();
		// already SEV1, or no severity: nothing
		assertThat(FindingsBuilder.reclassification(new FindingsBuilder.OpenIncident("I", null, "SEV1", List.of(), 9999, true),
				new FindingsBuilder.Spend("s", 500), null)).isNull();
		assertThat(FindingsBuilder.reclassification(new FindingsBuilder.OpenIncident("I", null, "", List.of(), 9999, true),
				new FindingsBuilder.Spend("s", 500), null)).isNull();
	}

	/** inventory at its maximum of 4 instances, hot for 355 minutes (71 five-minute samples, 96.5% on average). */
	@Test
	void aServiceAtItsMaximumAndHotIsSaturatedAndNotToBeScaledDown() {
		List<Integer> instances = new ArrayList<>(Collections.nCopies(288, 4));
		List<Double> cpu = new ArrayList<>(Collections.nCopies(288, 55.0));
		for (int i = 100; i < 171; i++) {
			cpu.set(i, i % 2 == 0 ? 96.0 : 97.0);
		}
		cpu.set(100, 96.5 * 71 - (35 * 97.0 + 35 * 96.0)); // mean exactly 96.5
		instances.set(200, 3);
		cpu.set(200, 99.0); // hot, but below the maximum: not counted
		Findings f = FindingsBuilder.build(List.of(), Map.of(), List.of(new FindingsBuilder.ServiceDay("inventory",
				instances, cpu, Duration.ofMinutes(5), "scale_down")), SERVICES);
		assertThat(f.saturation()).singleElement().satisfies((s) -> {
			assertThat(s.minutesAtMax()).isEqualTo(355);
			assertThat(s.averageCpuPercent()).isCloseTo(96.5, within(1e-9));
			assertThat(s.owner()).isEqualTo("fulfilment");
			assertThat(s.message()).isEqualTo("inventory ran 5 h 55 min at its maximum of 4 instances at 96.5% CPU on "
					+ "average: it is saturated; raise max_instances in services.yaml or remove the CPU bottleneck. "
					+ "The capacity plan's \"scale down\" does not hold.");
		});
		assertThat(f.ownerOf("payments")).isEqualTo("payments-platform");
	}

	@Test
	void lessThanHalfAnHourHotAtTheMaximumIsNotSaturation() {
		List<Integer> instances = Collections.nCopies(288, 4);
		List<Double> cpu = new ArrayList<>(Collections.nCopies(288, 50.0));
		for (int i = 0; i < 5; i++) {
			cpu.set(i, 95.0);
		}
		assertThat(FindingsBuilder.saturation(new FindingsBuilder.ServiceDay("inventory", instances, cpu,
				Duration.ofMinutes(5), "keep"), 4, "t")).isNull();
	}

}
