package org.opsreport.scaling;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsreport.scaling.Samples.T0;

/**
 * The checked-in jobs/scaling-policies.yaml shows the three behaviours the sample data is made for, on days shaped
 * like the sample data: checkout scales with the daily load, search (around 70 % CPU) flaps, inventory has a sustained
 * CPU bottleneck.
 */
class SampleConfigBehaviourTest {

	private static final Duration FIVE = Duration.ofMinutes(5);

	private static final Set<String> SERVICES = Set.of("checkout", "payments", "catalog", "search", "cart", "auth",
			"inventory", "notifications");

	private static ServiceDay day(String service, int[] instances, double[] cpu) {
		List<MetricSample> samples = new ArrayList<>();
		for (int i = 0; i < cpu.length; i++) {
			samples.add(new MetricSample(T0.plus(FIVE.multipliedBy(i)), instances[i], cpu[i], 50, 100, 5, 200));
		}
		return new ServiceDay(service, 60, 0.1, FIVE, samples, List.of(), List.of());
	}

	@Test
	void sampleBehaviours() {
		ScalingConfig config = new ScalingPolicyLoader(SERVICES).load(Path.of("jobs/scaling-policies.yaml"));
		int n = 288;
		int[] checkoutInstances = new int[n];
		double[] checkoutCpu = new double[n];
		int[] searchInstances = new int[n];
		double[] searchCpu = new double[n];
		int[] inventoryInstances = new int[n];
		double[] inventoryCpu = new double[n];
		for (int i = 0; i < n; i++) {
			// checkout: load 100..480 over the day (peak at 14:00), recorded fleet 2..8 at ~60 %
			double load = 100 + 380 * Math.max(0, Math.sin(Math.PI * (i - 24) / 240.0));
			checkoutInstances[i] = Math.max(2, Math.min(8, (int) Math.ceil(load / 60)));
			checkoutCpu[i] = load / checkoutInstances[i];
			// search: 4 instances oscillating 64..76 % CPU
			searchInstances[i] = 4;
			searchCpu[i] = 70 + 6 * Math.sin(i / 3.0);
			// inventory: 4 instances (its max), 95 % between 10:00 and 16:00
			inventoryInstances[i] = 4;
			inventoryCpu[i] = (i >= 120 && i < 192) ? 95 : 55;
		}
		ScalingResult result = ScalingAnalysis.analyze(new ScalingInput(LocalDate.parse("2026-11-25"), config,
				List.of(day("checkout", checkoutInstances, checkoutCpu), day("search", searchInstances, searchCpu),
						day("inventory", inventoryInstances, inventoryCpu))));
		ScalingReport report = result.scaling();
		List<ScalingEvent> checkout = report.events().stream().filter((e) -> e.serviceId().equals("checkout")).toList();
		assertThat(checkout).extracting(ScalingEvent::action).contains("scale_out", "scale_in");
		// peak load 480: at 7 instances 68.6 % < 75, so the policy stops at 7 where the recorded fleet ran 8
		assertThat(checkout).extracting(ScalingEvent::newInstances).contains(7).doesNotContain(8);
		assertThat(report.flapping()).isNotEmpty().allMatch((f) -> f.service().equals("search"));
		ServicePerformance inventory = result.performance().services().get(2);
		assertThat(inventory.bottlenecks()).singleElement().satisfies((b) -> {
			assertThat(b.type()).isEqualTo("cpu_bottleneck");
			assertThat(b.severity()).isEqualTo("high");
			assertThat(b.longestStretchMinutes()).isEqualTo(360);
		});
		assertThat(inventory.plan().immediateActions()).containsExactly("Enable horizontal auto-scaling");
	}

}
