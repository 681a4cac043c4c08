package org.opsreport.scaling;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsreport.job.FixtureWorkspace;
import org.opsreport.job.FunctionalTestSupport;
import org.opsreport.job.TestDatabase;
import org.opsreport.store.MetricStore;

import tools.jackson.databind.JsonNode;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;

/**
 * A partitioned analysis step that fails part-way resumes where it stopped: five services (s0 ... s4) on two
 * partitions (partition 0: s0, s2, s4; partition 1: s1, s3). Loading s2's samples fails in the first run, after
 * partition 0 stored s0 and while partition 1 completes. Restarting the failed job runs partition 0 only, from s2:
 * s0, s1 and s3 are not loaded again, and the report equals the one of a clean run.
 */
class AnalysisRestartFunctionalTest extends FunctionalTestSupport {

	@TempDir
	static Path workspace;

	static final LocalDate DATE = LocalDate.parse("2026-11-02");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws Exception {
		Path metrics = Files.createDirectories(workspace.resolve("data/metrics"));
		StringBuilder csv = new StringBuilder("timestamp,service,metric,value\n");
		Instant start = DATE.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
		for (int s = 0; s < 5; s++) {
			for (int i = 0; i < 288; i++) {
				Instant t = start.plusSeconds(300L * i);
				// a busy hour at a different time per service: the policies scale out and in
				boolean busy = i / 12 == 8 + 2 * s;
				csv.append(t).append(",s").append(s).append(",cpu_utilization,")
					.append(String.format(Locale.ROOT, "%.1f", busy ? 88.0 : 35.0 + s)).append('\n');
				csv.append(t).append(",s").append(s).append(",instance_count,").append(2 + s % 2).append('\n');
			}
		}
		Files.writeString(metrics.resolve("fleet.csv"), csv);
		Files.createDirectories(workspace.resolve("jobs"));
		StringBuilder services = new StringBuilder("services:\n");
		for (int s = 0; s < 5; s++) {
			services.append("  - name: s").append(s).append("\n    instanceCostPerHour: 0.5\n    targetUtilization: 60\n")
				.append("    minInstances: 1\n    maxInstances: 8\n");
		}
		Files.writeString(workspace.resolve("jobs/services.yaml"), services);
		Files.writeString(workspace.resolve("jobs/scaling-policies.yaml"), """
				policies:
				  - policy_id: fleet-cpu
				    policy_name: Fleet CPU
				    trigger_type: cpu_utilization
				    threshold_up: 75
				    threshold_down: 30
				    cooldown_seconds: 300
				    min_instances: 1
				    max_instances: 8
				    scale_increment: 1
				    evaluation_periods: 1
				    services: [s0, s1, s2, s3, s4]
				""");
		FixtureWorkspace.register(registry, workspace);
		registry.add("opsreport.forecast.enabled", () -> "false");
		registry.add("opsreport.analysis.threads", () -> "2");
		TestDatabase.register(registry, "analysis_restart");
	}

	@MockitoSpyBean
	MetricStore metrics;

	static org.springframework.batch.core.job.parameters.JobParameters date(long rerun) {
		return new JobParametersBuilder().addLocalDate("date", DATE).addLong("rerun", rerun).toJobParameters();
	}

	@Test
	void aFailedScalingStepResumesWithTheServicesItHadNotAnalysed() throws Exception {
		doThrow(new IllegalStateException("store unreachable")).when(this.metrics)
			.load(eq("s2"), anyString(), any(), any());
		JobExecution failed = jobs().startJob(date(0));
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(partitions(failed.getId())).containsExactly("scalingUnit:partition0 FAILED 1",
				"scalingUnit:partition1 COMPLETED 2");
		// the parts of the services analysed before the failure are stored
		assertThat(this.jdbc.queryForList("SELECT part_key FROM analysis_part WHERE section_name = 'scaling' ORDER BY part_key",
				String.class))
			.containsExactly("s0", "s1", "s3");

		reset(this.metrics);
		clearInvocations(this.metrics);
		JobExecution restarted = this.jobOperator.restart(failed);
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		// only the failed partition runs again, from s2; the completed one is not re-run
		assertThat(partitions(restarted.getId())).containsExactly("scalingUnit:partition0 COMPLETED 2");
		for (String done : new String[] { "s0", "s1", "s3" }) {
			verify(this.metrics, never()).load(eq(done), anyString(), any(), any());
		}
		verify(this.metrics, atLeastOnce()).load(eq("s2"), anyString(), any(), any());
		verify(this.metrics, atLeastOnce()).load(eq("s4"), anyString(), any(), any());
		JsonNode resumed = report();
		assertThat(resumed.get("scaling").get("services")).hasSize(5);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM analysis_part", Long.class)).isZero();

		// a clean run of the same date gives the same sections
		assertThat(jobs().startJob(date(1)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		JsonNode clean = report();
		assertThat((Object) resumed.get("scaling")).isEqualTo(clean.get("scaling"));
		assertThat((Object) resumed.get("performance")).isEqualTo(clean.get("performance"));
		assertThat(resumed.get("scaling").get("statistics").get("totalScalingEvents").asInt()).isPositive();
	}

	/** "name STATUS units" of the execution's scaling partitions. */
	java.util.List<String> partitions(long executionId) {
		return this.jdbc.queryForList("""
				SELECT step_name || ' ' || status || ' ' || write_count FROM batch_step_execution
				WHERE job_execution_id = ? AND step_name LIKE 'scalingUnit:%' ORDER BY step_name""", String.class,
				executionId);
	}

	JsonNode report() throws Exception {
		return this.json.readTree(Files.readString(workspace.resolve("reports/2026-11-02/report.json")));
	}

}
