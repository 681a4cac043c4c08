package org.opsreport.summary;

import org.opsreport.catalog.ServiceCatalog;
import org.opsreport.catalog.ServiceDefinition;
import org.opsreport.findings.Findings;
import org.opsreport.freshness.Freshness;
import org.opsreport.incident.IncidentReport;
import org.opsreport.dashboard.SreDashboard;
import org.opsreport.pipeline.ReportDateStep;
import org.opsreport.scaling.PerformanceReport;
import org.opsreport.scaling.ScalingReport;
import org.opsreport.slo.ObjectiveResult;
import org.opsreport.store.ReportSections;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The executive summary, after every analysis that feeds it (slo, scaling, incident, dashboard). */
@Configuration(proxyBeanMethods = false)
class SummarySteps {

	@Bean
	Step summaryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportSections sections, ServiceCatalog catalog) {
		return ReportDateStep.tasklet("summary", jobRepository, transactionManager, (date, contribution) -> {
			sections.save(date, "summary", SummaryBuilder.build(date,
					sections.loadList(date, "slos", ObjectiveResult.class).orElse(null),
					sections.load(date, "incidents", IncidentReport.class).orElse(null),
					sections.load(date, "scaling", ScalingReport.class).orElse(null),
					sections.load(date, "performance", PerformanceReport.class).orElse(null),
					sections.load(date, "dashboard", SreDashboard.class).orElse(null),
					sections.load(date, "findings", Findings.class).orElse(null),
					sections.load(date, "freshness", Freshness.class).orElse(null),
					service -> catalog.find(service).map(ServiceDefinition::team).orElse(null)));
		});
	}

}
