package org.opsreport.prometheus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A real Prometheus server for tests (Debian's {@code prometheus} package, 2.42): history backfilled with
 * {@code promtool tsdb create-blocks-from openmetrics}, then its own instance on a free port with its own storage
 * folder (never the package's service on 9090). Without the binaries the tests are skipped, unless
 * {@code -Dopsreport.test.prometheus=required} (CI) turns that into a failure.
 */
final class PrometheusServer implements AutoCloseable {

	final String url;

	private final Process process;

	private final Path log;

	private PrometheusServer(String url, Process process, Path log) {
		this.url = url;
		this.process = process;
		this.log = log;
	}

	/** Skips the calling test when prometheus or promtool is missing (fails instead when required). */
	static void assumeInstalled() {
		boolean installed = onPath("prometheus") && onPath("promtool");
		if (!installed && "required".equals(System.getProperty("opsreport.test.prometheus"))) {
			throw new AssertionError("opsreport.test.prometheus=required but prometheus/promtool are not on the PATH"
					+ " (apt-get install -y prometheus)");
		}
		Assumptions.assumeTrue(installed, "prometheus and promtool are not installed (apt-get install -y prometheus)");
	}

	private static boolean onPath(String binary) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
			if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, binary))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Backfills {@code openMetrics} (text ending with {@code # EOF}) into a fresh storage folder under {@code dir}
	 * and starts a server on it; waits until it is ready.
	 */
	static PrometheusServer start(Path dir, String openMetrics) throws IOException, InterruptedException {
		Path input = dir.resolve("history.om");
		Path storage = dir.resolve("tsdb");
		Files.createDirectories(storage);
		Files.writeString(input, openMetrics);
		Path backfillLog = dir.resolve("promtool.log");
		Process promtool = new ProcessBuilder("promtool", "tsdb", "create-blocks-from", "openmetrics", input.toString(),
				storage.toString()).redirectErrorStream(true).redirectOutput(backfillLog.toFile()).start();
		if (!promtool.waitFor(120, TimeUnit.SECONDS) || promtool.exitValue() != 0) {
			promtool.destroyForcibly();
			throw new IllegalStateException("promtool backfill failed: " + Files.readString(backfillLog));
		}
		Path config = dir.resolve("prometheus.yml");
		Files.writeString(config, "global:\n  scrape_interval: 1m\nscrape_configs: []\n");
		int port = freePort();
		Path log = dir.resolve("prometheus.log");
		Process process = new ProcessBuilder("prometheus", "--config.file=" + config,
				"--storage.tsdb.path=" + storage, "--storage.tsdb.retention.time=100y",
				"--web.listen-address=127.0.0.1:" + port).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		PrometheusServer server = new PrometheusServer("http://127.0.0.1:" + port, process, log);
		server.awaitReady(Duration.ofSeconds(90));
		return server;
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private void awaitReady(Duration timeout) throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("prometheus exited (" + this.process.exitValue() + "): " + output());
			}
			try {
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(this.url + "/-/ready")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		close();
		throw new IllegalStateException("prometheus was not ready within " + timeout + ": " + output());
	}

	String output() {
		try {
			return Files.exists(this.log) ? Files.readString(this.log) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	/** OpenMetrics text of gauges: one {@code # TYPE} per family, samples as given, {@code # EOF} at the end. */
	static String openMetrics(List<String> families, java.util.function.Function<String, List<String>> samples) {
		StringBuilder text = new StringBuilder();
		for (String family : families) {
			text.append("# TYPE ").append(family).append(" gauge\n");
			samples.apply(family).forEach((line) -> text.append(line).append('\n'));
		}
		return text.append("# EOF\n").toString();
	}

}
