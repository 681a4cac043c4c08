package org.opsreport.scaling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsreport.scaling.Samples.T0;
import static org.opsreport.scaling.Samples.policy;

/**
 * The scaling analysis split into a per-service part ({@link ScalingAnalysis#analyzeService}) and the fleet-wide
 * {@link ScalingAnalysis#combine}, as the partitioned pipeline step runs them: each part alone, stored as JSON and
 * read back, then combined in service order, gives the result of the whole-day analysis. The reference
 * ({@code fleet-analysis.json}) is the output of the single-loop {@code analyze} before the split, on the same
 * fleet.
 */
class ScalingSplitTest {

	static final Duration FIVE = Duration.ofMinutes(5);

	static final Path REFERENCE = Path.of("src/test/resources/scaling/fleet-analysis.json");

	static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Five services over one day at 5-minute steps: two share a flapping-prone policy (so their events share
	 * timestamps and the fleet's event order needs the service tie-break), one has forecasts for the predictive
	 * replay and the capacity plan, one has no policy (target tracking and the fallback threshold only), one
	 * scales on memory with its own bounds.
	 */
	static ScalingInput fleet() {
		ScalingConfig config = new ScalingConfig(10, true,
				List.of(policy("shared-cpu", TriggerType.CPU_UTILIZATION, 70, 60, 300, 2, 8, 1, 1, "alpha", "bravo"),
						policy("charlie-cpu", TriggerType.CPU_UTILIZATION, 75, 30, 600, 1, 6, 2, 2, "charlie"),
						policy("echo-mem", TriggerType.MEMORY_UTILIZATION, 80, 40, 300, 2, 5, 1, 1, "echo"),
						policy("retired", TriggerType.CPU_UTILIZATION, 50, 10, 300, 1, 4, 1, 1, "bravo")));
		List<ServiceDay> days = new ArrayList<>();
		days.add(day("alpha", 7, 4, 65, 80, 60, 0.5, List.of(), List.of(), 0, 0));
		days.add(day("bravo", 7, 4, 65, 80, 60, 0.7, List.of(), List.of(), 0, 0));
		Instant start = T0;
		List<UtilizationForecast> forecasts = new ArrayList<>();
		for (int m = 0; m < 24 * 60; m += 30) {
			Instant target = start.plus(Duration.ofMinutes(m));
			double expected = (m >= 600 && m < 720) ? 88 : 45;
			forecasts.add(new UtilizationForecast(start, target, expected, 0,
					new ForecastQuantiles(expected - 20, expected - 10, expected, expected + 10, expected + 20)));
		}
		List<HourlyLoadForecast> tomorrow = new ArrayList<>();
		for (int h = 0; h < 24; h++) {
			tomorrow.add(new HourlyLoadForecast(start.plus(Duration.ofDays(1)).plus(Duration.ofHours(h)), 100 + 10 * h,
					130 + 12 * h));
		}
		days.add(day("charlie", 11, 2, 40, 90, 60, 1.2, forecasts, tomorrow, 0, 0));
		days.add(day("delta", 13, 3, 50, 85, 55, 0.3, List.of(), List.of(), 0, 0));
		days.add(day("echo", 17, 3, 45, 70, 65, 0.9, List.of(), List.of(), 2, 6));
		return new ScalingInput(LocalDate.parse("2026-11-25"), config, days,
				List.of("foxtrot: no instance_count on 2026-11-25, so no replay, comparison or bottleneck analysis"));
	}

	/** A day of noisy samples with a busy period from 10:00 to 12:00 and short spikes every 40 minutes. */
	static ServiceDay day(String service, long seed, int instances, double base, double peak, double target,
			double cost, List<UtilizationForecast> forecasts, List<HourlyLoadForecast> tomorrow, int min, int max) {
		Random random = new Random(seed);
		List<MetricSample> samples = new ArrayList<>();
		for (int i = 0; i < 288; i++) {
			int minute = 5 * i;
			boolean busy = minute >= 600 && minute < 720;
			boolean spike = minute % 40 == 0;
			double cpu = Math.min(100, (busy || spike ? peak : base) + random.nextGaussian() * 3);
			double memory = 50 + 30 * Math.sin(i / 20.0) + random.nextGaussian();
			int recorded = instances + (busy ? 1 : 0);
			samples.add(new MetricSample(T0.plus(FIVE.multipliedBy(i)), recorded, cpu, memory, 100 * cpu / 50,
					busy ? 40 + random.nextInt(30) : random.nextInt(5), busy ? 2200 + random.nextInt(600) : 300));
		}
		return new ServiceDay(service, target, cost, FIVE, samples, forecasts, tomorrow, min, max);
	}

	/** What the pipeline does: every service on its own, its part stored as JSON and read back, then combined. */
	static ScalingResult partitioned(ScalingInput input, List<ServiceDay> workOrder) {
		List<ServiceScaling> stored = new ArrayList<>();
		for (ServiceDay day : workOrder) {
			ServiceScaling part = ScalingAnalysis.analyzeService(day, input.config());
			stored.add(JSON.readValue(JSON.writeValueAsString(part), ServiceScaling.class));
		}
		// the merge reads the parts back in service order, whatever order the workers wrote them in
		stored.sort(java.util.Comparator.comparing(ServiceScaling::service));
		return ScalingAnalysis.combine(input.config(), stored, input.notes());
	}

	@Test
	void theWholeDayAnalysisEqualsTheOneBeforeTheSplit() throws IOException {
		String actual = JSON.writeValueAsString(ScalingAnalysis.analyze(fleet()));
		if (Boolean.getBoolean("scaling.writeReference")) {
			Files.createDirectories(REFERENCE.getParent());
			Files.writeString(REFERENCE, actual);
		}
		assertThat(JSON.readTree(actual)).isEqualTo(JSON.readTree(Files.readString(REFERENCE)));
	}

	@Test
	void partsAnalysedAloneInAnyOrderAndCombinedEqualTheWholeDay() {
		ScalingInput input = fleet();
		ScalingResult whole = ScalingAnalysis.analyze(input);
		List<ServiceDay> shuffled = new ArrayList<>(input.services());
		Collections.shuffle(shuffled, new Random(5));
		ScalingResult split = partitioned(input, shuffled);
		assertThat(split).isEqualTo(whole);
		assertThat((Object) JSON.valueToTree(split)).isEqualTo(JSON.valueToTree(whole));
		// the fixture exercises what the combination must get right
		assertThat(whole.scaling().events()).hasSizeGreaterThan(10);
		assertThat(whole.scaling().flapping()).isNotEmpty();
		assertThat(whole.scaling().capacityPlan()).hasSize(24);
		assertThat(whole.scaling().forecasts().predictiveReplay()).containsExactly("charlie");
		assertThat(whole.scaling().notes()).hasSize(1);
		assertThat(whole.performance().services()).extracting(ServicePerformance::service)
			.containsExactly("alpha", "bravo", "charlie", "delta", "echo");
	}

	@Test
	void aServicesPartDoesNotDependOnTheOtherServices() {
		ScalingInput input = fleet();
		ServiceDay bravo = input.services().get(1);
		ServiceScaling alone = ScalingAnalysis.analyzeService(bravo, input.config());
		ScalingResult whole = ScalingAnalysis.analyze(input);
		assertThat(alone.stats()).isEqualTo(whole.scaling().services().get(1));
		assertThat(alone.comparison()).isEqualTo(whole.scaling().comparison().get(1));
		assertThat(alone.performance()).isEqualTo(whole.performance().services().get(1));
		assertThat(whole.eventsByVariant().get("reactive")).filteredOn((e) -> e.serviceId().equals("bravo"))
			.containsExactlyElementsOf(alone.reactiveEvents());
	}

	@Test
	void noServicesCombineToAnEmptyDay() {
		ScalingInput input = new ScalingInput(LocalDate.parse("2026-11-25"), fleet().config(), List.of());
		assertThat(ScalingAnalysis.combine(input.config(), List.of(), List.of())).isEqualTo(ScalingAnalysis.analyze(input));
	}

}
