package org.opsreport.findings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opsreport.catalog.ServiceCatalog;
import org.opsreport.catalog.ServiceDefinition;
import org.opsreport.job.PipelineStep;
import org.opsreport.job.PipelineStep.Phase;
import org.opsreport.job.ReportDate;
import org.opsreport.report.Json;
import org.opsreport.store.ReportSections;

import tools.jackson.databind.JsonNode;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code findings} (ANALYZE 790, after the analyses it reads and before the summary, 800): report section
 * {@code findings} from the stored sections {@code slos}, {@code incidents} and {@code scaling} and services.yaml.
 */
@Configuration(proxyBeanMethods = false)
class FindingsSteps {

	static final String SECTION = "findings";

	@Bean
	PipelineStep findingsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportSections sections, ServiceCatalog catalog) {
		var step = new StepBuilder("findings", jobRepository).tasklet((contribution, chunkContext) -> {
			LocalDate date = ReportDate.of(contribution.getStepExecution());
			Map<String, JsonNode> stored = sections.load(date);
			sections.save(date, SECTION, FindingsBuilder.build(openIncidents(stored.get("incidents")),
					spend(stored.get("slos")), days(stored.get("scaling")), services(catalog)));
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
		return new PipelineStep(Phase.ANALYZE, 790, step);
	}

	static List<FindingsBuilder.ServiceInfo> services(ServiceCatalog catalog) {
		List<FindingsBuilder.ServiceInfo> result = new ArrayList<>();
		for (String name : catalog.names()) {
			ServiceDefinition d = catalog.describe(name);
			result.add(new FindingsBuilder.ServiceInfo(name, d.team(), d.maxInstances()));
		}
		return result;
	}

	static List<FindingsBuilder.OpenIncident> openIncidents(JsonNode incidents) {
		List<FindingsBuilder.OpenIncident> result = new ArrayList<>();
		for (JsonNode i : Json.array(incidents == null ? null : incidents.get("open"))) {
			List<String> services = Json.array(i.get("services")).stream().map(Json::text).toList();
			Double minutes = Json.number(i, "openMinutes");
			result.add(new FindingsBuilder.OpenIncident(Json.text(i, "id"), Json.text(i, "title"), Json.text(i, "severity"),
					services, minutes == null ? 0 : minutes.longValue(), Json.bool(i, "overdue")));
		}
		return result;
	}

	/** Per incident, its largest attributed share of one SLO objective's budget. */
	static Map<String, FindingsBuilder.Spend> spend(JsonNode slos) {
		Map<String, FindingsBuilder.Spend> result = new HashMap<>();
		for (JsonNode o : Json.array(slos)) {
			for (JsonNode impact : Json.array(o.get("topIncidents"))) {
				String id = Json.text(impact, "id");
				Double percent = Json.number(impact, "budgetConsumedPercent");
				if (id != null && percent != null
						&& (!result.containsKey(id) || result.get(id).percent() < percent)) {
					result.put(id, new FindingsBuilder.Spend(Json.text(o, "name"), percent));
				}
			}
		}
		return result;
	}

	/** Each compared service's recorded instances and CPU (load / instances), with its capacity plan's action. */
	static List<FindingsBuilder.ServiceDay> days(JsonNode scaling) {
		List<FindingsBuilder.ServiceDay> result = new ArrayList<>();
		if (scaling == null) {
			return result;
		}
		List<JsonNode> plan = Json.array(scaling.get("capacityPlan"));
		for (JsonNode c : Json.array(scaling.get("comparison"))) {
			String service = Json.text(c, "service");
			List<JsonNode> times = Json.array(c.get("timestamps"));
			List<JsonNode> load = Json.array(c.get("load"));
			JsonNode actual = Json.array(c.get("variants")).stream()
				.filter((v) -> "actual".equals(Json.text(v, "variant")))
				.findFirst()
				.orElse(null);
			if (actual == null || times.size() < 2) {
				continue;
			}
			List<Integer> instances = new ArrayList<>();
			List<Double> cpu = new ArrayList<>();
			List<JsonNode> counts = Json.array(actual.get("instances"));
			for (int i = 0; i < counts.size(); i++) {
				Double n = Json.number(counts.get(i));
				Double l = i < load.size() ? Json.number(load.get(i)) : null;
				instances.add(n == null ? null : n.intValue());
				cpu.add((n == null || l == null || n <= 0) ? null : l / n);
			}
			Instant first = Json.instant(times.get(0));
			Instant second = Json.instant(times.get(1));
			Duration interval = (first == null || second == null) ? Duration.ofMinutes(5) : Duration.between(first, second);
			result.add(new FindingsBuilder.ServiceDay(service, instances, cpu, interval, action(service, plan)));
		}
		return result;
	}

	/** {@code scale_up} when any hour needs more, else {@code scale_down} when some need fewer, else {@code keep}. */
	static String action(String service, List<JsonNode> plan) {
		String action = null;
		for (JsonNode p : plan) {
			if (!service.equals(Json.text(p, "service"))) {
				continue;
			}
			String a = Json.text(p, "action");
			if ("scale_up".equals(a)) {
				return a;
			}
			if ("scale_down".equals(a) || action == null) {
				action = "scale_down".equals(action) ? action : a;
			}
		}
		return action;
	}

}
