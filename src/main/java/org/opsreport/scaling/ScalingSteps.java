package org.opsreport.scaling;

import java.util.List;

import org.opsreport.OpsReportProperties;
import org.opsreport.analysis.AnalysisParts;
import org.opsreport.analysis.AnalysisProperties;
import org.opsreport.analysis.PartitionedAnalysis;
import org.opsreport.catalog.OperatorFiles;
import org.opsreport.catalog.ServiceCatalog;
import org.opsreport.pipeline.ReportDateStep;
import org.opsreport.store.ReportSections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The scaling analysis in the pipeline: the policies are loaded at start-up (a broken
 * {@code scaling-policies.yaml} stops opsreport before any work); the partitioned step {@code scaling}
 * replays the report date service by service on several threads, and {@code scalingMerge} combines
 * the services, stores every variant's events in {@code scaling_event} and saves the report sections
 * {@code scaling} and {@code performance}.
 */
@Configuration(proxyBeanMethods = false)
class ScalingSteps {

	static final String POLICY_FILE = "scaling-policies.yaml";

	static final String SECTION = "scaling";

	private static final Logger log = LoggerFactory.getLogger(ScalingSteps.class);

	/** {@code <configDir>/scaling-policies.yaml}; an absent file means no policies (every service keeps its count). */
	@Bean
	ScalingConfig scalingConfig(OpsReportProperties properties, ServiceCatalog catalog) {
		return OperatorFiles.loadIfPresent(properties.configDir().resolve(POLICY_FILE),
				"no scaling policies, the reactive replay keeps the recorded start count",
				new ScalingConfig(ScalingConfig.DEFAULT_MAX_SCALE_EVENTS_PER_HOUR, true, List.of()),
				ScalingConfigException.class, new ScalingPolicyLoader(catalog.names())::load);
	}

	/**
	 * {@code scaling}: a partitioned step, {@code opsreport.analysis.threads} workers sharing the
	 * services; each analyses one service per transaction, loading only that service's day, and stores its part
	 * ({@link ServicePart}).
	 */
	@Bean
	Step scalingStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ScalingDays days, AnalysisParts parts, AnalysisProperties properties) {
		PartitionedAnalysis.Units units = PartitionedAnalysis.Units.of((date) -> days.services(), days::part);
		return PartitionedAnalysis.step("scaling", SECTION, units, parts,
				properties.partitions(), jobRepository, transactionManager);
	}

	/**
	 * {@code scalingMerge}: combines the services' parts in service name order, stores every variant's
	 * events in {@code scaling_event} and the report sections {@code scaling} and {@code performance}, and deletes
	 * the parts.
	 */
	@Bean
	Step scalingMergeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ScalingDays days, ReportSections sections) {
		return ReportDateStep.tasklet("scalingMerge", jobRepository, transactionManager, (date, contribution) -> {
			ScalingResult result = days.merge(date);
			sections.save(date, SECTION, result.scaling());
			sections.save(date, "performance", result.performance());
			contribution.incrementWriteCount(result.eventsByVariant().values().stream().mapToInt(List::size).sum());
			log.info("scaling {}: {} services, {} replayed events, {} flapping episodes", date, result.scaling().services().size(),
					result.scaling().events().size(), result.scaling().flapping().size());
		});
	}

	/**
	 * One service's stored part: its analysis, or the note saying why it has none (both null: no CPU or instance
	 * samples on the date, the service is left out silently).
	 */
	record ServicePart(ServiceScaling analysis, String note) {
	}

}
