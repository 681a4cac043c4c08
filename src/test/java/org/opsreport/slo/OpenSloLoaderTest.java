package org.opsreport.slo;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenSloLoaderTest {

	static final Set<String> SERVICES = Set.of("checkout", "payments", "catalog", "search", "cart", "auth", "inventory",
			"notifications");

	/** Document 1 is a Service, document 2 the SLO the invalid cases break. */
	static final String VALID = """
			apiVersion: openslo/v1
			kind: Service
			metadata:
			  name: checkout
			spec:
			  description: Order placement
			---
			apiVersion: openslo/v1
			kind: SLO
			metadata:
			  name: checkout-availability
			  displayName: Checkout availability
			spec:
			  service: checkout
			  indicator:
			    metadata:
			      name: checkout-errors
			    spec:
			      ratioMetric:
			        good:
			          metricSource:
			            type: opsreport
			            spec:
			              service: checkout
			              metric: requests_ok
			        total:
			          metricSource:
			            type: opsreport
			            spec:
			              service: checkout
			              metric: requests_total
			  timeWindow:
			    - duration: 28d
			      isRolling: true
			  budgetingMethod: Occurrences
			  objectives:
			    - displayName: strict
			      target: 0.999
			    - displayName: loose
			      targetPercent: 99.5
			""";

	/** The OpenSLO v1 shapes: kind SLI + indicatorRef, thresholdMetric Timeslices, calendar windows. */
	static final String EXAMPLES = """
			apiVersion: openslo/v1
			kind: SLI
			metadata:
			  name: search-latency-sli
			  labels:
			    team: [search]
			spec:
			  thresholdMetric:
			    metricSource:
			      type: opsreport
			      spec:
			        service: search
			        metric: avg_response_time_ms
			---
			apiVersion: openslo/v1
			kind: SLO
			metadata:
			  name: search-latency
			spec:
			  service: search
			  indicatorRef: search-latency-sli
			  timeWindow:
			    - duration: 1w
			      isRolling: false
			      calendar:
			        startTime: 2022-01-03 00:00:00
			        timeZone: America/New_York
			  budgetingMethod: Timeslices
			  objectives:
			    - op: lte
			      value: 250
			      target: 0.95
			      timeSliceTarget: 0.9
			      timeSliceWindow: 300
			---
			apiVersion: openslo/v1
			kind: SLO
			metadata:
			  name: search-latency-quarter
			spec:
			  service: search
			  indicatorRef: search-latency-sli
			  timeWindow:
			    - duration: 1Q
			      calendar:
			        startTime: "2022-01-01T00:00:00"
			        timeZone: UTC
			  budgetingMethod: RatioTimeslices
			  objectives:
			    - name: p-fast
			      op: gt
			      value: 0
			      target: 0.9
			      timeSliceWindow: 1m
			---
			""";

	@TempDir
	Path dir;

	@Test
	void parsesInlineRatioWithSeveralObjectives() throws IOException {
		Files.writeString(this.dir.resolve("checkout.yaml"), VALID);
		SloConfig config = OpenSloLoader.load(this.dir, SERVICES);
		assertThat(config.services()).extracting(ServiceDefinition::name).containsExactly("checkout");
		SloDefinition slo = config.slos().get(0);
		assertThat(slo.name()).isEqualTo("checkout-availability");
		assertThat(slo.displayName()).isEqualTo("Checkout availability");
		assertThat(slo.budgetingMethod()).isEqualTo(BudgetingMethod.OCCURRENCES);
		assertThat(slo.timeWindow()).isEqualTo(TimeWindow.rolling(28, TimeWindow.Unit.DAY));
		assertThat(slo.indicator()).isEqualTo(new Indicator.Ratio(new MetricRef("checkout", "requests_ok"), null,
				new MetricRef("checkout", "requests_total")));
		assertThat(slo.objectives()).extracting(Objective::name).containsExactly("strict", "loose");
		assertThat(slo.objectives()).extracting(Objective::target).containsExactly(0.999, 0.995);
		assertThat(slo.source()).isEqualTo(this.dir.resolve("checkout.yaml") + ", document 2 (SLO checkout-availability)");
	}

	@Test
	void parsesSliReferencesThresholdsAndCalendarWindows() {
		SloConfig config = new OpenSloLoader(SERVICES).parse("examples.yaml", new StringReader(EXAMPLES));
		assertThat(config.slos()).hasSize(2);
		SloDefinition weekly = config.slos().get(0);
		assertThat(weekly.indicator()).isEqualTo(new Indicator.Threshold(new MetricRef("search", "avg_response_time_ms")));
		assertThat(weekly.timeWindow()).isEqualTo(TimeWindow.calendar(1, TimeWindow.Unit.WEEK,
				LocalDateTime.parse("2022-01-03T00:00:00"), ZoneId.of("America/New_York")));
		Objective objective = weekly.objectives().get(0);
		assertThat(objective).isEqualTo(new Objective("95%", 0.95, ThresholdOperator.LTE, 250.0, 0.9, Duration.ofMinutes(5)));
		SloDefinition quarterly = config.slos().get(1);
		assertThat(quarterly.budgetingMethod()).isEqualTo(BudgetingMethod.RATIO_TIMESLICES);
		assertThat(quarterly.timeWindow().unit()).isEqualTo(TimeWindow.Unit.QUARTER);
		assertThat(quarterly.objectives().get(0).name()).isEqualTo("p-fast");
		assertThat(quarterly.objectives().get(0).timeSliceWindow()).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void sliReferencesResolveAcrossFiles() throws IOException {
		String[] parts = EXAMPLES.split("---\n", 2);
		Files.writeString(this.dir.resolve("a-slo.yaml"), parts[1]);
		Files.writeString(this.dir.resolve("z-sli.yml"), parts[0]);
		Files.writeString(this.dir.resolve("notes.txt"), "not yaml: [");
		assertThat(OpenSloLoader.load(this.dir, SERVICES).slos()).hasSize(2);
	}

	@Test
	void sampleConfigurationLoads() {
		SloConfig config = OpenSloLoader.load(Path.of("jobs/slos"), SERVICES);
		assertThat(config.services()).extracting(ServiceDefinition::name).containsExactlyInAnyOrderElementsOf(SERVICES);
		assertThat(config.slos()).extracting(SloDefinition::service).containsAll(SERVICES);
		assertThat(config.slos()).extracting(SloDefinition::budgetingMethod)
			.contains(BudgetingMethod.OCCURRENCES, BudgetingMethod.TIMESLICES, BudgetingMethod.RATIO_TIMESLICES);
		assertThat(config.slos()).anyMatch((slo) -> !slo.timeWindow().rolling());
		assertThat(config.slos()).filteredOn((slo) -> slo.name().equals("payments-latency"))
			.singleElement()
			.satisfies((slo) -> assertThat(slo.objectives()).hasSize(2));
	}

	static Stream<Arguments> invalid() {
		String doc2 = ", document 2 (SLO checkout-availability): ";
		return Stream.of(
				Arguments.of(VALID.replace("type: opsreport\n            spec:\n              service: checkout\n              metric: requests_ok",
						"type: prometheus\n            spec:\n              service: checkout\n              metric: requests_ok"),
						doc2 + "spec.indicator.spec.ratioMetric.good.metricSource: metricSource {type: prometheus, spec: {metric: requests_ok, service: checkout}} is not mapped to a stored series in metric-sources.yaml (add an entry with this type and spec and the service and metric it stands for; or use type: opsreport)"),
				Arguments.of(VALID.replace("  budgetingMethod: Occurrences", "  budgetingMethod: Occurrences\n  alertPolicy: []"),
						doc2 + "spec.alertPolicy: unknown or unsupported field (allowed here: description, service, indicator, indicatorRef, timeWindow, budgetingMethod, objectives, alertPolicies)"),
				Arguments.of(VALID.replace("  service: checkout\n  indicator", "  service: shop\n  indicator"),
						doc2 + "spec.service: unknown service 'shop' (known: auth, cart, catalog, checkout, inventory, notifications, payments, search; declare it in services.yaml or as an OpenSLO kind: Service document)"),
				Arguments.of(VALID.replace("target: 0.999", "target: 99.9"), doc2 + "spec.objectives[0].target: must be in (0, 1), got 99.9"),
				Arguments.of(VALID.replace("targetPercent: 99.5", "targetPercent: 100"),
						doc2 + "spec.objectives[1].targetPercent: must be in (0, 100), got 100"),
				Arguments.of(VALID.replace("target: 0.999", "target: 0.999\n      timeSliceWindow: 5m"),
						doc2 + "spec.objectives[0].timeSliceWindow: applies to Timeslices and RatioTimeslices budgeting only"),
				Arguments.of(VALID.replace("Occurrences", "Timeslices"),
						doc2 + "spec.objectives[0].timeSliceWindow: required field is missing"),
				Arguments.of(VALID.replace("Occurrences", "Weighted"),
						doc2 + "spec.budgetingMethod: unsupported budgetingMethod 'Weighted' (Occurrences, Timeslices or RatioTimeslices)"),
				Arguments.of(VALID.replace("duration: 28d", "duration: 1M"),
						doc2 + "spec.timeWindow[0].duration: rolling windows need a fixed-length unit (m, h, d, w), got '1M'"),
				Arguments.of(VALID.replace("isRolling: true", "isRolling: false"),
						doc2 + "spec.timeWindow[0]: calendar-aligned windows (isRolling: false) need calendar {startTime, timeZone}"),
				Arguments.of(VALID.replace("  indicator:\n    metadata:", "  indicatorRef: nope\n  indicator:\n    metadata:"),
						doc2 + "spec: exactly one of indicator and indicatorRef is required"),
				Arguments.of(VALID.replace("      target: 0.999", "      target: 0.999\n      value: 5"),
						doc2 + "spec.objectives[0].value: op and value apply to thresholdMetric indicators only"),
				Arguments.of(VALID.replace("        good:", "        counter: yes-please\n        good:"),
						doc2 + "spec.indicator.spec.ratioMetric.counter: expected true or false"),
				Arguments.of(VALID.replace("  budgetingMethod: Occurrences", "  budgetingMethod: Occurrences\n  alertPolicies: [page-me]"),
						doc2 + "spec.alertPolicies: alert policies are not configurable: every objective gets opsreport's burn-rate alerts (leave alertPolicies empty or remove it)"),
				Arguments.of(VALID.replace("apiVersion: openslo/v1\nkind: SLO", "apiVersion: openslo/v2alpha\nkind: SLO"),
						doc2 + "apiVersion: unsupported apiVersion 'openslo/v2alpha' (only 'openslo/v1')"),
				Arguments.of(VALID.replace("kind: Service", "kind: AlertPolicy"),
						", document 1 (AlertPolicy checkout): kind: unsupported kind 'AlertPolicy' (only SLO, SLI, Service, DataSource)"),
				Arguments.of(VALID.replace("              metric: requests_total\n", "              metric: requests_total\n              query: sum(x)\n"),
						doc2 + "spec.indicator.spec.ratioMetric.total.metricSource.spec.query: unknown or unsupported field (allowed here: service, metric)"));
	}

	@ParameterizedTest
	@MethodSource("invalid")
	void invalidConfigurationIsRefusedWithOneClearMessage(String yaml, String expected) throws IOException {
		Path file = this.dir.resolve("checkout.yaml");
		Files.writeString(file, yaml);
		assertThatThrownBy(() -> OpenSloLoader.load(this.dir, SERVICES)).isInstanceOf(SloConfigException.class)
			.hasMessage(file + expected);
	}

	@Test
	void serviceDocumentsDeclareServicesInAnyFileOfTheFolder() throws IOException {
		// the SLO in a.yaml names a service only z-services.yaml declares, and nothing else knows it
		Files.writeString(this.dir.resolve("a.yaml"), VALID.substring(VALID.indexOf("---") + 4));
		Files.writeString(this.dir.resolve("z-services.yaml"), VALID.substring(0, VALID.indexOf("---")));
		SloConfig config = OpenSloLoader.load(this.dir, Set.of());
		assertThat(config.slos()).extracting(SloDefinition::service).containsExactly("checkout");
		assertThat(config.services()).containsExactly(new ServiceDefinition("checkout", null, "Order placement"));
	}

	@Test
	void counterTrueReadsEverySeriesOfTheRatioAsACounter() {
		SloConfig config = new OpenSloLoader(SERVICES).parse("c.yaml",
				new StringReader(VALID.replace("        good:", "        counter: true\n        good:")));
		assertThat(config.slos().get(0).indicator()).isEqualTo(new Indicator.Ratio(
				new MetricRef("checkout", "requests_ok", true), null, new MetricRef("checkout", "requests_total", true)));
	}

	@Test
	void danglingIndicatorRef() {
		String yaml = EXAMPLES.split("---\n", 2)[1];
		assertThatThrownBy(() -> new OpenSloLoader(SERVICES).parse("slo.yaml", new StringReader(yaml)))
			.isInstanceOf(SloConfigException.class)
			.hasMessage("slo.yaml, document 1 (SLO search-latency): spec.indicatorRef: no SLI named 'search-latency-sli' in slo.yaml");
	}

	@Test
	void duplicateSloNamesAcrossFiles() throws IOException {
		Files.writeString(this.dir.resolve("a.yaml"), VALID);
		Files.writeString(this.dir.resolve("b.yaml"), VALID.substring(VALID.indexOf("---") + 4));
		assertThatThrownBy(() -> OpenSloLoader.load(this.dir, SERVICES)).isInstanceOf(SloConfigException.class)
			.hasMessage(this.dir.resolve("b.yaml") + ", document 1 (SLO checkout-availability): metadata.name: duplicate SLO name 'checkout-availability'");
	}

	@Test
	void brokenYamlNamesFileAndDocument() throws IOException {
		Files.writeString(this.dir.resolve("broken.yaml"), VALID + "---\nkind: [unclosed\n");
		assertThatThrownBy(() -> OpenSloLoader.load(this.dir, SERVICES)).isInstanceOf(SloConfigException.class)
			.hasMessageStartingWith(this.dir.resolve("broken.yaml") + ", document 3: invalid YAML: ");
	}

}
