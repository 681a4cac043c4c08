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
		List<String> args = new ArrayList<>(store);
		args.addAll(List.of("--opsreport.input-dir=" + workspace.resolve("data"),
				"--opsreport.config-dir=" + workspace.resolve("jobs"), "--opsreport.output-dir=" + workspace.resolve(output)));
		args.addAll(List.of(extra));
		return run(args);
	}

	/** The arguments of an in-memory H2 store named {@code name}, kept while the JVM lives. */
	public static List<String> memoryStore(String name) {
		return List.of("--spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
	}

}
