package org.opsreport.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates the full default sample once (37 days, seed 42, about 2 s) and checks that it is deterministic,
 * coherent, and carries the scenarios the other features rely on (docs/sample-data.md).
 */
class SampleDataGeneratorTest {

	private static final LocalDate LAST_DAY = LocalDate.parse("2026-11-24");

	private static final Instant END = Instant.parse("2026-11-25T00:00:00Z");

	@TempDir
	static Path dir;

	private static SampleDataGenerator.Summary summary;

	/** service -> timestamp -> metric -> value */
	private static final Map<String, TreeMap<Instant, Map<String, Double>>> metrics = new HashMap<>();

	@BeforeAll
	static void generateDefaultSample() throws IOException {
		summary = SampleDataGenerator.generate(SampleDataGenerator.Options.defaults().withRoot(dir.resolve("full")));
		for (ServiceProfile p : ServiceProfile.SAMPLE) {
			metrics.put(p.name(), readMetrics(dir.resolve("full/data/metrics/" + p.name() + ".csv.gz")));
		}
	}

	@Test
	void sameSeedGivesIdenticalBytesAndAnotherSeedDoesNot() throws IOException {
		Path a = dir.resolve("a");
		Path b = dir.resolve("b");
		Path c = dir.resolve("c");
		SampleDataGenerator.generate(new SampleDataGenerator.Options(a, 7, LocalDate.parse("2026-11-25"), 2));
		SampleDataGenerator.generate(new SampleDataGenerator.Options(b, 7, LocalDate.parse("2026-11-25"), 2));
		SampleDataGenerator.generate(new SampleDataGenerator.Options(c, 8, LocalDate.parse("2026-11-25"), 2));
		List<Path> files = listFiles(a);
		assertThat(files).hasSize(11);
		for (Path f : files) {
			assertThat(Files.readAllBytes(b.resolve(f))).as(f.toString()).isEqualTo(Files.readAllBytes(a.resolve(f)));
		}
		assertThat(Files.readAllBytes(c.resolve("data/metrics/checkout.csv.gz")))
			.isNotEqualTo(Files.readAllBytes(a.resolve("data/metrics/checkout.csv.gz")));
	}

	@Test
	void checkedInSampleIsWhatTheGeneratorWrites() throws IOException {
		// run from the project root: if the data is checked in, it must be regenerated after generator changes
		Path checkedIn = Path.of("data/metrics/checkout.csv.gz");
		if (!Files.exists(checkedIn)) {
			return;
		}
		for (Path f : listFiles(dir.resolve("full"))) {
			assertThat(Files.readAllBytes(dir.resolve("full").resolve(f)))
				.as("%s differs from a fresh run: regenerate, see docs/sample-data.md", f)
				.isEqualTo(Files.readAllBytes(f));
		}
	}

	@Test
	void everyServiceHasEveryMetricEveryFiveMinutesExceptTheNotificationsGap() {
		long samplesPerService = 37 * 288;
		for (ServiceProfile p : ServiceProfile.SAMPLE) {
			TreeMap<Instant, Map<String, Double>> series = metrics.get(p.name());
			long expected = p.name().equals("notifications") ? samplesPerService - 12 : samplesPerService;
			assertThat(series).as(p.name()).hasSize((int) expected);
			assertThat(series.firstKey()).isEqualTo(Instant.parse("2026-10-19T00:00:00Z"));
			assertThat(series.lastKey()).isEqualTo(Instant.parse("2026-11-24T23:55:00Z"));
			series.values().forEach(m -> assertThat(m.keySet()).containsExactlyInAnyOrderElementsOf(MetricSimulator.METRICS));
		}
		TreeMap<Instant, Map<String, Double>> n = metrics.get("notifications");
		assertThat(n.containsKey(Instant.parse("2026-11-24T01:55:00Z"))).isTrue();
		assertThat(n.subMap(Instant.parse("2026-11-24T02:00:00Z"), Instant.parse("2026-11-24T03:00:00Z"))).isEmpty();
		assertThat(n.containsKey(Instant.parse("2026-11-24T03:00:00Z"))).isTrue();
	}

	@Test
	void metricsAreCoherent() {
		for (ServiceProfile p : ServiceProfile.SAMPLE) {
			for (Map.Entry<Instant, Map<String, Double>> e : metrics.get(p.name()).entrySet()) {
				Map<String, Double> m = e.getValue();
				double rate = m.get("request_rate");
				double instances = m.get("instance_count");
				assertThat(m.get("requests_total")).as("%s %s total", p.name(), e.getKey())
					.isEqualTo((double) Math.round(rate * 300));
				assertThat(m.get("requests_failed")).isBetween(0.0, m.get("requests_total"));
				assertThat(instances).isBetween((double) p.minInstances(), (double) p.maxInstances());
				// utilization = load / instances, load = rate / capacity per instance; noise sd 0.8, clamp 99.5
				double expectedCpu = Math.min(99.5, rate / p.capacityPerInstance() / instances * 100);
				assertThat(m.get("cpu_utilization")).as("%s %s cpu", p.name(), e.getKey())
					.isCloseTo(expectedCpu, org.assertj.core.data.Offset.offset(5.0));
			}
		}
	}

	@Test
	void latencyRisesWithUtilization() {
		// inventory over the whole range: mean latency of samples above 85 % CPU against those below 50 %
		double hot = mean(metrics.get("inventory"), m -> m.get("cpu_utilization") > 85, "avg_response_time_ms");
		double cool = mean(metrics.get("inventory"), m -> m.get("cpu_utilization") < 50, "avg_response_time_ms");
		assertThat(hot).isGreaterThan(5 * cool);
	}

	@Test
	void checkoutScalesBetweenTwoAndEightInstancesOnTheLastDay() {
		List<Double> instances = lastDay("checkout").values().stream().map(m -> m.get("instance_count")).toList();
		assertThat(instances.stream().mapToDouble(Double::doubleValue).min().getAsDouble()).isEqualTo(2);
		assertThat(instances.stream().mapToDouble(Double::doubleValue).max().getAsDouble()).isEqualTo(8);
	}

	@Test
	void searchFlapsUnderAThresholdPolicyOnTheLastDay() {
		List<Double> cpu = lastDay("search").subMap(Instant.parse("2026-11-24T07:00:00Z"),
				Instant.parse("2026-11-24T21:00:00Z")).values().stream().map(m -> m.get("cpu_utilization")).toList();
		assertThat(cpu).allSatisfy(v -> assertThat(v).isBetween(58.0, 82.0));
		long crossings = 0;
		for (int i = 1; i < cpu.size(); i++) {
			if ((cpu.get(i) > 70) != (cpu.get(i - 1) > 70)) {
				crossings++;
			}
		}
		assertThat(crossings).isGreaterThan(40);
		// a minimal replay of threshold_up 70, threshold_down 60, cooldown 300 s, evaluation_periods 1 from the
		// recorded 5 instances: load = cpu x recorded instances; count out-then-in within 2 x cooldown
		int instances = 5;
		long lastEvent = Long.MIN_VALUE / 2;
		long lastOut = Long.MIN_VALUE / 2;
		int flaps = 0;
		for (int i = 0; i < cpu.size(); i++) {
			long now = i * 300L;
			double util = cpu.get(i) * 5 / instances;
			if (now - lastEvent < 300) {
				continue;
			}
			if (util > 70) {
				instances++;
				lastEvent = now;
				lastOut = now;
			}
			else if (util < 60 && instances > 3) {
				instances--;
				lastEvent = now;
				if (now - lastOut <= 600) {
					flaps++;
				}
			}
		}
		assertThat(flaps).isGreaterThan(10);
	}

	@Test
	void inventoryHasASustainedBottleneckOnTheLastDay() {
		TreeMap<Instant, Map<String, Double>> day = lastDay("inventory");
		assertThat(longestStretchMinutes(day, "cpu_utilization", 90)).isGreaterThanOrEqualTo(4 * 60);
		assertThat(longestStretchMinutes(day, "avg_response_time_ms", 2000)).isGreaterThanOrEqualTo(3 * 60);
		assertThat(longestStretchMinutes(day, "queue_depth", 100)).isGreaterThanOrEqualTo(3 * 60);
		// and no other service has one
		for (ServiceProfile p : ServiceProfile.SAMPLE) {
			if (!p.name().equals("inventory")) {
				assertThat(longestStretchMinutes(lastDay(p.name()), "cpu_utilization", 80)).as(p.name()).isLessThan(60);
			}
		}
	}

	@Test
	void paymentsExhaustsA999BudgetOver28DaysAndTheOthersDoNot() {
		Instant from = END.minus(Duration.ofDays(28));
		for (ServiceProfile p : ServiceProfile.SAMPLE) {
			double ratio = errorRatio(p.name(), from, END);
			if (p.name().equals("payments")) {
				assertThat(ratio).as("payments").isGreaterThan(0.0015);
				assertThat(errorRatio("payments", END.minus(Duration.ofDays(4)), END.minus(Duration.ofDays(1))))
					.isBetween(0.003, 0.01);
			}
			else {
				assertThat(ratio).as(p.name()).isLessThan(0.001);
			}
		}
	}

	@Test
	void incidentsLineUpWithErrorsInTheMetrics() throws IOException {
		List<CSVRecord> rows = readCsv(dir.resolve("full/data/incidents/incidents.csv"));
		assertThat(rows).hasSizeBetween(24, 48);
		for (CSVRecord r : rows) {
			Instant detected = Instant.parse(r.get("detected_at"));
			String endText = r.get("mitigated_at").isEmpty() ? r.get("resolved_at") : r.get("mitigated_at");
			Instant effectEnd = endText.isEmpty() ? END : Instant.parse(endText);
			for (String service : r.get("services").split(";")) {
				double during = errorRatio(service, detected, effectEnd);
				// the same window a week earlier (not a day: the payments slow burn was detected a day late)
				double weekBefore = errorRatio(service, detected.minus(Duration.ofDays(7)),
						effectEnd.minus(Duration.ofDays(7)));
				assertThat(during).as("%s on %s", r.get("id"), service)
					.isGreaterThan(10 * ServiceProfile.byName(service).baseErrorRatio());
				if (!detected.minus(Duration.ofDays(7)).isBefore(Instant.parse("2026-10-19T00:00:00Z"))) {
					assertThat(during).as("%s on %s vs a week before", r.get("id"), service)
						.isGreaterThan(3 * weekBefore);
				}
			}
		}
	}

	@Test
	void incidentsExerciseEveryBranch() throws IOException {
		List<CSVRecord> rows = readCsv(dir.resolve("full/data/incidents/incidents.csv"));
		assertThat(rows.stream().map(r -> r.get("severity")).distinct())
			.contains("SEV1", "SEV2", "SEV3", "SEV4", "");
		assertThat(rows.stream().filter(r -> r.get("resolved_at").isEmpty())).hasSize(1);
		assertThat(rows.stream().filter(r -> r.get("acknowledged_at").isEmpty())).hasSize(1);
		assertThat(rows.stream().filter(r -> r.get("title").contains(",") && r.get("title").contains("\"")))
			.hasSize(1);
		List<CSVRecord> disagreements = rows.stream()
			.filter(r -> !r.get("severity").isEmpty() && !r.get("severity").equals(rulesSeverity(r)))
			.toList();
		assertThat(disagreements).hasSize(1);
		assertThat(disagreements.get(0).get("severity")).isEqualTo("SEV3");
		// security incident without a given severity: SEV1 by the rules although only 5 % of users are affected
		assertThat(rows.stream().filter(r -> r.get("severity").isEmpty() && r.get("security_incident").equals("true")))
			.singleElement()
			.satisfies(r -> {
				assertThat(rulesSeverity(r)).isEqualTo("SEV1");
				assertThat(Double.parseDouble(r.get("affected_users_pct"))).isGreaterThan(1);
			});
		assertThat(rows.stream().filter(r -> r.get("data_loss").equals("true"))).hasSize(1);
		Predicate<CSVRecord> high = r -> List.of("SEV1", "SEV2")
			.contains(r.get("severity").isEmpty() ? rulesSeverity(r) : r.get("severity"));
		assertThat(rows.stream().filter(high).filter(r -> r.get("postmortem_completed_at").isEmpty())).isNotEmpty();
		assertThat(rows.stream().filter(high).filter(r -> !r.get("postmortem_completed_at").isEmpty())).isNotEmpty();
		Map<String, Long> causes = rows.stream()
			.collect(Collectors.groupingBy(r -> r.get("primary_cause"), Collectors.counting()));
		assertThat(causes.values().stream().mapToLong(Long::longValue).max().getAsLong()).isGreaterThanOrEqualTo(3);
		assertThat(rows).allSatisfy(r -> {
			Instant detected = Instant.parse(r.get("detected_at"));
			if (!r.get("resolved_at").isEmpty()) {
				assertThat(Instant.parse(r.get("resolved_at"))).isAfter(detected).isBefore(END);
			}
			if (!r.get("acknowledged_at").isEmpty()) {
				assertThat(Instant.parse(r.get("acknowledged_at"))).isAfterOrEqualTo(detected);
			}
		});
	}

	@Test
	void chaosExperimentsHaveTheirPlannedOutcomes() throws IOException {
		Map<String, CSVRecord> byId = readCsv(dir.resolve("full/data/chaos/experiments.csv")).stream()
			.collect(Collectors.toMap(r -> r.get("id"), r -> r));
		assertThat(byId).containsOnlyKeys("CH-01", "CH-02", "CH-03", "CH-04", "CH-05", "CH-06");
		assertThat(meetsStandardCriteria(byId.get("CH-01"))).isTrue();
		assertThat(meetsStandardCriteria(byId.get("CH-02"))).isTrue();
		assertThat(meetsStandardCriteria(byId.get("CH-03"))).isFalse();
		assertThat(byId.get("CH-04").get("hypothesis")).isEmpty();
		assertThat(byId.get("CH-05").get("duration_minutes")).isEqualTo("600");
		assertThat(byId.get("CH-06").get("target_services")).isEqualTo("payments");
		assertThat(summary.experiments()).hasSize(6);
	}

	@Test
	void servicesYamlListsAllEightServices() throws IOException {
		String yaml = Files.readString(dir.resolve("full/jobs/services.yaml"));
		for (ServiceProfile p : ServiceProfile.SAMPLE) {
			assertThat(yaml).contains("- name: " + p.name() + "\n");
		}
		assertThat(yaml).contains("    instanceCostPerHour: 0.192\n    targetUtilization: 60\n");
	}

	/** error_ratio &lt; 0.01; avg_response_time_ms p95 &lt; 500; cpu_utilization max &lt; 90 over the window. */
	private static boolean meetsStandardCriteria(CSVRecord r) {
		assertThat(r.get("success_criteria")).isEqualTo(SampleChaosExperiment.STANDARD_CRITERIA);
		String service = r.get("target_services");
		Instant from = Instant.parse(r.get("started_at"));
		Instant to = from.plus(Duration.ofMinutes(Long.parseLong(r.get("duration_minutes"))));
		Map<Instant, Map<String, Double>> window = metrics.get(service).subMap(from, to);
		double[] latency = window.values().stream().mapToDouble(m -> m.get("avg_response_time_ms")).sorted().toArray();
		double p95 = latency[(int) Math.ceil(0.95 * latency.length) - 1];
		double cpuMax = window.values().stream().mapToDouble(m -> m.get("cpu_utilization")).max().getAsDouble();
		return errorRatio(service, from, to) < 0.01 && p95 < 500 && cpuMax < 90;
	}

	private static String rulesSeverity(CSVRecord r) {
		return SampleIncident.classify(Boolean.parseBoolean(r.get("service_unavailable")),
				Double.parseDouble(r.get("affected_users_pct")), Boolean.parseBoolean(r.get("data_loss")),
				Boolean.parseBoolean(r.get("security_incident")),
				Double.parseDouble(r.get("performance_degradation_pct")));
	}

	private static double errorRatio(String service, Instant from, Instant to) {
		double total = 0;
		double failed = 0;
		for (Map<String, Double> m : metrics.get(service).subMap(from, to).values()) {
			total += m.get("requests_total");
			failed += m.get("requests_failed");
		}
		return failed / total;
	}

	private static double mean(TreeMap<Instant, Map<String, Double>> series, Predicate<Map<String, Double>> filter,
			String metric) {
		return series.values().stream().filter(filter).mapToDouble(m -> m.get(metric)).average().orElseThrow();
	}

	private static long longestStretchMinutes(TreeMap<Instant, Map<String, Double>> series, String metric,
			double threshold) {
		long best = 0;
		long current = 0;
		for (Map<String, Double> m : series.values()) {
			current = (m.get(metric) > threshold) ? current + 5 : 0;
			best = Math.max(best, current);
		}
		return best;
	}

	private static TreeMap<Instant, Map<String, Double>> lastDay(String service) {
		Instant from = LAST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
		return new TreeMap<>(metrics.get(service).subMap(from, END));
	}

	private static TreeMap<Instant, Map<String, Double>> readMetrics(Path file) throws IOException {
		TreeMap<Instant, Map<String, Double>> series = new TreeMap<>();
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
			assertThat(in.readLine()).isEqualTo("timestamp,service,metric,value");
			String line;
			String lastStamp = "";
			Map<String, Double> sample = null;
			while ((line = in.readLine()) != null) {
				String[] f = line.split(",");
				assertThat(f).hasSize(4);
				if (!f[0].equals(lastStamp)) {
					lastStamp = f[0];
					sample = series.computeIfAbsent(Instant.parse(f[0]), k -> new HashMap<>());
				}
				sample.put(f[2], Double.parseDouble(f[3]));
			}
		}
		return series;
	}

	private static List<CSVRecord> readCsv(Path file) throws IOException {
		try (Reader in = Files.newBufferedReader(file)) {
			return new ArrayList<>(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)
				.getRecords());
		}
	}

	private static List<Path> listFiles(Path root) throws IOException {
		try (Stream<Path> s = Files.walk(root)) {
			return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
		}
	}

}
