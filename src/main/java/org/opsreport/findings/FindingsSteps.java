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
import org.opsreport.pipeline.ReportDate;
import org.opsreport.incident.IncidentReport;
import org.opsreport.scaling.CapacityPlanEntry;
import org.opsreport.scaling.PerformanceReport;
import org.opsreport.scaling.ScalingReport;
import org.opsreport.scaling.ServiceComparison;
import org.opsreport.scaling.ServicePerformance;
import org.opsreport.scaling.VariantOutcome;
import org.opsreport.slo.IncidentImpact;
import org.opsreport.slo.ObjectiveResult;
import org.opsreport.store.ReportSections;


import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code findings} (after the analyses it reads and before the summary in the job's flow): report section
 * {@code findings} from the stored sections {@code slos}, {@code incidents} and {@code scaling} and services.yaml.
 */
@Configuration(proxyBeanMethods = false)
class FindingsSteps {

	static final String SECTION = "findings";

	@Bean
	Step findingsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportSections sections, ServiceCatalog catalog) {
		var step = new StepBuilder("findings", jobRepository).tasklet((contribution, chunkContext) -> {
			LocalDate date = ReportDate.of(contribution.getStepExecution());
			sections.save(date, SECTION, FindingsBuilder.build(
					openIncidents(sections.load(date, "incidents", IncidentReport.class).orElse(null)),
					spend(sections.loadList(date, "slos", ObjectiveResult.class).orElse(List.of())),
					days(sections.load(date, "scaling", ScalingReport.class).orElse(null)), services(catalog),
					hotCpu(sections.load(date, "performance", PerformanceReport.class).orElse(null),
							sections.load(date, "scaling", ScalingReport.class).orElse(null))));
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
		return step;
	}

	static List<FindingsBuilder.ServiceInfo> services(ServiceCatalog catalog) {
		List<FindingsBuilder.ServiceInfo> result = new ArrayList<>();
		for (String name : catalog.names()) {
			ServiceDefinition d = catalog.describe(name);
			result.add(new FindingsBuilder.ServiceInfo(name, d.team(), d.maxInstances()));
		}
		return result;
	}

	static List<FindingsBuilder.OpenIncident> openIncidents(IncidentReport incidents) {
		List<FindingsBuilder.OpenIncident> result = new ArrayList<>();
		for (IncidentReport.OpenIncident i : incidents == null ? List.<IncidentReport.OpenIncident>of() : incidents.open()) {
			result.add(new FindingsBuilder.OpenIncident(i.id(), i.title(), i.severity().name(), i.services(), i.openMinutes(),
					i.overdue()));
		}
		return result;
	}

	/** Per incident, its largest attributed share of one SLO objective's budget. */
	static Map<String, FindingsBuilder.Spend> spend(List<ObjectiveResult> slos) {
		Map<String, FindingsBuilder.Spend> result = new HashMap<>();
		for (ObjectiveResult o : slos) {
			for (IncidentImpact impact : o.topIncidents()) {
				if (!result.containsKey(impact.id()) || result.get(impact.id()).percent() < impact.budgetConsumedPercent()) {
					result.put(impact.id(), new FindingsBuilder.Spend(o.name(), impact.budgetConsumedPercent()));
				}
			}
		}
		return result;
	}

	/** Each compared service's recorded instances and CPU (load / instances), with its capacity plan's action. */
	static List<FindingsBuilder.ServiceDay> days(ScalingReport scaling) {
		List<FindingsBuilder.ServiceDay> result = new ArrayList<>();
		if (scaling == null) {
			return result;
		}
		for (ServiceComparison c : scaling.comparison()) {
			VariantOutcome actual = c.variants().stream().filter((v) -> "actual".equals(v.variant())).findFirst().orElse(null);
			if (actual == null || c.timestamps().size() < 2) {
				continue;
			}
			List<Integer> instances = new ArrayList<>();
			List<Double> cpu = new ArrayList<>();
			for (int i = 0; i < actual.instances().size(); i++) {
				Integer n = actual.instances().get(i);
				Double l = i < c.load().size() ? c.load().get(i) : null;
				instances.add(n);
				cpu.add((n == null || l == null || n <= 0) ? null : l / n);
			}
			Duration interval = Duration.between(c.timestamps().get(0), c.timestamps().get(1));
			result.add(new FindingsBuilder.ServiceDay(c.service(), instances, cpu, interval, action(c.service(), scaling.capacityPlan())));
		}
		return result;
	}

	/** Each service's first sustained CPU bottleneck (performance section), with its capacity plan's action. */
	static List<FindingsBuilder.HotCpu> hotCpu(PerformanceReport performance, ScalingReport scaling) {
		List<FindingsBuilder.HotCpu> result = new ArrayList<>();
		List<CapacityPlanEntry> plan = scaling == null ? List.of() : scaling.capacityPlan();
		for (ServicePerformance service : performance == null ? List.<ServicePerformance>of() : performance.services()) {
			service.bottlenecks()
				.stream()
				.filter((b) -> "cpu_bottleneck".equals(b.type()))
				.findFirst()
				.ifPresent((b) -> result.add(new FindingsBuilder.HotCpu(service.service(),
						b.description() == null ? b.type() : b.description(), b.longestStretchMinutes(),
						action(service.service(), plan))));
		}
		return result;
	}

	/** {@code scale_up} when any hour needs more, else {@code scale_down} when some need fewer, else {@code keep}. */
	static String action(String service, List<CapacityPlanEntry> plan) {
		String action = null;
		for (CapacityPlanEntry p : plan) {
			if (!service.equals(p.service())) {
				continue;
			}
			String a = p.action();
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
