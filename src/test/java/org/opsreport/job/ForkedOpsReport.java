package org.opsreport.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.opsreport.OpsReportApplication;

/**
 * opsreport in a separate JVM, as an operator runs it ({@code java -cp ... OpsReportApplication ...}),
 * with the test's class path. Its stdout and stderr go to a file that the test can poll, so that it can
 * be killed at a known point (SIGKILL, {@link Process#destroyForcibly()}).
 */
final class ForkedOpsReport {

	final Process process;

	final Path log;

	private ForkedOpsReport(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	static ForkedOpsReport start(Path log, List<String> args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.add("-Djava.awt.headless=true");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(OpsReportApplication.class.getName());
		command.addAll(args);
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			return new ForkedOpsReport(process, log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Runs to the end; returns the exit status. */
	static int run(Path log, List<String> args, Duration timeout) throws InterruptedException {
		ForkedOpsReport run = start(log, args);
		return run.exitStatus(timeout);
	}

	int exitStatus(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			this.process.destroyForcibly();
			throw new AssertionError("opsreport did not end within " + timeout + "; output:\n" + output());
		}
		return this.process.exitValue();
	}

	/**
	 * Waits until the output has {@code count} lines matching {@code line}. Fails when the process
	 * ends first or the timeout passes: never a silent pass on a run that went too fast.
	 */
	void awaitLines(Predicate<String> line, int count, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (output().lines().filter(line).count() >= count) {
				return;
			}
			if (!this.process.isAlive()) {
				throw new AssertionError("opsreport ended (" + this.process.exitValue()
						+ ") before the expected output; output:\n" + output());
			}
			Thread.sleep(20);
		}
		throw new AssertionError("expected output did not appear within " + timeout + "; output:\n" + output());
	}

	/** SIGKILL: no shutdown hook, no finally block, no last commit. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	String output() {
		try {
			return Files.exists(this.log) ? new String(Files.readAllBytes(this.log), StandardCharsets.UTF_8) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
