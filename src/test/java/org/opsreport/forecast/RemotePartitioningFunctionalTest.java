package org.opsreport.forecast;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.opsreport.OpsReportApplication;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remote partitioning through PostgreSQL: two worker application contexts (profile
 * {@code remote-worker}) and a manager context (profile {@code remote-manager}) share one fresh
 * schema; the manager's nightly job completes, and its {@code train} partitions were run by the
 * workers (the manager has no local worker step), every series getting a model. Separate JVMs:
 * {@code bench/remote-partitioning}.
 * <p>
 * Runs only with {@code -Dopsreport.test.db=postgresql} against
 * {@code jdbc:postgresql://localhost:5432/opsreport} (user/password {@code opsreport}, or
 * {@code -Dopsreport.test.postgresql.url/.username/.password}), as in {@code .ci/run}.
 */
@EnabledIfSystemProperty(named = "opsreport.test.db", matches = "(?i)postgresql")
class RemotePartitioningFunctionalTest {

	static final LocalDate DATE = LocalDate.parse("2026-11-08");

	static final String SCHEMA = "test_remote_partitioning";

	@TempDir
	Path workspace;

	private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	@AfterEach
	void stop() {
		this.contexts.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void workersRunTheTrainPartitionsOfTheManagersJob() throws Exception {
		String server = System.getProperty("opsreport.test.postgresql.url", "jdbc:postgresql://localhost:5432/opsreport");
		String user = System.getProperty("opsreport.test.postgresql.username", "opsreport");
		String password = System.getProperty("opsreport.test.postgresql.password", "opsreport");
		try (Connection connection = DriverManager.getConnection(server, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
			statement.execute("CREATE SCHEMA " + SCHEMA);
		}
		writeMetrics();
		// command-line arguments: they override application-postgresql.yml (builder properties would not)
		String[] properties = { "--spring.datasource.url=" + server + (server.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
				"--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
				"--opsreport.input-dir=" + this.workspace.resolve("data"), "--opsreport.config-dir=" + this.workspace.resolve("jobs"),
				"--opsreport.output-dir=" + this.workspace.resolve("reports"), "--opsreport.forecast.horizon=PT6H",
				"--opsreport.forecast.remote.partitions=3", "--opsreport.forecast.remote.poll-interval=PT0.2S",
				"--opsreport.forecast.remote.worker-poll=PT0.2S", "--opsreport.forecast.remote.timeout=PT2M" };
		startWorker(properties);
		startWorker(properties);

		ConfigurableApplicationContext manager = new SpringApplicationBuilder(OpsReportApplication.class)
			.profiles("postgresql", RemoteTraining.MANAGER)
			.run(withArgument(properties, "--opsreport.command.enabled=false"));
		this.contexts.add(manager);
		JobExecution execution = manager.getBean(JobOperator.class)
			.start(manager.getBean("nightly", Job.class), new JobParametersBuilder().addLocalDate("date", DATE).toJobParameters());

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		JdbcTemplate jdbc = manager.getBean(JdbcTemplate.class);
		List<Map<String, Object>> partitions = jdbc.queryForList("""
				SELECT step_name, status, write_count, exit_message FROM batch_step_execution
				WHERE step_name LIKE 'trainSeries:%' ORDER BY step_name""");
		assertThat(partitions).extracting(p -> p.get("step_name"))
			.containsExactly("trainSeries:partition0", "trainSeries:partition1", "trainSeries:partition2");
		assertThat(partitions).allSatisfy(p -> {
			assertThat(p.get("status")).isEqualTo("COMPLETED");
			assertThat((String) p.get("exit_message")).contains(TrainSeriesTasklet.WorkerStamp.PREFIX);
		});
		// web: request_rate, cpu_utilization, instance_count and the derived cpu_load
		assertThat(partitions).extracting(p -> ((Number) p.get("write_count")).intValue()).containsExactly(2, 1, 1);
		assertThat(jdbc.queryForList("SELECT metric FROM forecast_model ORDER BY metric", String.class))
			.containsExactly("cpu_load", "cpu_utilization", "instance_count", "request_rate");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM int_channel_message", Long.class)).isZero();
		// the manager has no local worker: the partitions can only have run in the worker contexts
		assertThat(manager.getBeansOfType(org.springframework.integration.dsl.IntegrationFlow.class)).isEmpty();
	}

	/** Starts a worker context; its runner blocks until the context is closed, so it runs on its own thread. */
	private void startWorker(String[] properties) throws Exception {
		CompletableFuture<ConfigurableApplicationContext> started = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				new SpringApplicationBuilder(OpsReportApplication.class).profiles("postgresql", RemoteTraining.WORKER)
					.listeners(event -> {
						if (event instanceof ApplicationStartedEvent ready) {
							started.complete(ready.getApplicationContext());
						}
					})
					.run(properties);
			}
			catch (Throwable ex) {
				started.completeExceptionally(ex);
			}
		}, "worker-" + this.contexts.size());
		thread.setDaemon(true);
		thread.start();
		this.contexts.add(started.get(2, TimeUnit.MINUTES));
	}

	private static String[] withArgument(String[] arguments, String argument) {
		String[] all = java.util.Arrays.copyOf(arguments, arguments.length + 1);
		all[arguments.length] = argument;
		return all;
	}

	private void writeMetrics() throws Exception {
		Path metrics = Files.createDirectories(this.workspace.resolve("data/metrics"));
		StringBuilder csv = new StringBuilder("timestamp,service,metric,value\n");
		Random random = new Random(3);
		Instant start = Instant.parse("2026-11-01T00:00:00Z");
		for (int i = 0; i < 8 * 288; i++) {
			Instant t = start.plusSeconds(300L * i);
			double rate = 200 + 120 * Math.sin(2 * Math.PI * (i % 288) / 288.0) + random.nextGaussian() * 8;
			int instances = rate > 250 ? 4 : 2;
			double cpu = Math.min(100, rate / instances / 1.5 + random.nextGaussian());
			csv.append(t).append(",web,request_rate,").append(String.format(Locale.ROOT, "%.2f", rate)).append('\n');
			csv.append(t).append(",web,cpu_utilization,").append(String.format(Locale.ROOT, "%.2f", cpu)).append('\n');
			csv.append(t).append(",web,instance_count,").append(instances).append('\n');
		}
		Files.writeString(metrics.resolve("web.csv"), csv);
	}

}
