package org.opsreport.slo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SLO windows are at most a year and SLO names at most 190 bytes (README, "Configuration bounds"):
 * accepted at the bound, refused just past it with file, document and field, never a bare
 * NumberFormatException.
 */
class SloBoundsTest {

	@TempDir
	Path dir;

	String withWindow(String duration) {
		return OpenSloLoaderTest.VALID.replace("duration: 28d", "duration: " + duration);
	}

	@ParameterizedTest
	@CsvSource({ "366d, 367d", "52w, 53w", "8784h, 8785h", "527040m, 527041m", "366d, 99999999999d", "366d, 2147483648d" })
	void rollingWindowsAreAcceptedUpToAYear(String bound, String past) throws IOException {
		Path file = this.dir.resolve("checkout.yaml");
		Files.writeString(file, withWindow(bound));
		assertThat(OpenSloLoader.load(this.dir, OpenSloLoaderTest.SERVICES).slos().get(0).timeWindow().text()).isEqualTo(bound);
		Files.writeString(file, withWindow(past));
		assertThatThrownBy(() -> OpenSloLoader.load(this.dir, OpenSloLoaderTest.SERVICES)).isInstanceOf(SloConfigException.class)
			.hasMessageContainingAll(file.toString(), "document 2", "spec.timeWindow[0].duration", past, "366d, 52w, 12M, 4Q or 1Y");
	}

	@Test
	void calendarWindowsAreAcceptedUpToAYear() throws IOException {
		Path file = this.dir.resolve("checkout.yaml");
		String calendar = "isRolling: false\n      calendar:\n        startTime: 2026-01-01 00:00:00\n        timeZone: UTC";
		Files.writeString(file, withWindow("1Y").replace("isRolling: true", calendar));
		assertThat(OpenSloLoader.load(this.dir, OpenSloLoaderTest.SERVICES).slos()).hasSize(1);
		Files.writeString(file, withWindow("13M").replace("isRolling: true", calendar));
		assertThatThrownBy(() -> OpenSloLoader.load(this.dir, OpenSloLoaderTest.SERVICES)).hasMessageContaining("longer than a year");
	}

	@Test
	void sloNamesFitTheChartFileName() throws IOException {
		Path file = this.dir.resolve("checkout.yaml");
		Files.writeString(file, OpenSloLoaderTest.VALID.replace("name: checkout-availability", "name: " + "a".repeat(190)));
		assertThat(OpenSloLoader.load(this.dir, OpenSloLoaderTest.SERVICES).slos().get(0).name()).hasSize(190);
		Files.writeString(file, OpenSloLoaderTest.VALID.replace("name: checkout-availability", "name: " + "a".repeat(191)));
		assertThatThrownBy(() -> OpenSloLoader.load(this.dir, OpenSloLoaderTest.SERVICES)).isInstanceOf(SloConfigException.class)
			.hasMessageContainingAll("metadata.name", "190 bytes");
	}

	@Test
	void aKeyGivenTwiceIsAnError() throws IOException {
		Path file = this.dir.resolve("checkout.yaml");
		Files.writeString(file, OpenSloLoaderTest.VALID.replace("  budgetingMethod: Occurrences",
				"  budgetingMethod: Occurrences\n  budgetingMethod: Timeslices"));
		assertThatThrownBy(() -> OpenSloLoader.load(this.dir, OpenSloLoaderTest.SERVICES)).isInstanceOf(SloConfigException.class)
			.hasMessageContainingAll(file.toString(), "budgetingMethod");
	}

}
