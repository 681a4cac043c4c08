package org.opsreport.job;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.opsreport.OpsReportApplication;

/**
 * The command line as operators run it ({@link Launch#run}, in this JVM), with what it wrote to stderr and stdout
 * captured: the one launcher of the command-line tests.
 */
public final class CommandLine {

	/** Exit status and what one command wrote. */
	public record Outcome(int status, String stderr, String stdout) {
	}

	private CommandLine() {
	}

	/** Runs the command line with {@code args}, capturing stderr and stdout. */
	public static Outcome run(List<String> args) {
		PrintStream originalErr = System.err;
		PrintStream originalOut = System.out;
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		try {
			int status = Launch.run(OpsReportApplication.class, args.toArray(String[]::new));
			return new Outcome(status, err.toString(StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setErr(originalErr);
			System.setOut(originalOut);
		}
	}

	/**
	 * Runs the command line on a workspace ({@code data/} and {@code jobs/} of {@link FixtureWorkspace}) and a store,
	 * writing reports to {@code workspace/output}; {@code extra} follow (properties, {@code date=...}).
	 * @param store the store's arguments, e.g. {@link #memoryStore(String)}
	 */
	public static Outcome run(Path workspace, List<String> store, String output, String... extra) {
		return run(arguments(workspace, store, output, extra));
	}

	/**
	 * Runs the command line like {@link #run(Path, List, String, String...)} from several threads at once: without
	 * capturing stderr and stdout (those are global; two runs swapping them would lose each other's output) and
	 * without Spring Boot re-initializing logging (its logging system sets and clears JVM-wide system properties,
	 * so two applications starting together race on them: "Unknown format 'CONSOLE_LOG_STRUCTURED_FORMAT_IS_UNDEFINED'").
	 * Call {@link #concurrently(java.util.concurrent.Callable)} around the parallel section.
	 * @return the exit status
	 */
	public static int runInParallel(Path workspace, List<String> store, String output, String... extra) {
		return Launch.run(OpsReportApplication.class, arguments(workspace, store, output, extra).toArray(String[]::new));
	}

	/** Runs {@code section} with Spring Boot's logging system off (the logging configured so far stays as it is). */
	public static <T> T concurrently(java.util.concurrent.Callable<T> section) throws Exception {
		String key = org.springframework.boot.logging.LoggingSystem.SYSTEM_PROPERTY;
		String previous = System.getProperty(key);
		System.setProperty(key, org.springframework.boot.logging.LoggingSystem.NONE);
		try {
			return section.call();
		}
		finally {
			if (previous == null) {
				System.clearProperty(key);
			}
			else {
				System.setProperty(key, previous);
			}
		}
	}

	private static List<String> arguments(Path workspace, List<String> store, String output, String... extra) {
		List<String> args = new ArrayList<>(store);
		args.addAll(List.of("--opsreport.input-dir=" + workspace.resolve("data"),
				"--opsreport.config-dir=" + workspace.resolve("jobs"), "--opsreport.output-dir=" + workspace.resolve(output)));
		args.addAll(List.of(extra));
		return args;
	}

	/** The arguments of an in-memory H2 store named {@code name}, kept while the JVM lives. */
	public static List<String> memoryStore(String name) {
		return List.of("--spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
	}

}
