package org.opsreport.slo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsreport.OpsReportProperties;
import org.opsreport.catalog.ServiceCatalog;
import org.opsreport.catalog.ServiceDefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The start-up loading of {@code <configDir>/slos}. */
class SloStepsTest {

	@TempDir
	Path configDir;

	OpsReportProperties properties() {
		return new OpsReportProperties(Path.of("data"), this.configDir, Path.of("reports"), Path.of("templates"),
				new OpsReportProperties.Ingest(2000, 0.01, Duration.ofHours(24), true),
				new OpsReportProperties.Coverage(Period.ofDays(28), 2));
	}

	ServiceCatalog catalog() {
		return new ServiceCatalog(List.of(new ServiceDefinition("alpha", "Alpha", "", 0, 60, 1, 10)));
	}

	@Test
	void anAbsentFolderMeansNoSlos() {
		SloConfig config = new SloSteps().sloConfig(properties(), catalog());
		assertThat(config.slos()).isEmpty();
	}

	@Test
	void servicesMustBeInTheCatalog() throws Exception {
		Path slos = Files.createDirectories(this.configDir.resolve("slos"));
		Files.writeString(slos.resolve("beta.yaml"), """
				apiVersion: openslo/v1
				kind: SLO
				metadata:
				  name: beta-availability
				spec:
				  service: beta
				  indicator:
				    spec:
				      ratioMetric:
				        bad: {metricSource: {type: opsreport, spec: {service: beta, metric: requests_failed}}}
				        total: {metricSource: {type: opsreport, spec: {service: beta, metric: requests_total}}}
				  timeWindow: [{duration: 7d, isRolling: true}]
				  budgetingMethod: Occurrences
				  objectives: [{target: 0.99}]
				""");
		assertThatExceptionOfType(SloConfigException.class)
			.isThrownBy(() -> new SloSteps().sloConfig(properties(), catalog()))
			.withMessageEndingWith("document 1 (SLO beta-availability): spec.service: unknown service 'beta' (known: alpha; declare it in services.yaml or as an OpenSLO kind: Service document)");
	}

	@Test
	void metricsMustExist() throws Exception {
		Path slos = Files.createDirectories(this.configDir.resolve("slos"));
		Files.writeString(slos.resolve("alpha.yaml"), """
				apiVersion: openslo/v1
				kind: SLO
				metadata:
				  name: alpha-availability
				spec:
				  service: alpha
				  indicator:
				    spec:
				      ratioMetric:
				        bad: {metricSource: {type: opsreport, spec: {service: alpha, metric: requets_failed}}}
				        total: {metricSource: {type: opsreport, spec: {service: alpha, metric: requests_total}}}
				  timeWindow: [{duration: 7d, isRolling: true}]
				  budgetingMethod: Occurrences
				  objectives: [{target: 0.99}]
				""");
		SloConfig config = new SloSteps().sloConfig(properties(), catalog());
		assertThatExceptionOfType(org.opsreport.catalog.ConfigException.class)
			.isThrownBy(() -> SloSteps.requireKnownMetrics(config, java.util.Set.of("requests_total", "custom_metric")))
			.withMessageContaining("alpha.yaml, document 1 (SLO alpha-availability), field metricSource.spec.metric: metric 'requets_failed' does not exist");
		// a metric already in the store is known
		SloSteps.requireKnownMetrics(config, java.util.Set.of("requests_total", "requets_failed"));
	}

}
