package org.opsreport.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies a fixture under src/test/resources/fixtures into a working folder for one test. */
public final class FixtureWorkspace {

	private FixtureWorkspace() {
	}

	/**
	 * Points a test's application at a workspace: inputs in {@code data/}, configuration in {@code jobs/},
	 * reports in {@code reports/}; the command line stays off (tests launch the jobs themselves).
	 */
	public static void register(org.springframework.test.context.DynamicPropertyRegistry registry, Path workspace) {
		registry.add("opsreport.input-dir", () -> workspace.resolve("data").toString());
		registry.add("opsreport.config-dir", () -> workspace.resolve("jobs").toString());
		registry.add("opsreport.output-dir", () -> workspace.resolve("reports").toString());
		registry.add("opsreport.command.enabled", () -> "false");
	}

	public static Path copy(String fixture, Path target) {
		Path source = Path.of("src/test/resources/fixtures", fixture);
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path destination = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(destination);
				}
				else {
					Files.copy(file, destination);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return target;
	}

}
