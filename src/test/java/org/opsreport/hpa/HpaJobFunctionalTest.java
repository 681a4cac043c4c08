package org.opsreport.hpa;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsreport.job.FixtureWorkspace;
import org.opsreport.job.TestDatabase;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The nightly job on the {@code scaling} fixture (2026-11-02, web: 2 recorded instances at 40 % CPU, 90 % from 10:00
 * to 10:55) with an HPA for web in jobs/hpa/: CPU at 60 %, 2..10 replicas, no behavior. By hand, at 15 s syncs:
 * before 10:00 40 % of 2 pods asks for ceil(0.666 x 2) = 2; at 10:00:00 90 % asks for ceil(1.5 x 2) = 3 (limit
 * max(2 x 2, 4) = 4), after which 180 / 3 = 60 % is on target; from 11:00 80 / 3 = 26 % asks for 2, but the 3s
 * recommended up to 10:59:45 hold for 5 minutes: back to 2 at 11:05:00. So 3 pods for 65 minutes:
 * 48 + 65 / 60 = 589 / 12 instance-hours, 2 changes, never above 60 % x replicas; what ran (2 pods) was above for
 * the 60 minutes of the peak; the policy replay (deciding at 10:05 after its two evaluation periods, 3 pods from
 * 10:10, as the scaling section shows) for the 10 minutes of 10:00-10:10.
 */
@SpringBatchTest
@SpringBootTest
class HpaJobFunctionalTest {

	@TempDir
	static Path workspace;

	static final LocalDate DATE = LocalDate.parse("2026-11-02");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws Exception {
		FixtureWorkspace.copy("scaling", workspace);
		Path hpa = Files.createDirectories(workspace.resolve("jobs/hpa"));
		Files.writeString(hpa.resolve("web.yaml"), """
				apiVersion: autoscaling/v2
				kind: HorizontalPodAutoscaler
				metadata: {name: web-hpa}
				spec:
				  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
				  minReplicas: 2
				  maxReplicas: 10
				  metrics:
				    - type: Resource
				      resource: {name: cpu, target: {type: Utilization, averageUtilization: 60}}
				""");
		FixtureWorkspace.register(registry, workspace);
		registry.add("opsreport.forecast.enabled", () -> "false");
		TestDatabase.register(registry, "hpa_functional");
	}

	@Autowired
	JobOperator jobOperator;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	@Qualifier("nightly")
	Job nightly;

	@Autowired
	JsonMapper json;

	@Test
	void replaysTheManifestAndReportsTheComparison() throws Exception {
		JobOperatorTestUtils utils = new JobOperatorTestUtils(this.jobOperator, this.jobRepository);
		utils.setJob(this.nightly);
		var execution = utils.startJob(new JobParametersBuilder().addLocalDate("date", DATE).toJobParameters());
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Path folder = workspace.resolve("reports/2026-11-02");
		JsonNode report = this.json.readTree(Files.readString(folder.resolve("report.json")));
		JsonNode section = report.get("hpa");
		assertThat(section.get("kubernetesRelease").asString()).isEqualTo("v1.33");
		assertThat(section.get("services")).hasSize(1); // api has no manifest
		JsonNode web = section.get("services").get(0);
		assertThat(web.get("service").asString()).isEqualTo("web");
		assertThat(web.get("file").asString()).isEqualTo("hpa/web.yaml#1");
		JsonNode variants = web.get("variants");
		double[] hours = { 48, 742 / 12.0, 589 / 12.0 };
		double[] under = { 60, 10, 0 };
		int[] events = { 0, 1, 2 };
		String[] names = { "actual", "policy_replay", "hpa" };
		for (int i = 0; i < 3; i++) {
			assertThat(variants.get(i).get("variant").asString()).isEqualTo(names[i]);
			assertThat(variants.get(i).get("instanceHours").asDouble()).as(names[i]).isCloseTo(hours[i], within(1e-9));
			assertThat(variants.get(i).get("cost").asDouble()).as(names[i]).isCloseTo(hours[i] * 0.5, within(1e-9));
			assertThat(variants.get(i).get("underProvisionedMinutes").asDouble()).as(names[i]).isEqualTo(under[i]);
			assertThat(variants.get(i).get("scalingEvents").asInt()).as(names[i]).isEqualTo(events[i]);
		}
		assertThat(variants.get(2).get("instances").get(120).asInt()).isEqualTo(3); // 10:00
		assertThat(variants.get(2).get("instances").get(133).asInt()).isEqualTo(2); // 11:05
		assertThat(web.get("difference").asString()).isEqualTo("The HPA would have run 49.1 instance-hours instead of "
				+ "48.0 (+2%), been under-provisioned 0 minutes instead of 60 and changed the replica count 2 times instead "
				+ "of 0 (0 flapping episodes instead of 0).");
		assertThat(web.get("tuning").get(0).get("variant").asString()).isEqualTo("as_written");
		assertThat(Files.exists(folder.resolve("charts/hpa-web.png"))).isTrue();
		String markdown = Files.readString(folder.resolve("report.md"));
		assertThat(markdown).contains("## Kubernetes HPA replay").contains("### web-hpa → web");
		// right after the scaling section
		assertThat(markdown.indexOf("## Kubernetes HPA replay")).isGreaterThan(markdown.indexOf("## Scaling"));
		assertThat(Files.readString(folder.resolve("report.html"))).contains("Kubernetes HPA replay")
			.contains("charts/hpa-web.png");
	}

}
