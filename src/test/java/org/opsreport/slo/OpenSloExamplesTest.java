package org.opsreport.slo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * OpenSLO's own published example SLOs (src/test/resources/openslo-examples, sources in its README) load unchanged
 * with a metric-source mapping and Service documents, and evaluate to hand-computed SLIs.
 */
class OpenSloExamplesTest {

	static final Path EXAMPLES = Path.of("src/test/resources/openslo-examples");

	/** The end of report date 2026-11-24. */
	static final Instant END = Instant.parse("2026-11-25T00:00:00Z");

	static final Instant DAY = Instant.parse("2026-11-24T00:00:00Z");

	@TempDir
	Path slos;

	MetricSourceMapping mapping;

	@BeforeEach
	void folderWithOnlyOpenSloFiles() throws IOException {
		Files.copy(EXAMPLES.resolve("services.yaml"), this.slos.resolve("services.yaml"));
		Files.copy(EXAMPLES.resolve("published/occurences-slo.yaml"), this.slos.resolve("occurences-slo.yaml"));
		Files.copy(EXAMPLES.resolve("published/ratio-timeslices.yaml"), this.slos.resolve("ratio-timeslices.yaml"));
		this.mapping = MetricSourceMappingLoader.load(EXAMPLES.resolve("metric-sources.yaml"));
	}

	@Test
	void thresholdAndRatioExamplesLoadUnchangedThroughTheMapping() {
		SloConfig config = OpenSloLoader.load(this.slos, Set.of(), this.mapping);
		assertThat(config.slos()).extracting(SloDefinition::name).containsExactly("search-slo", "main-page");
		assertThat(config.slos().get(0).indicator())
			.isEqualTo(new Indicator.Threshold(new MetricRef("web-shop", "avg_response_time_ms")));
		assertThat(config.slos().get(1).indicator()).isEqualTo(new Indicator.Ratio(
				new MetricRef("web-shop", "http_requests_ok_total", true), null,
				new MetricRef("web-shop", "http_requests_total", true)));
		assertThat(config.services()).extracting(ServiceDefinition::name).containsExactly("web-shop", "web-availability");
	}

	@Test
	void thresholdExampleEvaluatesOnOccurrences() {
		SloDefinition slo = OpenSloLoader.load(this.slos, Set.of(), this.mapping).slos().get(0);
		// ten samples, op lt 500: 600 and 500 are bad -> SLI 8/10
		double[] values = { 120, 180, 600, 240, 500, 90, 300, 410, 499, 200 };
		Map<MetricRef, MetricSamples> data = Map.of(new MetricRef("web-shop", "avg_response_time_ms"),
				everyMinutes(5, values));
		ObjectiveResult result = SloEvaluator.evaluateAll(slo, data, END, List.of(), SloSettings.defaults()).get(0);
		assertThat(result.objective()).isEqualTo("Good experience");
		assertThat(result.sli()).isCloseTo(0.8, within(1e-12));
		assertThat(result.eventsInWindow()).isEqualTo(10.0);
		assertThat(result.window()).isEqualTo("2w");
	}

	@Test
	void ratioTimeslicesExampleEvaluatesOnCountersMappedAsCounters() {
		SloDefinition slo = OpenSloLoader.load(this.slos, Set.of(), this.mapping).slos().get(1);
		// cumulative counters, one sample a minute: increases 99/100 in [0,1m) and 50/100 in [1m,2m)
		Map<MetricRef, MetricSamples> stored = Map.of(new MetricRef("web-shop", "http_requests_ok_total"),
				everyMinutes(1, new double[] { 1000, 1099, 1149 }), new MetricRef("web-shop", "http_requests_total"),
				everyMinutes(1, new double[] { 2000, 2100, 2200 }));
		ObjectiveResult result = SloEvaluator
			.evaluateAll(slo, asStoredForSlo(slo, stored), END, List.of(), SloSettings.defaults())
			.get(0);
		// RatioTimeslices: the mean of the slice ratios, (0.99 + 0.50) / 2
		assertThat(result.sli()).isCloseTo(0.745, within(1e-12));
	}

	@Test
	void timeslicesExampleIsRefusedForItsOneMinuteCalendarWindowAndLoadsWithOneMonth() throws IOException {
		Path file = this.slos.resolve("timeslices-slo.yaml");
		String published = Files.readString(EXAMPLES.resolve("published/timeslices-slo.yaml"));
		Files.writeString(file, published);
		assertThatThrownBy(() -> OpenSloLoader.load(this.slos, Set.of(), this.mapping))
			.isInstanceOf(SloConfigException.class)
			.hasMessage(file + ", document 1 (SLO service-availability): spec.timeWindow[0].duration: "
					+ "calendar windows are d, w, M, Q or Y, got '1m'");
		Files.writeString(file, published.replace("duration: 1m #", "duration: 1M #"));
		SloDefinition slo = OpenSloLoader.load(this.slos, Set.of(), this.mapping)
			.slos()
			.stream()
			.filter((s) -> s.name().equals("service-availability"))
			.findFirst()
			.orElseThrow();
		// one-minute slices, good when at least 99% good: 100/100 good, 98/100 bad, 99/100 good -> SLI 2/3
		Map<MetricRef, MetricSamples> data = Map.of(new MetricRef("web-availability", "probes_ok"),
				everyMinutes(1, new double[] { 100, 98, 99 }), new MetricRef("web-availability", "probes_total"),
				everyMinutes(1, new double[] { 100, 100, 100 }));
		List<ObjectiveResult> results = SloEvaluator.evaluateAll(slo, data, END, List.of(), SloSettings.defaults());
		assertThat(results).extracting(ObjectiveResult::objective).containsExactly("Internal objective", "SLA");
		assertThat(results.get(0).sli()).isCloseTo(2.0 / 3.0, within(1e-12));
		assertThat(results.get(0).window()).isEqualTo("1M");
	}

	@Test
	void anUnmappedSourceNamesTheSloTheSourceAndTheMappingFile() {
		MetricSourceMapping partial = new MetricSourceMapping(this.mapping.file(),
				this.mapping.entries().stream().filter((entry) -> !"good".equals(entry.role())).toList());
		assertThatThrownBy(() -> OpenSloLoader.load(this.slos, Set.of(), partial)).isInstanceOf(SloConfigException.class)
			.hasMessage(this.slos.resolve("ratio-timeslices.yaml") + ", document 1 (SLO main-page): "
					+ "spec.indicator.spec.ratioMetric.good.metricSource: metricSource {type: Any, spec: {query: Any}} "
					+ "is not mapped to a stored series in " + EXAMPLES.resolve("metric-sources.yaml")
					+ " (add an entry with this type and spec and the service and metric it stands for; or use type: opsreport)");
	}

	@Test
	void withoutDocumentAndRoleTheLookAlikeSourcesAreAmbiguous() throws IOException {
		Path file = this.slos.getParent().resolve(this.slos.getFileName() + "-mapping.yaml");
		Files.writeString(file, """
				sources:
				  - {type: any, spec: {query: "  Any\\n"}, service: web-shop, metric: a}
				  - {type: Any, spec: {query: Any}, role: total, service: web-shop, metric: b}
				  - {type: Any, document: search-slo, service: web-shop, metric: avg_response_time_ms}
				""");
		assertThatThrownBy(() -> OpenSloLoader.load(this.slos, Set.of(), MetricSourceMappingLoader.load(file)))
			.isInstanceOf(SloConfigException.class)
			.hasMessageEndingWith("spec.indicator.spec.ratioMetric.total.metricSource: metricSource {type: Any, spec: "
					+ "{query: Any}} matches several entries of " + file + " (" + file + ", sources[0], " + file
					+ ", sources[1]); tell them apart with document or role");
	}

	@Test
	void invalidMappingEntriesNameTheFileEntryAndField() throws IOException {
		Path file = this.slos.getParent().resolve(this.slos.getFileName() + "-bad.yaml");
		Files.writeString(file, "sources:\n  - {type: Prometheus, spec: {query: up}, service: a, metric: b, role: ok}\n");
		assertThatThrownBy(() -> MetricSourceMappingLoader.load(file)).isInstanceOf(SloConfigException.class)
			.hasMessage(file + ", sources[0].role: 'ok' is not a role (good, bad, total, threshold)");
		Files.writeString(file, "sources:\n  - {type: Prometheus, spec: {query: up}, metric: b}\n");
		assertThatThrownBy(() -> MetricSourceMappingLoader.load(file)).isInstanceOf(SloConfigException.class)
			.hasMessage(file + ", sources[0].service: required field is missing");
		Files.writeString(file, "sources:\n  - {type: Prometheus, spec: {query: up}, service: a, metric: b, labels: {}}\n");
		assertThatThrownBy(() -> MetricSourceMappingLoader.load(file)).isInstanceOf(SloConfigException.class)
			.hasMessage(file + ", sources[0].labels: unknown field (allowed: type, spec, service, metric, counter, document, role)");
	}

	@Test
	void theExampleMappingOfJobsLoadsAndMapsAPrometheusSloWrittenInAnotherKeyOrder() {
		MetricSourceMapping example = MetricSourceMappingLoader.load(Path.of("jobs/metric-sources.example.yaml"));
		assertThat(example.entries()).hasSize(4);
		assertThat(example.querySources("prometheus")).extracting((source) -> source.target().metric())
			.containsExactly("requests_failed", "requests_total");
		String slo = """
				apiVersion: openslo/v1
				kind: SLO
				metadata: {name: checkout-availability}
				spec:
				  service: checkout
				  indicator:
				    spec:
				      ratioMetric:
				        bad:
				          metricSource:
				            spec: {query: 'sum(rate(http_requests_total{job="checkout",code=~"5.."}[5m])) * 300'}
				            type: prometheus
				        total:
				          metricSource:
				            type: Prometheus
				            spec:
				              query: |
				                sum(rate(http_requests_total{job="checkout"}[5m])) * 300
				  timeWindow: [{duration: 28d, isRolling: true}]
				  budgetingMethod: Occurrences
				  objectives: [{target: 0.999}]
				""";
		SloConfig config = new OpenSloLoader(Set.of("checkout"), example).parse("checkout.yaml",
				new java.io.StringReader(slo));
		assertThat(config.slos().get(0).indicator()).isEqualTo(new Indicator.Ratio(null,
				new MetricRef("checkout", "requests_failed"), new MetricRef("checkout", "requests_total")));
	}

	/** What SloResults hands the evaluator: counter series as their increases. */
	static Map<MetricRef, MetricSamples> asStoredForSlo(SloDefinition slo, Map<MetricRef, MetricSamples> stored) {
		Map<MetricRef, MetricSamples> data = new HashMap<>();
		for (MetricRef ref : slo.metrics()) {
			MetricSamples samples = stored.get(new MetricRef(ref.service(), ref.metric()));
			data.put(ref, ref.counter() ? increases(samples) : samples);
		}
		return data;
	}

	static MetricSamples increases(MetricSamples samples) {
		long[] times = new long[samples.size()];
		for (int i = 0; i < times.length; i++) {
			times[i] = samples.timestamps()[i].getEpochSecond();
		}
		var increases = org.opsreport.timeseries.CounterIncreases.of(times, samples.values());
		Instant[] at = new Instant[increases.size()];
		for (int i = 0; i < at.length; i++) {
			at[i] = Instant.ofEpochSecond(increases.times()[i]);
		}
		return new MetricSamples(at, increases.values());
	}

	static MetricSamples everyMinutes(int minutes, double[] values) {
		Instant[] times = new Instant[values.length];
		for (int i = 0; i < values.length; i++) {
			times[i] = DAY.plusSeconds(60L * minutes * i);
		}
		return new MetricSamples(times, values);
	}

}
