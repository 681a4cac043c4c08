package org.opsreport.catalog;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An optional operator file: absent gives the default, present is loaded, bad content is a configuration error. */
class OperatorFilesTest {

	static class LoaderException extends RuntimeException {

		LoaderException(String message) {
			super(message);
		}

	}

	@TempDir
	Path dir;

	@Test
	void anAbsentFileGivesTheDefaultWithoutCallingTheLoader() {
		assertThat(OperatorFiles.loadIfPresent(this.dir.resolve("absent.yaml"), "nothing to load", "default",
				LoaderException.class, (path) -> {
					throw new AssertionError("not called");
				}))
			.isEqualTo("default");
	}

	@Test
	void aPresentFileIsLoaded() throws Exception {
		Path file = Files.writeString(this.dir.resolve("policies.yaml"), "x: 1\n");
		assertThat(OperatorFiles.loadIfPresent(file, "nothing to load", "default", LoaderException.class,
				(path) -> "loaded " + path.getFileName()))
			.isEqualTo("loaded policies.yaml");
	}

	@Test
	void theLoadersErrorBecomesAConfigurationErrorAndAnyOtherPasses() throws Exception {
		Path file = Files.writeString(this.dir.resolve("policies.yaml"), "x: 1\n");
		assertThatThrownBy(() -> OperatorFiles.loadIfPresent(file, "", "default", LoaderException.class, (path) -> {
			throw new LoaderException("policies.yaml: policies[0].cooldown: must not be negative");
		})).isInstanceOf(ConfigException.class).hasMessageContaining("policies[0].cooldown: must not be negative");
		assertThatThrownBy(() -> OperatorFiles.loadIfPresent(file, "", "default", LoaderException.class, (path) -> {
			throw new IllegalStateException("a bug");
		})).isInstanceOf(IllegalStateException.class);
	}

}
