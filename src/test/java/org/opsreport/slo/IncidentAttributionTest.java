package org.opsreport.slo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Incident budget attribution: every bad unit charged once ({@link IncidentAttribution}). */
class IncidentAttributionTest {

	static final double EPS = 1e-9;

	static final Instant T10 = Instant.parse("2026-11-24T10:00:00Z");

	static IncidentWindow incident(String id, String from, String to) {
		return new IncidentWindow(id, Set.of("pay"), Instant.parse(from), to == null ? null : Instant.parse(to), false);
	}

	/** The worked example of docs/slo.md, figures computed by hand in the class comment. */
	@Test
	void overlappingIncidentsShareABadUnitAndTheRestIsNotLinked() {
		List<Long> times = new ArrayList<>();
		List<Double> bad = new ArrayList<>();
		for (Instant t = Instant.parse("2026-11-24T00:00:00Z"); t.isBefore(Instant.parse("2026-11-25T00:00:00Z"));
				t = t.plus(Duration.ofMinutes(5))) {
			boolean failing = !t.isBefore(T10) && t.isBefore(Instant.parse("2026-11-24T10:45:00Z"))
					|| t.equals(Instant.parse("2026-11-24T12:00:00Z"));
			times.add(t.toEpochMilli());
			bad.add(failing ? 10.0 : 0.0);
		}
		long[] t = times.stream().mapToLong(Long::longValue).toArray();
		double[] total = new double[t.length];
		double[] good = new double[t.length];
		for (int i = 0; i < t.length; i++) {
			total[i] = 100;
			good[i] = 100 - bad.get(i);
		}
		IncidentAttribution.Result result = IncidentAttribution.attribute(new EventSeries(t, good, total),
				Instant.parse("2026-11-24T00:00:00Z"), Instant.parse("2026-11-25T00:00:00Z"), 100, (x) -> x, "pay",
				List.of(incident("A", "2026-11-24T10:00:00Z", "2026-11-24T10:30:00Z"),
						incident("B", "2026-11-24T10:15:00Z", "2026-11-24T11:00:00Z"),
						// another service's incident is not charged
						new IncidentWindow("C", Set.of("cart"), T10, null, false)));
		assertThat(result.impacts()).extracting(IncidentImpact::id).containsExactly("A", "B");
		assertThat(result.impacts().get(0).budgetConsumedPercent()).isCloseTo(45.0, within(EPS));
		assertThat(result.impacts().get(1).budgetConsumedPercent()).isCloseTo(45.0, within(EPS));
		BudgetAttribution attribution = result.attribution();
		assertThat(attribution.rule()).isEqualTo("split_evenly");
		assertThat(attribution.consumedPercent()).isCloseTo(100.0, within(EPS));
		assertThat(attribution.incidentsPercent()).isCloseTo(90.0, within(EPS));
		assertThat(attribution.notLinkedPercent()).isCloseTo(10.0, within(EPS));
		assertThat(attribution.incidents()).isEqualTo(2);
	}

	/** Time slices: two bad 5-minute slices inside three incidents, one outside; budget 60 minutes. */
	@Test
	void badSlicesAreConvertedToMinutesAfterTheSplit() {
		long[] t = { T10.toEpochMilli(), T10.plusSeconds(300).toEpochMilli(), T10.plusSeconds(3600).toEpochMilli() };
		double[] good = { 0, 0, 0 };
		double[] total = { 1, 1, 1 };
		IncidentAttribution.Result result = IncidentAttribution.attribute(new EventSeries(t, good, total),
				T10.minus(Duration.ofDays(1)), T10.plus(Duration.ofDays(1)), 60, (x) -> 5 * x, "pay",
				List.of(incident("A", "2026-11-24T09:00:00Z", "2026-11-24T10:10:00Z"),
						incident("B", "2026-11-24T10:00:00Z", "2026-11-24T10:05:00Z"),
						incident("C", "2026-11-24T10:00:00Z", null)));
		// 10:00: A, B, C share 5 min (5/3 each); 10:05: A, C share 5 min (2.5 each); 11:00: C alone, 5 min
		Map<String, Double> shares = new HashMap<>();
		result.impacts().forEach((i) -> shares.put(i.id(), i.budgetConsumedPercent()));
		assertThat(shares.get("A")).isCloseTo(100 * (5 / 3.0 + 2.5) / 60, within(EPS));
		assertThat(shares.get("B")).isCloseTo(100 * (5 / 3.0) / 60, within(EPS));
		assertThat(shares.get("C")).isCloseTo(100 * (5 / 3.0 + 2.5 + 5) / 60, within(EPS));
		assertThat(result.attribution().consumedPercent()).isCloseTo(25.0, within(EPS));
		assertThat(result.attribution().notLinkedPercent()).isCloseTo(0.0, within(EPS));
	}

	/**
	 * The checked-in sample data (data/, jobs/slos) evaluated at the end of 2026-11-24, the README's report date: for
	 * every objective the incidents' shares sum to at most the budget consumed.
	 */
	@Test
	void onTheSampleDataIncidentSharesNeverExceedWhatWasConsumed() throws IOException {
		Set<String> services = Set.of("checkout", "payments", "catalog", "search", "cart", "auth", "inventory",
				"notifications");
		SloConfig config = OpenSloLoader.load(Path.of("jobs/slos"), services);
		Set<MetricRef> wanted = new LinkedHashSet<>();
		config.slos().forEach((slo) -> wanted.addAll(slo.metrics()));
		Map<MetricRef, MetricSamples> data = readMetrics(wanted);
		List<IncidentWindow> incidents = readIncidents();
		Instant end = Instant.parse("2026-11-25T00:00:00Z");
		int checked = 0;
		for (SloDefinition slo : config.slos()) {
			for (ObjectiveResult result : SloEvaluator.evaluateAll(slo, data, end, incidents, SloSettings.defaults())) {
				BudgetAttribution attribution = result.budgetAttribution();
				if (attribution.consumedPercent() == null) {
					continue;
				}
				double listed = result.topIncidents().stream().mapToDouble(IncidentImpact::budgetConsumedPercent).sum();
				assertThat(listed).as(result.name()).isLessThanOrEqualTo(attribution.incidentsPercent() + 1e-6);
				assertThat(attribution.incidentsPercent()).as(result.name())
					.isLessThanOrEqualTo(attribution.consumedPercent() + 1e-6);
				assertThat(attribution.notLinkedPercent()).as(result.name()).isGreaterThanOrEqualTo(-1e-6);
				assertThat(attribution.consumedPercent()).as(result.name())
					.isCloseTo(result.budgetConsumedPercent(), within(1e-6));
				checked++;
			}
		}
		assertThat(checked).isGreaterThanOrEqualTo(10);
	}

	static Map<MetricRef, MetricSamples> readMetrics(Set<MetricRef> wanted) throws IOException {
		Map<MetricRef, TreeMap<Instant, Double>> series = new HashMap<>();
		try (Stream<Path> files = Files.list(Path.of("data/metrics"))) {
			for (Path file : files.sorted().toList()) {
				try (Reader reader = new InputStreamReader(
						file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file),
						StandardCharsets.UTF_8);
						CSVParser parser = CSVParser.builder()
							.setReader(reader)
							.setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())
							.get()) {
					for (CSVRecord row : parser) {
						MetricRef ref = new MetricRef(row.get("service"), row.get("metric"));
						if (wanted.contains(ref)) {
							series.computeIfAbsent(ref, (k) -> new TreeMap<>())
								.put(Instant.parse(row.get("timestamp")), Double.parseDouble(row.get("value")));
						}
					}
				}
			}
		}
		Map<MetricRef, MetricSamples> data = new HashMap<>();
		series.forEach((ref, values) -> data.put(ref, new MetricSamples(values.keySet().toArray(Instant[]::new),
				values.values().stream().mapToDouble(Double::doubleValue).toArray())));
		return data;
	}

	static List<IncidentWindow> readIncidents() throws IOException {
		List<IncidentWindow> incidents = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("data/incidents"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".csv")).sorted().toList()) {
				try (Reader reader = Files.newBufferedReader(file);
						CSVParser parser = CSVParser.builder()
							.setReader(reader)
							.setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())
							.get()) {
					for (CSVRecord row : parser) {
						String resolved = row.get("resolved_at");
						incidents.add(new IncidentWindow(row.get("id"), Set.of(row.get("services").split(";")),
								Instant.parse(row.get("detected_at")), resolved.isBlank() ? null : Instant.parse(resolved),
								!row.get("postmortem_completed_at").isBlank()));
					}
				}
			}
		}
		return incidents;
	}

}
