package org.opsreport.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsreport.job.CommandLine.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Broken operator configuration stops opsreport at start-up, before any work: exit status 2 and
 * one line on stderr naming the file and the field.
 */
class ConfigurationErrorTest {

	@TempDir
	Path work;

	Outcome launch(String servicesYaml) throws Exception {
		FixtureWorkspace.copy("basic", this.work);
		Files.writeString(this.work.resolve("jobs/services.yaml"), servicesYaml);
		return CommandLine.run(this.work, List.of("--spring.datasource.url=jdbc:h2:mem:config-" + UUID.randomUUID()),
				"reports", "date=2026-11-02");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			services: [ { name: a, targetUtilization: 60 }     | not valid YAML: while parsing a flow sequence: expected ',' or ']', but got <stream end> (line 1, column 47)
			services:\\n  - name: a\\n    colour: blue         | field services[0].colour: Unrecognized property "colour"
			services:\\n  - name: a\\n    targetUtilization: 150 | field services[0].targetUtilization: must be in (0, 100], not 150.0
			services:\\n  - name: a\\n    targetUtilization: .nan | field services[0].targetUtilization: Malformed numeric value '.nan
			services:\\n  - name: a\\n    instanceCostPerHour: -1 | field services[0].instanceCostPerHour: must be a finite number >= 0, not -1.0
			services:\\n  - name: a\\n    targetUtilization: -5 | field services[0].targetUtilization: must be in (0, 100], not -5.0
			services:\\n  - name: a\\n    minInstances: 5\\n    maxInstances: 2 | field services[0].minInstances: must satisfy 1 <= minInstances <= maxInstances
			services:\\n  - name: a\\n    minInstances: two    | field services[0].minInstances: Cannot deserialize value of type `int` from String "two"
			services:\\n  - name: a\\n  - name: a              | field services[1].name: service 'a' is declared twice (also services[0])
			services:\\n  - displayName: A                        | field services[0].name: is required
			""")
	void brokenServicesYamlStopsBeforeAnyWorkWithOneLineAndStatus2(String yaml, String expected) throws Exception {
		Outcome outcome = launch(yaml.replace("\\n", "\n"));
		assertThat(outcome.status()).isEqualTo(ExitCodes.USAGE);
		assertThat(outcome.stderr()).startsWith("opsreport: configuration error: " + this.work.resolve("jobs/services.yaml"))
			.contains(expected)
			.endsWith(System.lineSeparator());
		assertThat(outcome.stderr().strip().lines()).hasSize(1);
		assertThat(this.work.resolve("reports")).doesNotExist();
	}

	@Test
	void theStartUpExceptionIsExplainedAsAConfigurationError() {
		var failure = Launch.explain(new IllegalStateException("context failed",
				new org.opsreport.catalog.ConfigException(Path.of("jobs/services.yaml"), "services[0].name", "is required")));
		assertThat(failure.exitCode()).isEqualTo(2);
		assertThat(failure.message()).isEqualTo("configuration error: jobs/services.yaml, field services[0].name: is required");
	}

}
