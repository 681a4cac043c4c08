package org.opsreport.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * {@code bench/crash N}: kill -9 the nightly job at a random point N times in a row, each time on a
 * fresh H2 file store, run the same command again, and compare the store with a clean run's (row
 * counts and a digest of every stored sample, as {@link CrashRestartFunctionalTest} does). Half of
 * the kills come after a random number of ingest chunks (where H2 has lost rows before), half at a
 * random moment of the whole run. Prints one line per run and a summary.
 *
 * <pre>
 * bench/crash [N=10] [--seed S] [--no-check]   (--no-check: opsreport.store.check-after-crash=false, the old behaviour)
 * </pre>
 */
public final class CrashBench {

	private CrashBench() {
	}

	public static void main(String[] args) throws Exception {
		int runs = 10;
		long seed = System.nanoTime();
		boolean check = true;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--seed" -> seed = Long.parseLong(args[++i]);
				case "--no-check" -> check = false;
				default -> runs = Integer.parseInt(args[i]);
			}
		}
		Random random = new Random(seed);
		Path work = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "crash-bench");
		CrashRestartFunctionalTest inputs = new CrashRestartFunctionalTest();
		inputs.work = work;
		CrashRestartFunctionalTest.generateInputs(work.resolve("data"));
		Files.createDirectories(work.resolve("jobs"));
		System.out.printf("crash bench: %d runs, seed %d, store check %s, work %s%n", runs, seed, check ? "on" : "off", work);

		long started = System.nanoTime();
		int clean = ForkedOpsReport.run(work.resolve("clean.log"), command(inputs, "clean", check), Duration.ofMinutes(10));
		long cleanMillis = (System.nanoTime() - started) / 1_000_000;
		if (clean != 0) {
			throw new IllegalStateException("the clean run failed: " + Files.readString(work.resolve("clean.log")));
		}
		CrashRestartFunctionalTest.Store expected = CrashRestartFunctionalTest.Store.read(inputs.url("clean"));
		System.out.printf("clean run: %d ms, %d samples%n", cleanMillis, expected.samples());
		System.out.println("run | kill point | killed store rows | restart status | repaired | same as clean | temp files left | restart ms");

		int same = 0;
		int interrupted = 0;
		int repairedRuns = 0;
		List<Integer> failures = new ArrayList<>();
		for (int run = 1; run <= runs; run++) {
			String name = "run" + run;
			ForkedOpsReport crashing = ForkedOpsReport.start(work.resolve(name + "-crash.log"), command(inputs, name, check));
			String point;
			if (run % 2 == 1) {
				int chunks = 1 + random.nextInt(110);
				point = "ingest chunk " + chunks;
				try {
					crashing.awaitLines(l -> l.contains("metrics chunk written"), chunks, Duration.ofMinutes(5));
				}
				catch (AssertionError ended) {
					point += " (ended first)";
				}
			}
			else {
				long millis = 1000 + (long) (random.nextDouble() * cleanMillis);
				point = "after " + millis + " ms";
				Thread.sleep(millis);
			}
			boolean alive = crashing.process.isAlive();
			crashing.kill();
			interrupted += alive ? 1 : 0;
			long killedSamples;
			try {
				killedSamples = CrashRestartFunctionalTest.Store.read(inputs.url(name), false).samples();
			}
			catch (java.sql.SQLException notCreatedYet) {
				killedSamples = -1; // killed before the schema was created
			}
			long restartStart = System.nanoTime();
			Path restartLog = work.resolve(name + "-restart.log");
			int status = ForkedOpsReport.run(restartLog, command(inputs, name, check), Duration.ofMinutes(10));
			long restartMillis = (System.nanoTime() - restartStart) / 1_000_000;
			String log = Files.readString(restartLog);
			boolean repaired = log.contains("Store check: rebuilt");
			repairedRuns += repaired ? 1 : 0;
			CrashRestartFunctionalTest.Store actual = CrashRestartFunctionalTest.Store.read(inputs.url(name));
			boolean equal = status == 0 && actual.samples() == expected.samples() && actual.series() == expected.series()
					&& actual.incidents() == expected.incidents() && actual.digest().equals(expected.digest());
			long temporaries;
			try (Stream<Path> files = Files.walk(work.resolve("out-" + name))) {
				temporaries = files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count();
			}
			same += equal ? 1 : 0;
			if (!equal) {
				failures.add(run);
			}
			System.out.printf("%d | %s%s | %d | %d | %s | %s | %d | %d%n", run, point, alive ? "" : " (not interrupted)",
					killedSamples, status, repaired ? "yes" : "no", equal ? "yes" : "NO (" + actual.samples() + " samples)",
					temporaries, restartMillis);
		}
		System.out.printf("summary: %d of %d restarted stores equal the clean run (%d runs were killed mid-run, %d needed a repair); "
				+ "differing runs: %s; seed %d%n", same, runs, interrupted, repairedRuns, failures, seed);
	}

	static List<String> command(CrashRestartFunctionalTest inputs, String name, boolean check) {
		List<String> command = inputs.command(name);
		command.add("--opsreport.forecast.enabled=false");
		command.add("--opsreport.store.check-after-crash=" + check);
		return command;
	}

}
