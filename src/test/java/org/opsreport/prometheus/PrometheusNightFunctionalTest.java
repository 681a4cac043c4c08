package org.opsreport.prometheus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsreport.job.CommandLine;
import org.opsreport.job.CommandLine.Outcome;
import org.opsreport.job.TestDatabase;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A night from a real Prometheus server (see {@link PrometheusServer}) with no CSV in data/: its report equals the
 * report of the same samples ingested as CSV; an unreachable server ends the run with exit status 4 and one line,
 * and the same command then completes the day. The configuration is OpenSLO files only (a Service document and
 * SLOs with {@code type: Prometheus} sources) and jobs/metric-sources.yaml; no services.yaml.
 * <p>
 * Data: service shop, 2026-11-01 to 2026-11-03 every 5 minutes (864 samples a series), six series; report date
 * 2026-11-03. {@code opsreport.prometheus.max-points=500} and {@code lookback=P5D} make each series three
 * {@code query_range} requests (1,440 instants from 2026-10-30).
 */
class PrometheusNightFunctionalTest {

	static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

	static final int SAMPLES = 864;

	static final String DATE = "2026-11-03";

	/** stored metric -> Prometheus family (queried as family{service="shop"}). */
	static final Map<String, String> FAMILIES = new LinkedHashMap<>();

	static {
		FAMILIES.put("requests_total", "shop_requests");
		FAMILIES.put("requests_failed", "shop_requests_failed");
		FAMILIES.put("avg_response_time_ms", "shop_latency_ms");
		FAMILIES.put("cpu_utilization", "shop_cpu");
		FAMILIES.put("instance_count", "shop_instances");
		FAMILIES.put("request_rate", "shop_request_rate");
	}

	@TempDir
	static Path work;

	static PrometheusServer server;

	@BeforeAll
	static void startServer() throws Exception {
		PrometheusServer.assumeInstalled();
		server = PrometheusServer.start(Files.createDirectories(work.resolve("prometheus")),
				PrometheusServer.openMetrics(List.copyOf(FAMILIES.values()), (family) -> {
					String metric = FAMILIES.entrySet().stream().filter((e) -> e.getValue().equals(family)).findFirst()
						.orElseThrow().getKey();
					List<String> lines = new ArrayList<>();
					for (int i = 0; i < SAMPLES; i++) {
						lines.add(family + "{service=\"shop\"} " + value(metric, i) + " " + time(i).getEpochSecond());
					}
					return lines;
				}));
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.close();
		}
	}

	static Instant time(int i) {
		return START.plusSeconds(300L * i);
	}

	/** The same text goes into the CSV export and into Prometheus. */
	static String value(String metric, int i) {
		double phase = Math.sin(2 * Math.PI * i / 288.0);
		boolean outage = i >= 2 * 288 + 120 && i < 2 * 288 + 132; // 2026-11-03 10:00-11:00
		long requests = Math.round(1000 + 200 * phase);
		return switch (metric) {
			case "requests_total" -> Long.toString(requests);
			case "requests_failed" -> Long.toString(outage ? 30 : (i % 50 == 0 ? 2 : 0));
			case "avg_response_time_ms" -> Integer.toString(120 + (i % 7) * 10 + (outage ? 400 : 0));
			case "cpu_utilization" -> String.format(Locale.ROOT, "%.2f", 45 + 20 * phase);
			case "instance_count" -> outage ? "4" : "3";
			case "request_rate" -> String.format(Locale.ROOT, "%.3f", requests / 300.0);
			default -> throw new IllegalArgumentException(metric);
		};
	}

	static void configuration(Path jobs) throws IOException {
		Files.createDirectories(jobs.resolve("slos"));
		Files.writeString(jobs.resolve("slos/shop.yaml"), """
				apiVersion: openslo/v1
				kind: Service
				metadata:
				  name: shop
				  displayName: Web shop
				spec:
				  description: Declared here only; there is no services.yaml
				---
				apiVersion: openslo/v1
				kind: SLO
				metadata:
				  name: shop-availability
				spec:
				  service: shop
				  indicator:
				    metadata:
				      name: shop-errors
				    spec:
				      ratioMetric:
				        counter: false
				        bad:
				          metricSource:
				            type: Prometheus
				            spec:
				              query: shop_requests_failed{service="shop"}
				        total:
				          metricSource:
				            type: Prometheus
				            spec:
				              query: shop_requests{service="shop"}
				  timeWindow:
				    - duration: 7d
				      isRolling: true
				  budgetingMethod: Occurrences
				  objectives:
				    - target: 0.995
				---
				apiVersion: openslo/v1
				kind: SLO
				metadata:
				  name: shop-latency
				spec:
				  service: shop
				  indicator:
				    metadata:
				      name: shop-latency
				    spec:
				      thresholdMetric:
				        metricSource:
				          type: Prometheus
				          spec:
				            query: shop_latency_ms{service="shop"}
				  timeWindow:
				    - duration: 7d
				      isRolling: true
				  budgetingMethod: Timeslices
				  objectives:
				    - op: lt
				      value: 300
				      target: 0.95
				      timeSliceTarget: 1
				      timeSliceWindow: 5m
				""");
		StringBuilder mapping = new StringBuilder("sources:\n");
		FAMILIES.forEach((metric, family) -> mapping.append("  - type: Prometheus\n")
			.append("    spec: {query: '").append(family).append("{service=\"shop\"}'}\n")
			.append("    service: shop\n    metric: ").append(metric).append('\n'));
		Files.writeString(jobs.resolve("metric-sources.yaml"), mapping.toString());
	}

	static void csvExport(Path data) throws IOException {
		Files.createDirectories(data.resolve("metrics"));
		StringBuilder csv = new StringBuilder("timestamp,service,metric,value\n");
		for (int i = 0; i < SAMPLES; i++) {
			for (String metric : FAMILIES.keySet()) {
				csv.append(time(i)).append(",shop,").append(metric).append(',').append(value(metric, i)).append('\n');
			}
		}
		Files.writeString(data.resolve("metrics/shop.csv"), csv.toString());
	}

	/** The store named {@code name}: in-memory H2, or a schema of the PostgreSQL test server (TestDatabase). */
	static List<String> store(String name) {
		if (TestDatabase.isPostgresql()) {
			return List.of("--spring.datasource.url=" + TestDatabase.postgresqlUrl(name),
					"--spring.datasource.username=" + TestDatabase.postgresqlUser(),
					"--spring.datasource.password=" + TestDatabase.postgresqlPassword(), "--spring.sql.init.platform=postgresql");
		}
		return List.of("--spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
	}

	static Outcome launch(Path workspace, String store, String... extra) {
		List<String> args = new ArrayList<>(List.of("--opsreport.forecast.threads=1", "date=" + DATE));
		args.addAll(List.of(extra));
		return CommandLine.run(workspace, store(store), "reports", args.toArray(String[]::new));
	}

	@Test
	void aNightFromPrometheusReportsWhatTheSameSamplesAsCsvReport() throws Exception {
		Path csv = work.resolve("csv");
		configuration(csv.resolve("jobs"));
		csvExport(csv.resolve("data"));
		TestDatabase.freshPostgresqlSchemas("prometheus_csv", "prometheus_pulled");
		assertThat(launch(csv, "prometheus_csv").status()).isZero();

		Path pulled = work.resolve("pulled");
		configuration(pulled.resolve("jobs"));
		Files.createDirectories(pulled.resolve("data"));
		String store = "prometheus_pulled";
		// first the server cannot be reached: exit 4, one line, no report of the day
		int closed = PrometheusServer.freePort();
		Outcome unreachable = launch(pulled, store, "--opsreport.prometheus.url=http://127.0.0.1:" + closed,
				"--opsreport.prometheus.timeout=PT5S");
		assertThat(unreachable.status()).isEqualTo(4);
		assertThat(unreachable.stderr().strip().lines()).singleElement()
			.satisfies((line) -> assertThat(line).contains("Prometheus at http://127.0.0.1:" + closed + "/ is unreachable"));
		assertThat(pulled.resolve("reports/" + DATE + "/report.json")).doesNotExist();

		// the same command with the server up restarts the failed run and completes the day from Prometheus
		Outcome night = launch(pulled, store, "--opsreport.prometheus.url=" + server.url,
				"--opsreport.prometheus.max-points=500", "--opsreport.prometheus.lookback=P5D");
		assertThat(night.status()).as(night.stderr()).isZero();
		try (var files = Files.list(pulled.resolve("data"))) {
			assertThat(files).isEmpty();
		}

		JsonNode fromCsv = comparable(csv.resolve("reports/" + DATE + "/report.json"));
		JsonNode fromPrometheus = comparable(pulled.resolve("reports/" + DATE + "/report.json"));
		assertThat(fromPrometheus.path("slos")).hasSize(2);
		assertThat(fromPrometheus.path("slos").get(0).path("sli").isNumber()).isTrue();
		assertThat(fromPrometheus.path("coverage").path("series")).hasSize(6);
		assertThat(fromPrometheus.toPrettyString()).isEqualTo(fromCsv.toPrettyString());
	}

	/** report.json without what differs by nature: when it was made, and the ingest of CSV files. */
	static JsonNode comparable(Path reportJson) throws IOException {
		ObjectNode report = (ObjectNode) JsonMapper.builder().build().readTree(Files.readString(reportJson));
		report.remove("generatedAt");
		report.remove("ingest");
		removeAll(report, "trainedAt");
		return report;
	}

	private static void removeAll(JsonNode node, String field) {
		if (node instanceof ObjectNode object) {
			object.remove(field);
		}
		node.forEach((child) -> removeAll(child, field));
	}

}
