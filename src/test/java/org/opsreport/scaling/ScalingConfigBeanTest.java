package org.opsreport.scaling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsreport.OpsReportProperties;
import org.opsreport.catalog.ConfigException;
import org.opsreport.catalog.ServiceCatalog;
import org.opsreport.catalog.ServiceDefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The start-up bean: absent file = no policies, a broken one = one-line ConfigException (exit status 2). */
class ScalingConfigBeanTest {

	@TempDir
	Path dir;

	ScalingConfig load() {
		OpsReportProperties properties = new OpsReportProperties(this.dir, this.dir, this.dir, this.dir,
				new OpsReportProperties.Ingest(2000, 0.01, java.time.Duration.ofHours(24), true),
				new OpsReportProperties.Coverage(java.time.Period.ofDays(28), 2));
		ServiceCatalog catalog = new ServiceCatalog(List.of(new ServiceDefinition("web", "Web", "", 0, 60, 1, 4)));
		return new ScalingSteps().scalingConfig(properties, catalog);
	}

	@Test
	void anAbsentFileMeansNoPolicies() {
		ScalingConfig config = load();
		assertThat(config.policies()).isEmpty();
		assertThat(config.maxScaleEventsPerHour()).isEqualTo(10);
	}

	@Test
	void aBrokenFileIsAConfigExceptionNamingFilePolicyAndFieldOnce() throws IOException {
		Path file = this.dir.resolve("scaling-policies.yaml");
		Files.writeString(file, """
				policies:
				  - policy_id: web-cpu
				    trigger_type: cpu_utilization
				    threshold_up: 50
				    threshold_down: 60
				    services: [web]
				""");
		assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
			.hasMessage(file + ": policy 'web-cpu': field 'threshold_down' (60.0) must be below threshold_up (50.0)");
	}

}
