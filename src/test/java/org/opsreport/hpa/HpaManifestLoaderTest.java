package org.opsreport.hpa;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsreport.hpa.MetricTarget.Source;
import org.opsreport.hpa.MetricTarget.TargetType;
import org.opsreport.hpa.ScalingRules.SelectPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HpaManifestLoaderTest {

	private final HpaManifestLoader loader = new HpaManifestLoader(Set.of("checkout", "search"));

	private static final String FULL = """
			apiVersion: apps/v1
			kind: Deployment
			metadata: {name: checkout}
			---
			apiVersion: autoscaling/v2
			kind: HorizontalPodAutoscaler
			metadata:
			  name: checkout-web
			  annotations:
			    opsreport.io/service: checkout
			    opsreport.io/cpu-request: 500m
			spec:
			  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: checkout-web}
			  minReplicas: 2
			  maxReplicas: 10
			  metrics:
			    - type: Resource
			      resource: {name: cpu, target: {type: Utilization, averageUtilization: 60}}
			    - type: Resource
			      resource: {name: cpu, target: {type: AverageValue, averageValue: 300m}}
			    - type: Pods
			      pods:
			        metric: {name: request_rate}
			        target: {type: AverageValue, averageValue: "50"}
			    - type: External
			      external:
			        metric:
			          name: queue_messages
			          selector: {matchLabels: {opsreport.io/metric: queue_depth}}
			        target: {type: Value, value: 1k}
			    - type: Object
			      object:
			        describedObject: {apiVersion: v1, kind: Service, name: checkout}
			        metric: {name: queue_depth}
			        target: {type: AverageValue, averageValue: 1500m}
			  behavior:
			    scaleDown:
			      stabilizationWindowSeconds: 120
			      selectPolicy: Min
			      policies:
			        - {type: Pods, value: 1, periodSeconds: 60}
			        - {type: Percent, value: 10, periodSeconds: 60}
			      tolerance: 0.05
			""";

	@Test
	void readsEveryFieldAndSkipsOtherKinds() {
		List<HpaManifest> hpas = this.loader.parse("hpa/checkout.yaml", FULL);
		assertThat(hpas).hasSize(1);
		HpaManifest hpa = hpas.get(0);
		assertThat(hpa.name()).isEqualTo("checkout-web");
		assertThat(hpa.document()).isEqualTo(2);
		assertThat(hpa.service()).isEqualTo("checkout");
		assertThat(hpa.minReplicas()).isEqualTo(2);
		assertThat(hpa.maxReplicas()).isEqualTo(10);
		assertThat(hpa.cpuRequestMilli()).isEqualTo(500);
		assertThat(hpa.metrics()).containsExactly(
				new MetricTarget(Source.RESOURCE, "cpu", "cpu_utilization", TargetType.UTILIZATION, 60, 0),
				new MetricTarget(Source.RESOURCE, "cpu", "cpu_utilization", TargetType.AVERAGE_VALUE, 0, 300),
				new MetricTarget(Source.PODS, "request_rate", "request_rate", TargetType.AVERAGE_VALUE, 0, 50_000),
				new MetricTarget(Source.EXTERNAL, "queue_messages", "queue_depth", TargetType.VALUE, 0, 1_000_000),
				new MetricTarget(Source.OBJECT, "queue_depth", "queue_depth", TargetType.AVERAGE_VALUE, 0, 1500));
		assertThat(hpa.behaviorGiven()).isTrue();
		// scaleUp absent: the API defaults
		assertThat(hpa.scaleUp()).isEqualTo(ScalingRules.defaultScaleUp());
		assertThat(hpa.scaleDown().stabilizationWindowSeconds()).isEqualTo(120);
		assertThat(hpa.scaleDown().selectPolicy()).isEqualTo(SelectPolicy.MIN);
		assertThat(hpa.scaleDown().policies()).hasSize(2);
		assertThat(hpa.scaleDown().tolerance()).isEqualTo(0.05);
	}

	@Test
	void appliesTheApiDefaults() {
		HpaManifest hpa = this.loader.parse("x.yaml", """
				apiVersion: autoscaling/v2
				kind: HorizontalPodAutoscaler
				metadata: {name: search}
				spec:
				  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: search}
				  maxReplicas: 5
				""").get(0);
		assertThat(hpa.service()).isEqualTo("search"); // scaleTargetRef.name
		assertThat(hpa.minReplicas()).isEqualTo(1);
		assertThat(hpa.metrics()).containsExactly(
				new MetricTarget(Source.RESOURCE, "cpu", "cpu_utilization", TargetType.UTILIZATION, 80, 0));
		assertThat(hpa.behaviorGiven()).isFalse();
		assertThat(hpa.scaleUp().policies()).hasSize(2);
		assertThat(hpa.scaleDown().stabilizationWindowSeconds()).isEqualTo(300);
	}

	@Test
	void errorsNameFileDocumentAndField() {
		String head = """
				apiVersion: autoscaling/v2
				kind: HorizontalPodAutoscaler
				metadata: {name: web}
				spec:
				  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: checkout}
				""";
		assertThatThrownBy(() -> this.loader.parse("hpa/a.yaml", "---\n" + head + "  maxReplicas: 5\n  minReplicas: 0\n"))
			.isInstanceOf(HpaConfigException.class)
			.hasMessage("hpa/a.yaml, document 1 (HorizontalPodAutoscaler web): spec.minReplicas: must be at least 1 "
					+ "(scale to zero is not replayed)");
		assertThatThrownBy(() -> this.loader.parse("hpa/a.yaml", "kind: Foo\n---\n" + head + "  maxReplicas: 5\n"
				+ "  behavior:\n    scaleUp:\n      policies:\n        - {type: Pods, value: 4, periodSeconds: 0}\n"))
			.hasMessage("hpa/a.yaml, document 2 (HorizontalPodAutoscaler web): spec.behavior.scaleUp.policies[0].periodSeconds: "
					+ "must be between 1 and 1800");
		assertThatThrownBy(() -> this.loader.parse("hpa/a.yaml", head + "  maxReplicas: 5\n"
				+ "  metrics:\n    - type: Resource\n      resource: {name: cpu, target: {type: Utilization, averageUtilisation: 60}}\n"))
			.hasMessageContaining("spec.metrics[0].resource.target.averageUtilisation: unknown or unsupported field");
		assertThatThrownBy(() -> this.loader.parse("hpa/a.yaml", head + "  maxReplicas: 5\n"
				+ "  metrics:\n    - type: Resource\n      resource: {name: memory, target: {type: AverageValue, averageValue: 1Gi}}\n"))
			.hasMessageContaining("spec.metrics[0].resource.target.averageValue: an AverageValue memory target needs");
		assertThatThrownBy(() -> this.loader.parse("hpa/a.yaml", head.replace("name: checkout", "name: billing")
				+ "  maxReplicas: 5\n"))
			.hasMessageContaining("spec.scaleTargetRef.name: unknown service 'billing'");
		assertThatThrownBy(() -> this.loader.parse("hpa/a.yaml", head.replace("autoscaling/v2", "autoscaling/v1")
				+ "  maxReplicas: 5\n"))
			.hasMessageContaining("document 1: apiVersion: unsupported apiVersion 'autoscaling/v1'");
		assertThatThrownBy(() -> this.loader.parse("hpa/a.yaml", head + "  maxReplicas: 5\n"
				+ "  metrics:\n    - type: Pods\n      pods: {metric: {name: rps}, target: {type: AverageValue, averageValue: lots}}\n"))
			.hasMessageContaining("spec.metrics[0].pods.target.averageValue: 'lots' is not a Kubernetes quantity");
		assertThatThrownBy(() -> this.loader.parse("hpa/a.yaml", head + "  maxReplicas: 5\n  behavior:\n"
				+ "    scaleDown: {selectPolicy: Sometimes}\n"))
			.hasMessageContaining("spec.behavior.scaleDown.selectPolicy: unknown selectPolicy 'Sometimes'");
		assertThatThrownBy(() -> this.loader.parse("hpa/a.yaml", head + "  maxReplicas: 5\n  behavior:\n"
				+ "    scaleDown: {stabilizationWindowSeconds: 4000}\n"))
			.hasMessageContaining("spec.behavior.scaleDown.stabilizationWindowSeconds: must be between 0 and 3600");
		assertThatThrownBy(() -> this.loader.parse("hpa/a.yaml", head + "  maxReplicas: [5\n"))
			.hasMessageStartingWith("hpa/a.yaml, document 1: invalid YAML");
	}

	@Test
	void oneHpaPerServiceAcrossFiles(@TempDir Path config) throws Exception {
		Path folder = Files.createDirectories(config.resolve("hpa"));
		String doc = """
				apiVersion: autoscaling/v2
				kind: HorizontalPodAutoscaler
				metadata: {name: %s}
				spec:
				  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: checkout}
				  maxReplicas: 5
				""";
		Files.writeString(folder.resolve("a.yaml"), doc.formatted("one"));
		Files.writeString(folder.resolve("b.yml"), doc.formatted("two"));
		Files.writeString(folder.resolve("notes.txt"), "not read");
		assertThatThrownBy(() -> this.loader.load(folder, config)).isInstanceOf(HpaConfigException.class)
			.hasMessageContaining("hpa/b.yml, document 1 (two): service 'checkout' already has the HPA one (hpa/a.yaml, document 1)");
	}

	@Test
	void quantities() {
		assertThat(Quantity.milli("500m")).isEqualTo(500);
		assertThat(Quantity.milli("2")).isEqualTo(2000);
		assertThat(Quantity.milli("1.5k")).isEqualTo(1_500_000);
		assertThat(Quantity.milli("1Ki")).isEqualTo(1_024_000);
		assertThat(Quantity.milli("1e3")).isEqualTo(1_000_000);
		assertThat(Quantity.milli("0.0001")).isEqualTo(1); // MilliValue rounds up
		assertThat(Quantity.milli(86.0)).isEqualTo(86_000);
	}

}
