package org.opsreport.hpa;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.opsreport.catalog.YamlDocuments;
import org.opsreport.catalog.YamlNode;
import org.opsreport.hpa.MetricTarget.Source;
import org.opsreport.hpa.MetricTarget.TargetType;
import org.opsreport.hpa.ScalingRules.Policy;
import org.opsreport.hpa.ScalingRules.SelectPolicy;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code autoscaling/v2} HorizontalPodAutoscaler manifests from every {@code *.yaml}/{@code *.yml} file of a
 * folder (not recursive, name order; several documents per file, separated by {@code ---}), as {@code kubectl get hpa
 * -o yaml} or a Helm chart writes them. Documents of other kinds (a Deployment next to its HPA) are skipped; a
 * {@code List} of HPAs is read item by item; {@code status} and metadata other than the name and annotations are
 * ignored.
 * <p>
 * The API defaults are applied as the API server does ({@code pkg/apis/autoscaling/v2/defaults.go}):
 * {@code minReplicas} 1, an empty {@code metrics} list means CPU at 80 % utilization, and missing parts of a given
 * {@code behavior} are filled with {@link ScalingRules#defaultScaleUp()}/{@link ScalingRules#defaultScaleDown()}.
 * The API's validation is applied as well (1 <= min <= max, policies' value and period > 0, period <= 1800 s,
 * windows 0..3600 s). Everything refused names the file, the document (1-based index and name) and the field path.
 * <p>
 * <b>Service.</b> The annotation {@code opsreport.io/service}, else {@code scaleTargetRef.name}; it must be a service
 * of jobs/services.yaml. <b>Stored metrics.</b> Resource {@code cpu}/{@code memory} read
 * {@code cpu_utilization}/{@code memory_utilization}; Pods, Object and External metrics read the service's metric of
 * the same name, or the one named by the selector label {@code opsreport.io/metric}.
 */
public final class HpaManifestLoader {

	static final String SERVICE_ANNOTATION = "opsreport.io/service";

	static final String METRIC_LABEL = "opsreport.io/metric";

	static final String CPU_REQUEST_ANNOTATION = "opsreport.io/cpu-request";

	static final String MEMORY_REQUEST_ANNOTATION = "opsreport.io/memory-request";

	private final YAMLMapper mapper = YAMLMapper.builder().build();

	private final Set<String> knownServices;

	/** @param knownServices the services of jobs/services.yaml */
	public HpaManifestLoader(Set<String> knownServices) {
		this.knownServices = Set.copyOf(knownServices);
	}

	/**
	 * Every HPA of the folder's files.
	 * @param folder e.g. {@code jobs/hpa}
	 * @param base the folder messages name files relative to (e.g. {@code jobs})
	 */
	public List<HpaManifest> load(Path folder, Path base) {
		List<HpaManifest> result = new ArrayList<>();
		try {
			for (YamlDocuments.Document document : YamlDocuments.read(folder, (file) -> base.relativize(file).toString(),
					this.mapper)) {
				result.addAll(manifests(document));
			}
		}
		catch (YamlDocuments.UnreadableException ex) {
			throw new HpaConfigException(ex.getMessage(), ex);
		}
		Map<String, HpaManifest> byService = new HashMap<>();
		for (HpaManifest hpa : result) {
			HpaManifest other = byService.putIfAbsent(hpa.service(), hpa);
			if (other != null) {
				throw new HpaConfigException(hpa.file() + ", document " + hpa.document() + " (" + hpa.name()
						+ "): service '" + hpa.service() + "' already has the HPA " + other.name() + " (" + other.file()
						+ ", document " + other.document() + "); one HPA per service, as Kubernetes requires per target");
			}
		}
		return result;
	}

	/** The HPAs of one YAML text; {@code label} names it in messages. */
	public List<HpaManifest> parse(String label, String yaml) {
		return parse(label, new StringReader(yaml));
	}

	List<HpaManifest> parse(String label, Reader reader) {
		List<HpaManifest> result = new ArrayList<>();
		try {
			for (YamlDocuments.Document document : YamlDocuments.read(label, reader, this.mapper)) {
				result.addAll(manifests(document));
			}
		}
		catch (YamlDocuments.UnreadableException ex) {
			throw new HpaConfigException(ex.getMessage(), ex);
		}
		return result;
	}

	/** The HPAs of one document: a HorizontalPodAutoscaler, or the HPAs of a List. */
	private List<HpaManifest> manifests(YamlDocuments.Document yaml) {
		List<HpaManifest> result = new ArrayList<>();
		JsonNode document = yaml.node();
		YamlNode root = new YamlNode(yaml.label() + ", document " + yaml.index(), document, HpaConfigException::new);
		String kind = document.path("kind").isString() ? document.path("kind").stringValue() : "";
		if ("List".equals(kind) || "HorizontalPodAutoscalerList".equals(kind)) {
			for (YamlNode item : root.child("items").list()) {
				if ("HorizontalPodAutoscaler".equals(item.json().path("kind").asString(""))
						|| "HorizontalPodAutoscalerList".equals(kind)) {
					result.add(hpa(item, yaml));
				}
			}
		}
		else if ("HorizontalPodAutoscaler".equals(kind)) {
			result.add(hpa(root, yaml));
		}
		else if (kind.isEmpty()) {
			throw root.child("kind").error("required field is missing");
		}
		return result;
	}

	private HpaManifest hpa(YamlNode root, YamlDocuments.Document yaml) {
		String apiVersion = root.child("apiVersion").string();
		if (!"autoscaling/v2".equals(apiVersion)) {
			throw root.child("apiVersion").error("unsupported apiVersion '" + apiVersion
					+ "' (only autoscaling/v2; convert with kubectl convert or get it with kubectl get hpa.v2.autoscaling)");
		}
		YamlNode metadata = root.child("metadata");
		String name = metadata.child("name").string();
		root = root.within(root.where() + " (HorizontalPodAutoscaler " + name + ")");
		metadata = root.child("metadata");
		YamlNode annotations = metadata.child("annotations");
		YamlNode spec = root.child("spec");
		spec.requireObject("scaleTargetRef", "minReplicas", "maxReplicas", "metrics", "behavior");
		YamlNode target = spec.child("scaleTargetRef");
		target.requireObject("apiVersion", "kind", "name");
		String service = annotations.present() && annotations.child(SERVICE_ANNOTATION).present()
				? annotations.child(SERVICE_ANNOTATION).string() : target.child("name").string();
		if (!this.knownServices.contains(service)) {
			YamlNode where = annotations.present() && annotations.child(SERVICE_ANNOTATION).present()
					? annotations.child(SERVICE_ANNOTATION) : target.child("name");
			throw where.error("unknown service '" + service + "' (not in services.yaml; name the service with the annotation "
					+ SERVICE_ANNOTATION + " when the workload is named otherwise)");
		}
		int min = spec.child("minReplicas").present() ? spec.child("minReplicas").integer() : 1;
		if (min < 1) {
			throw spec.child("minReplicas").error("must be at least 1 (scale to zero is not replayed)");
		}
		int max = spec.child("maxReplicas").integer();
		if (max < min) {
			throw spec.child("maxReplicas").error("must be at least minReplicas (" + min + ")");
		}
		long cpuRequest = request(annotations, CPU_REQUEST_ANNOTATION);
		long memoryRequest = request(annotations, MEMORY_REQUEST_ANNOTATION);
		List<MetricTarget> metrics = new ArrayList<>();
		YamlNode metricList = spec.child("metrics");
		if (!metricList.present() || metricList.list().isEmpty()) {
			metrics.add(new MetricTarget(Source.RESOURCE, "cpu", "cpu_utilization", TargetType.UTILIZATION, 80, 0));
		}
		else {
			for (YamlNode metric : metricList.list()) {
				metrics.add(metric(metric, cpuRequest, memoryRequest));
			}
		}
		YamlNode behavior = spec.child("behavior");
		ScalingRules up = ScalingRules.defaultScaleUp();
		ScalingRules down = ScalingRules.defaultScaleDown();
		if (behavior.present()) {
			behavior.requireObject("scaleUp", "scaleDown");
			up = rules(behavior.child("scaleUp"), up);
			down = rules(behavior.child("scaleDown"), down);
		}
		return new HpaManifest(name, yaml.label(), yaml.index(), service, min, max, metrics, behavior.present(), up, down,
				cpuRequest, memoryRequest);
	}

	private static long request(YamlNode annotations, String key) {
		if (!annotations.present() || !annotations.child(key).present()) {
			return 0;
		}
		YamlNode node = annotations.child(key);
		long milli = quantityMilli(node);
		if (milli <= 0) {
			throw node.error("must be a positive quantity");
		}
		return milli;
	}

	private static MetricTarget metric(YamlNode metric, long cpuRequest, long memoryRequest) {
		String type = metric.child("type").string();
		return switch (type) {
			case "Resource" -> {
				metric.requireObject("type", "resource");
				YamlNode resource = metric.child("resource");
				resource.requireObject("name", "target");
				String name = resource.child("name").string();
				if (!"cpu".equals(name) && !"memory".equals(name)) {
					throw resource.child("name").error("unsupported resource '" + name + "' (cpu or memory)");
				}
				YamlNode target = resource.child("target");
				TargetType targetType = targetType(target);
				if (targetType == TargetType.VALUE) {
					throw target.child("type").error("a Resource metric takes Utilization or AverageValue");
				}
				if (targetType == TargetType.AVERAGE_VALUE && ("cpu".equals(name) ? cpuRequest : memoryRequest) == 0) {
					throw target.child("averageValue").error("an AverageValue " + name + " target needs the pods' request "
							+ "(annotation " + ("cpu".equals(name) ? CPU_REQUEST_ANNOTATION : MEMORY_REQUEST_ANNOTATION)
							+ "), since the store holds " + name + " as a percentage of it");
				}
				yield target(Source.RESOURCE, name, name + "_utilization", target, targetType);
			}
			case "Pods" -> {
				metric.requireObject("type", "pods");
				YamlNode pods = metric.child("pods");
				pods.requireObject("metric", "target");
				YamlNode target = pods.child("target");
				TargetType targetType = targetType(target);
				if (targetType != TargetType.AVERAGE_VALUE) {
					throw target.child("type").error("a Pods metric takes AverageValue");
				}
				yield named(Source.PODS, pods.child("metric"), target, targetType);
			}
			case "Object", "External" -> {
				String key = "Object".equals(type) ? "object" : "external";
				if ("Object".equals(type)) {
					metric.requireObject("type", "object");
					metric.child(key).requireObject("describedObject", "metric", "target");
				}
				else {
					metric.requireObject("type", "external");
					metric.child(key).requireObject("metric", "target");
				}
				YamlNode target = metric.child(key).child("target");
				TargetType targetType = targetType(target);
				if (targetType == TargetType.UTILIZATION) {
					throw target.child("type").error("an " + type + " metric takes Value or AverageValue");
				}
				yield named("Object".equals(type) ? Source.OBJECT : Source.EXTERNAL, metric.child(key).child("metric"),
						target, targetType);
			}
			case "ContainerResource" -> throw metric.child("type")
				.error("ContainerResource metrics are not supported (the store holds per-service, not per-container, usage)");
			default -> throw metric.child("type").error("unknown metric type '" + type
					+ "' (Resource, Pods, Object or External)");
		};
	}

	private static MetricTarget named(Source source, YamlNode metric, YamlNode target, TargetType targetType) {
		metric.requireObject("name", "selector");
		String name = metric.child("name").string();
		String stored = name;
		YamlNode selector = metric.child("selector");
		if (selector.present()) {
			selector.requireObject("matchLabels", "matchExpressions");
			YamlNode label = selector.child("matchLabels").child(METRIC_LABEL);
			if (label.present()) {
				stored = label.string();
			}
		}
		return target(source, name, stored, target, targetType);
	}

	private static TargetType targetType(YamlNode target) {
		target.requireObject("type", "averageUtilization", "averageValue", "value");
		String type = target.child("type").string();
		return switch (type) {
			case "Utilization" -> TargetType.UTILIZATION;
			case "AverageValue" -> TargetType.AVERAGE_VALUE;
			case "Value" -> TargetType.VALUE;
			default -> throw target.child("type").error("unknown target type '" + type
					+ "' (Utilization, AverageValue or Value)");
		};
	}

	private static MetricTarget target(Source source, String name, String stored, YamlNode target, TargetType type) {
		return switch (type) {
			case UTILIZATION -> {
				int utilization = target.child("averageUtilization").integer();
				if (utilization < 1) {
					throw target.child("averageUtilization").error("must be at least 1");
				}
				yield new MetricTarget(source, name, stored, type, utilization, 0);
			}
			case AVERAGE_VALUE, VALUE -> {
				YamlNode value = target.child(type == TargetType.VALUE ? "value" : "averageValue");
				long milli = quantityMilli(value);
				if (milli <= 0) {
					throw value.error("must be a positive quantity");
				}
				yield new MetricTarget(source, name, stored, type, 0, milli);
			}
		};
	}

	/** A given {@code scaleUp}/{@code scaleDown}, its missing fields taken from the defaults. */
	private static ScalingRules rules(YamlNode node, ScalingRules defaults) {
		if (!node.present()) {
			return defaults;
		}
		node.requireObject("stabilizationWindowSeconds", "selectPolicy", "policies", "tolerance");
		int window = defaults.stabilizationWindowSeconds();
		if (node.child("stabilizationWindowSeconds").present()) {
			window = node.child("stabilizationWindowSeconds").integer();
			if (window < 0 || window > 3600) {
				throw node.child("stabilizationWindowSeconds").error("must be between 0 and 3600");
			}
		}
		SelectPolicy select = SelectPolicy.MAX;
		if (node.child("selectPolicy").present()) {
			String text = node.child("selectPolicy").string();
			select = switch (text) {
				case "Max" -> SelectPolicy.MAX;
				case "Min" -> SelectPolicy.MIN;
				case "Disabled" -> SelectPolicy.DISABLED;
				default -> throw node.child("selectPolicy").error("unknown selectPolicy '" + text + "' (Max, Min or Disabled)");
			};
		}
		List<Policy> policies = defaults.policies();
		if (node.child("policies").present()) {
			List<Policy> given = new ArrayList<>();
			for (YamlNode p : node.child("policies").list()) {
				p.requireObject("type", "value", "periodSeconds");
				String type = p.child("type").string();
				if (!"Pods".equals(type) && !"Percent".equals(type)) {
					throw p.child("type").error("unknown policy type '" + type + "' (Pods or Percent)");
				}
				int value = p.child("value").integer();
				if (value <= 0) {
					throw p.child("value").error("must be greater than 0");
				}
				int period = p.child("periodSeconds").integer();
				if (period <= 0 || period > 1800) {
					throw p.child("periodSeconds").error("must be between 1 and 1800");
				}
				given.add(new Policy("Percent".equals(type), value, period));
			}
			if (given.isEmpty() && select != SelectPolicy.DISABLED) {
				throw node.child("policies").error("must hold at least one policy");
			}
			policies = given.isEmpty() ? defaults.policies() : given;
		}
		double tolerance = Double.NaN;
		if (node.child("tolerance").present()) {
			tolerance = quantityMilli(node.child("tolerance")) / 1000.0;
			if (tolerance < 0) {
				throw node.child("tolerance").error("must not be negative");
			}
		}
		return new ScalingRules(window, select, policies, tolerance);
	}

	private static long quantityMilli(YamlNode node) {
		String text = node.string();
		try {
			return Quantity.milli(text);
		}
		catch (IllegalArgumentException | ArithmeticException ex) {
			throw node.error(ex.getMessage() == null ? "'" + text + "' is out of range" : ex.getMessage());
		}
	}

}
