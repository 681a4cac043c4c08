package org.opsreport.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code services.yaml} bounds ({@link ConfigBounds}): at the bound accepted, just past it refused. */
class ServiceCatalogBoundsTest {

	@TempDir
	Path dir;

	ServiceCatalog load(String yaml) throws IOException {
		Files.writeString(this.dir.resolve("services.yaml"), yaml);
		return ServiceCatalog.load(this.dir);
	}

	@Test
	void serviceNamesFitTheEventIdColumnAndChartFileNames() throws IOException {
		assertThat(load("services:\n  - name: " + "s".repeat(180) + "\n").names()).hasSize(1);
		assertThatThrownBy(() -> load("services:\n  - name: " + "s".repeat(181) + "\n")).isInstanceOf(ConfigException.class)
			.hasMessageContainingAll("services.yaml", "services[0].name", "181 bytes", "at most 180");
		// bytes, not characters: 90 two-byte letters are 180 bytes, 91 are 182
		assertThat(load("services:\n  - name: " + "é".repeat(90) + "\n").names()).hasSize(1);
		assertThatThrownBy(() -> load("services:\n  - name: " + "é".repeat(91) + "\n")).hasMessageContaining("182 bytes");
	}

	@ParameterizedTest
	@CsvSource({ "maxInstances, 10000, 10001", "instanceCostPerHour, 1000000, 1000001", "maxInstances, 10000, 2147483647" })
	void numbersAreBounded(String field, String bound, String past) throws IOException {
		assertThat(load("services:\n  - name: a\n    " + field + ": " + bound + "\n").names()).containsExactly("a");
		assertThatThrownBy(() -> load("services:\n  - name: a\n    " + field + ": " + past + "\n"))
			.isInstanceOf(ConfigException.class)
			.hasMessageContainingAll("services[0]." + field, "at most " + bound);
	}

	@ParameterizedTest
	@CsvSource({ "targetUtilization", "minInstances", "maxInstances" })
	void anExplicitZeroIsRefusedNotReplacedByTheDefault(String field) throws IOException {
		assertThatThrownBy(() -> load("services:\n  - name: a\n    " + field + ": 0\n")).isInstanceOf(ConfigException.class)
			.hasMessageContainingAll("services[0]." + field, "must not be 0");
		// left out, the default applies as documented
		ServiceDefinition a = load("services:\n  - name: a\n").describe("a");
		assertThat(a.targetUtilization()).isEqualTo(60);
		assertThat(a.minInstances()).isEqualTo(1);
		assertThat(a.maxInstances()).isEqualTo(100);
	}

	@Test
	void aKeyGivenTwiceIsAnError() {
		assertThatThrownBy(() -> load("services:\n  - name: a\n    targetUtilization: 50\n    targetUtilization: 70\n"))
			.isInstanceOf(ConfigException.class)
			.hasMessageContainingAll("services.yaml", "Duplicate", "targetUtilization");
	}

}
