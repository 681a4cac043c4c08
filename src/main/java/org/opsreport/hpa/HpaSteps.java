package org.opsreport.hpa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.opsreport.OpsReportProperties;
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
 * The HPA replay in the pipeline: the manifests of {@code <configDir>/hpa/} are read at start-up (a broken manifest
 * stops opsreport before any work, exit status 2); the step {@code hpa} (after the
 * scaling steps in the job's flow) replays each HPA over the report date and saves the report section {@code hpa}.
 */
@Configuration(proxyBeanMethods = false)
class HpaSteps {

	static final String FOLDER = "hpa";

	static final String SECTION = "hpa";

	private static final Logger log = LoggerFactory.getLogger(HpaSteps.class);

	/** The HPAs of {@code <configDir>/hpa/}, in service name order; none without the folder. */
	@Bean
	HpaManifests hpaManifests(OpsReportProperties properties, ServiceCatalog catalog) {
		return OperatorFiles.loadIfPresent(properties.configDir().resolve(FOLDER), "no HPA manifests to replay",
				new HpaManifests(List.of()), HpaConfigException.class, (folder) -> {
					List<HpaManifest> manifests = new ArrayList<>(
							new HpaManifestLoader(catalog.names()).load(folder, properties.configDir()));
					manifests.sort(Comparator.comparing(HpaManifest::service));
					return new HpaManifests(manifests);
				});
	}

	/** The loaded manifests (a bean of its own type, not a bare list). */
	record HpaManifests(List<HpaManifest> manifests) {
	}

	@Bean
	Step hpaStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, HpaReplay replay,
			ReportSections sections) {
		return ReportDateStep.tasklet("hpa", jobRepository, transactionManager, (date, contribution) -> {
			HpaSection section = replay.day(date);
			sections.save(date, SECTION, section);
			log.info("hpa {}: {} HPAs replayed, {} notes", date, section.services().size(), section.notes().size());
		});
	}

}
