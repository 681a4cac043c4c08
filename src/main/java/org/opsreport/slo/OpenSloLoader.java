package org.opsreport.slo;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.opsreport.catalog.YamlDocuments;
import org.opsreport.catalog.YamlNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads OpenSLO v1 documents ({@code apiVersion: openslo/v1}; kinds {@code SLO}, {@code SLI},
 * {@code Service}) from every {@code *.yaml} / {@code *.yml} file of a directory, several documents per
 * file separated by {@code ---}.
 * <p>
 * A metric source is either {@code {type: opsreport, spec: {service, metric}}} or any other type whose
 * {@code type} and {@code spec} the {@link MetricSourceMapping} ({@code metric-sources.yaml}) maps to a stored series;
 * {@code kind: DataSource} documents are accepted for {@code metricSourceRef} (their type counts, their connection
 * details are ignored). {@code ratioMetric.counter: true} reads the series as cumulative counters
 * ({@link org.opsreport.timeseries.CounterIncreases}).
 * <p>
 * The subset understood is strict: an unknown or unsupported field, an unmapped metric source, a target outside (0, 1), an unknown service (one neither
 * given as known nor declared by a {@code kind: Service} document among those loaded) or a
 * dangling {@code indicatorRef} is refused with one {@link SloConfigException} whose message names the file,
 * the document (1-based index and metadata.name) and the field path. Fields that only carry metadata
 * ({@code labels}, {@code annotations}, {@code description}) are accepted and ignored.
 */
public final class OpenSloLoader {

	private static final String API_VERSION = "openslo/v1";

	private static final Pattern DURATION = Pattern.compile("(\\d+)([a-zA-Z])");

	private static final DateTimeFormatter SPACE_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final YAMLMapper mapper = org.opsreport.catalog.YamlConfigReader.strictMapper();

	private final Set<String> knownServices;

	private final MetricSourceMapping mapping;

	/** {@code kind: DataSource} documents: name &rarr; spec.type, the type of sources that only reference one. */
	private final Map<String, String> dataSources = new java.util.HashMap<>();

	/** The known services plus those the Service documents being resolved declare. */
	private Set<String> services = Set.of();

	/**
	 * @param knownServices the services that exist (from jobs/services.yaml or the store); the Service documents
	 * loaded with the SLOs add theirs
	 */
	public OpenSloLoader(Set<String> knownServices) {
		this(knownServices, MetricSourceMapping.none("metric-sources.yaml"));
	}

	/**
	 * @param knownServices as in {@link #OpenSloLoader(Set)}
	 * @param mapping what metric sources other than {@code type: opsreport} stand for
	 */
	public OpenSloLoader(Set<String> knownServices, MetricSourceMapping mapping) {
		this.knownServices = Set.copyOf(knownServices);
		this.mapping = mapping;
	}

	/** Convenience for {@code new OpenSloLoader(knownServices).load(directory)}. */
	public static SloConfig load(Path directory, Set<String> knownServices) {
		return new OpenSloLoader(knownServices).load(directory);
	}

	/** Convenience for {@code new OpenSloLoader(knownServices, mapping).load(directory)}. */
	public static SloConfig load(Path directory, Set<String> knownServices, MetricSourceMapping mapping) {
		return new OpenSloLoader(knownServices, mapping).load(directory);
	}

	/**
	 * Loads all {@code *.yaml} and {@code *.yml} files of {@code directory} (not recursive, in name order).
	 * @throws SloConfigException on the first invalid document, or when the directory cannot be read
	 */
	public SloConfig load(Path directory) {
		try {
			return resolve(raw(YamlDocuments.read(directory, Path::toString, this.mapper)), directory.toString());
		}
		catch (YamlDocuments.UnreadableException ex) {
			throw new SloConfigException(ex.getMessage(), ex);
		}
	}

	/**
	 * Parses the documents of one YAML text; {@code label} names it in messages. SLI references resolve
	 * within this text only.
	 */
	public SloConfig parse(String label, Reader reader) {
		try {
			return resolve(raw(YamlDocuments.read(label, reader, this.mapper)), label);
		}
		catch (YamlDocuments.UnreadableException ex) {
			throw new SloConfigException(ex.getMessage(), ex);
		}
	}

	private record RawDocument(Context context, JsonNode node) {
	}

	private static List<RawDocument> raw(List<YamlDocuments.Document> documents) {
		return documents.stream()
			.map((d) -> new RawDocument(new Context(d.label(), d.index(), d.node()), d.node()))
			.toList();
	}

	private SloConfig resolve(List<RawDocument> documents, String where) {
		List<ServiceDefinition> services = new ArrayList<>();
		Map<String, Indicator> slis = new LinkedHashMap<>();
		List<RawDocument> sliDocuments = new ArrayList<>();
		List<RawDocument> sloDocuments = new ArrayList<>();
		this.dataSources.clear();
		for (RawDocument document : documents) {
			YamlNode root = new YamlNode(document.context.label(), document.node, SloConfigException::new);
			root.requireObject("apiVersion", "kind", "metadata", "spec");
			String apiVersion = root.requiredString("apiVersion");
			if (!API_VERSION.equals(apiVersion)) {
				throw root.child("apiVersion").error("unsupported apiVersion '" + apiVersion + "' (only '" + API_VERSION + "')");
			}
			String kind = root.requiredString("kind");
			switch (kind) {
				case "Service" -> services.add(service(root));
				case "SLI" -> sliDocuments.add(document);
				case "SLO" -> sloDocuments.add(document);
				case "DataSource" -> dataSource(root);
				default -> throw root.child("kind")
					.error("unsupported kind '" + kind + "' (only SLO, SLI, Service, DataSource)");
			}
		}
		// Service documents declare services wherever they stand in the files, so SLIs and SLOs are read after them
		Set<String> known = new java.util.HashSet<>(this.knownServices);
		services.forEach((service) -> known.add(service.name()));
		this.services = known;
		for (RawDocument document : sliDocuments) {
			YamlNode root = new YamlNode(document.context.label(), document.node, SloConfigException::new);
			String name = metadataName(root);
			if (slis.containsKey(name)) {
				throw root.child("metadata").child("name").error("duplicate SLI name '" + name + "'");
			}
			slis.put(name, indicatorSpec(root.child("spec"), name));
		}
		List<SloDefinition> slos = new ArrayList<>();
		Set<String> sloNames = new java.util.HashSet<>();
		for (RawDocument document : sloDocuments) {
			YamlNode root = new YamlNode(document.context.label(), document.node, SloConfigException::new);
			SloDefinition slo = slo(root, slis, where);
			if (!sloNames.add(slo.name())) {
				throw root.child("metadata").child("name").error("duplicate SLO name '" + slo.name() + "'");
			}
			slos.add(slo);
		}
		return new SloConfig(services, slos);
	}

	private static String metadataName(YamlNode root) {
		YamlNode metadata = root.child("metadata");
		metadata.requireObject("name", "displayName", "labels", "annotations");
		String name = metadata.requiredString("name");
		if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > org.opsreport.catalog.ConfigBounds.MAX_SLO_NAME) {
			throw metadata.child("name").error("is longer than " + org.opsreport.catalog.ConfigBounds.MAX_SLO_NAME
					+ " bytes (it names the burndown chart file)");
		}
		return name;
	}

	/**
	 * A DataSource's connection details are the source tool's business: opsreport reads the stored series a
	 * source is mapped to, so only the name and type are kept (for {@code metricSourceRef}).
	 */
	private void dataSource(YamlNode root) {
		String name = metadataName(root);
		YamlNode spec = root.child("spec");
		spec.requireObject("description", "type", "connectionDetails");
		if (this.dataSources.put(name, spec.requiredString("type")) != null) {
			throw root.child("metadata").child("name").error("duplicate DataSource name '" + name + "'");
		}
	}

	private ServiceDefinition service(YamlNode root) {
		String name = metadataName(root);
		YamlNode spec = root.child("spec");
		String description = null;
		if (spec.present()) {
			spec.requireObject("description");
			description = spec.optionalString("description");
		}
		return new ServiceDefinition(name, root.child("metadata").optionalString("displayName"), description);
	}

	private SloDefinition slo(YamlNode root, Map<String, Indicator> slis, String where) {
		String name = metadataName(root);
		String displayName = root.child("metadata").optionalString("displayName");
		YamlNode spec = root.child("spec");
		spec.requireObject("description", "service", "indicator", "indicatorRef", "timeWindow", "budgetingMethod",
				"objectives", "alertPolicies");
		YamlNode alertPolicies = spec.child("alertPolicies");
		if (alertPolicies.present() && !alertPolicies.list().isEmpty()) {
			throw alertPolicies.error("alert policies are not configurable: every objective gets opsreport's burn-rate"
					+ " alerts (leave alertPolicies empty or remove it)");
		}
		String service = knownService(spec.child("service"));
		Indicator indicator;
		YamlNode inline = spec.child("indicator");
		YamlNode ref = spec.child("indicatorRef");
		if (inline.present() == ref.present()) {
			throw spec.error("exactly one of indicator and indicatorRef is required");
		}
		if (inline.present()) {
			inline.requireObject("metadata", "spec");
			YamlNode metadata = inline.child("metadata");
			if (metadata.present()) {
				metadata.requireObject("name", "displayName", "labels", "annotations");
			}
			indicator = indicatorSpec(inline.child("spec"), name);
		}
		else {
			String refName = ref.string();
			indicator = slis.get(refName);
			if (indicator == null) {
				throw ref.error("no SLI named '" + refName + "' in " + where);
			}
		}
		BudgetingMethod method = budgetingMethod(spec.child("budgetingMethod"));
		TimeWindow window = timeWindow(spec.child("timeWindow"));
		List<Objective> objectives = objectives(spec.child("objectives"), indicator, method);
		return new SloDefinition(name, displayName != null ? displayName : name, service, indicator, method, window,
				objectives, root.where());
	}

	private String knownService(YamlNode node) {
		String service = node.string();
		if (!this.services.contains(service)) {
			throw node.error("unknown service '" + service + "' (known: " + String.join(", ", new java.util.TreeSet<>(this.services))
					+ "; declare it in services.yaml or as an OpenSLO kind: Service document)");
		}
		return service;
	}

	/** @param document metadata.name of the SLO or SLI document, for the source mapping */
	private Indicator indicatorSpec(YamlNode spec, String document) {
		spec.requireObject("description", "ratioMetric", "thresholdMetric");
		YamlNode ratio = spec.child("ratioMetric");
		YamlNode threshold = spec.child("thresholdMetric");
		if (ratio.present() == threshold.present()) {
			throw spec.error("exactly one of ratioMetric and thresholdMetric is required");
		}
		if (threshold.present()) {
			threshold.requireObject("metricSource");
			return new Indicator.Threshold(metricSource(threshold.child("metricSource").requirePresent(), document,
					"threshold", false));
		}
		ratio.requireObject("counter", "good", "bad", "total");
		YamlNode counterNode = ratio.child("counter");
		// counter: true - the stored good/bad/total values are cumulative counters (CounterIncreases)
		boolean counter = counterNode.present() && counterNode.bool();
		YamlNode good = ratio.child("good");
		YamlNode bad = ratio.child("bad");
		if (good.present() == bad.present()) {
			throw ratio.error("exactly one of good and bad is required");
		}
		MetricRef total = metricEnvelope(ratio.child("total").requirePresent(), document, "total", counter);
		return good.present() ? new Indicator.Ratio(metricEnvelope(good, document, "good", counter), null, total)
				: new Indicator.Ratio(null, metricEnvelope(bad, document, "bad", counter), total);
	}

	private MetricRef metricEnvelope(YamlNode node, String document, String role, boolean counter) {
		node.requireObject("metricSource");
		return metricSource(node.child("metricSource").requirePresent(), document, role, counter);
	}

	private MetricRef metricSource(YamlNode source, String document, String role, boolean counter) {
		source.requireObject("type", "spec", "metricSourceRef");
		YamlNode type = source.child("type");
		YamlNode ref = source.child("metricSourceRef");
		String typeName;
		if (type.present()) {
			typeName = type.string();
		}
		else if (ref.present()) {
			typeName = this.dataSources.get(ref.string());
			if (typeName == null) {
				throw ref.error("no DataSource named '" + ref.string() + "' (and no type given)");
			}
		}
		else {
			throw source.error("type or metricSourceRef is required");
		}
		MetricRef metric = "opsreport".equals(typeName) ? opsreportSource(source)
				: mappedSource(source, typeName, document, role);
		return counter ? metric.asCounter() : metric;
	}

	/**
	 * A source of another tool, through {@code metric-sources.yaml}: exactly one entry must match.
	 */
	private MetricRef mappedSource(YamlNode source, String typeName, String document, String role) {
		YamlNode spec = source.child("spec");
		List<MetricSourceMapping.Entry> matches = this.mapping.matches(typeName, spec.json(), document, role);
		String described = MetricSourceMapping.describe(typeName, spec.json());
		if (matches.isEmpty()) {
			throw source.error("metricSource " + described + " is not mapped to a stored series in "
					+ this.mapping.file() + " (add an entry with this type and spec and the service and metric it"
					+ " stands for; or use type: opsreport)");
		}
		if (matches.size() > 1) {
			throw source.error("metricSource " + described + " matches several entries of " + this.mapping.file()
					+ " (" + String.join(", ", matches.stream().map(MetricSourceMapping.Entry::where).toList())
					+ "); tell them apart with document or role");
		}
		MetricSourceMapping.Entry entry = matches.get(0);
		if (!this.services.contains(entry.target().service())) {
			throw source.error("metricSource " + described + " is mapped by " + entry.where()
					+ " to unknown service '" + entry.target().service() + "'");
		}
		return entry.target();
	}

	private MetricRef opsreportSource(YamlNode source) {
		YamlNode spec = source.child("spec");
		spec.requireObject("service", "metric");
		String service = knownService(spec.child("service"));
		String metric = spec.requiredString("metric");
		return new MetricRef(service, metric);
	}

	private static BudgetingMethod budgetingMethod(YamlNode node) {
		String name = node.string();
		BudgetingMethod method = BudgetingMethod.fromOpenSlo(name);
		if (method == null) {
			throw node.error("unsupported budgetingMethod '" + name + "' (Occurrences, Timeslices or RatioTimeslices)");
		}
		return method;
	}

	private static TimeWindow timeWindow(YamlNode node) {
		List<YamlNode> items = node.list();
		if (items.size() != 1) {
			throw node.error("exactly one time window is required, found " + items.size());
		}
		YamlNode item = items.get(0);
		item.requireObject("duration", "isRolling", "calendar");
		YamlNode durationNode = item.child("duration");
		Matcher matcher = DURATION.matcher(durationNode.string());
		TimeWindow.Unit unit = matcher.matches() ? TimeWindow.Unit.ofLetter(matcher.group(2)) : null;
		// 9 digits parse as int; longer amounts are past every bound anyway (99999999999d was a bare NumberFormatException)
		if (unit == null || matcher.group(1).length() > 9 || Integer.parseInt(matcher.group(1)) <= 0) {
			throw durationNode.error("invalid duration '" + durationNode.string() + "' (e.g. 7d, 28d, 30d, 1w, 1M, 1Q; at most "
					+ TimeWindow.MAX_TEXT + ")");
		}
		int amount = Integer.parseInt(matcher.group(1));
		if (amount > unit.maxAmount()) {
			throw durationNode.error("window '" + durationNode.string() + "' is longer than a year (at most "
					+ TimeWindow.MAX_TEXT + "): the evaluation holds the window's samples in memory");
		}
		YamlNode calendar = item.child("calendar");
		YamlNode isRolling = item.child("isRolling");
		boolean rolling = isRolling.present() ? isRolling.bool() : !calendar.present();
		if (rolling) {
			if (calendar.present()) {
				throw calendar.error("a rolling window has no calendar (set isRolling: false for calendar-aligned windows)");
			}
			if (!unit.fixedLength()) {
				throw durationNode.error("rolling windows need a fixed-length unit (m, h, d, w), got '" + durationNode.string() + "'");
			}
			return TimeWindow.rolling(amount, unit);
		}
		if (!calendar.present()) {
			throw item.error("calendar-aligned windows (isRolling: false) need calendar {startTime, timeZone}");
		}
		if (unit == TimeWindow.Unit.MINUTE || unit == TimeWindow.Unit.HOUR) {
			throw durationNode.error("calendar windows are d, w, M, Q or Y, got '" + durationNode.string() + "'");
		}
		calendar.requireObject("startTime", "timeZone");
		YamlNode startNode = calendar.child("startTime");
		LocalDateTime start = localDateTime(startNode);
		YamlNode zoneNode = calendar.child("timeZone");
		ZoneId zone;
		try {
			zone = ZoneId.of(zoneNode.string());
		}
		catch (java.time.DateTimeException ex) {
			throw zoneNode.error("unknown time zone '" + zoneNode.string() + "'");
		}
		return TimeWindow.calendar(amount, unit, start, zone);
	}

	private static LocalDateTime localDateTime(YamlNode node) {
		String text = node.string();
		try {
			return LocalDateTime.parse(text, SPACE_DATE_TIME);
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(text);
			}
			catch (DateTimeParseException ex2) {
				throw node.error("invalid startTime '" + text + "' (yyyy-MM-dd HH:mm:ss)");
			}
		}
	}

	private static List<Objective> objectives(YamlNode node, Indicator indicator, BudgetingMethod method) {
		List<YamlNode> items = node.list();
		if (items.isEmpty()) {
			throw node.error("at least one objective is required");
		}
		List<Objective> objectives = new ArrayList<>();
		Set<String> names = new java.util.HashSet<>();
		for (YamlNode item : items) {
			item.requireObject("displayName", "name", "op", "value", "target", "targetPercent", "timeSliceTarget",
					"timeSliceWindow");
			YamlNode target = item.child("target");
			YamlNode targetPercent = item.child("targetPercent");
			if (target.present() == targetPercent.present()) {
				throw item.error("exactly one of target and targetPercent is required");
			}
			double fraction = target.present() ? target.number() : targetPercent.number() / 100.0;
			if (!(fraction > 0 && fraction < 1)) {
				YamlNode bad = target.present() ? target : targetPercent;
				throw bad.error((target.present() ? "must be in (0, 1), got " : "must be in (0, 100), got ")
						+ bad.json().asString());
			}
			ThresholdOperator op = null;
			Double value = null;
			YamlNode opNode = item.child("op");
			YamlNode valueNode = item.child("value");
			if (indicator instanceof Indicator.Threshold) {
				op = ThresholdOperator.fromOpenSlo(opNode.requirePresent().string());
				if (op == null) {
					throw opNode.error("unsupported op '" + opNode.string() + "' (lt, lte, gt, gte)");
				}
				value = valueNode.requirePresent().number();
			}
			else if (valueNode.present()) {
				// op alone on a ratio objective says nothing (OpenSLO: "only needed when using a thresholdMetric";
				// OpenSLO's own examples carry it) and is ignored; a value would be a threshold that is not applied
				throw valueNode.error("op and value apply to thresholdMetric indicators only");
			}
			YamlNode sliceTarget = item.child("timeSliceTarget");
			YamlNode sliceWindow = item.child("timeSliceWindow");
			Double timeSliceTarget = null;
			Duration timeSliceWindow = null;
			if (method == BudgetingMethod.OCCURRENCES) {
				if (sliceTarget.present() || sliceWindow.present()) {
					throw (sliceTarget.present() ? sliceTarget : sliceWindow).error("applies to Timeslices and RatioTimeslices budgeting only");
				}
			}
			else {
				timeSliceWindow = sliceDuration(sliceWindow.requirePresent());
				if (method == BudgetingMethod.TIMESLICES) {
					timeSliceTarget = sliceTarget.requirePresent().number();
					if (!(timeSliceTarget > 0 && timeSliceTarget <= 1)) {
						throw sliceTarget.error("timeSliceTarget must be in (0, 1], got " + timeSliceTarget);
					}
				}
				else if (sliceTarget.present()) {
					throw sliceTarget.error("applies to Timeslices budgeting only (RatioTimeslices averages the slice ratios)");
				}
			}
			String name = item.optionalString("displayName");
			if (name == null) {
				name = item.optionalString("name");
			}
			if (name == null) {
				name = formatPercent(fraction);
			}
			if (!names.add(name)) {
				throw item.error("duplicate objective '" + name + "' (give each a displayName)");
			}
			objectives.add(new Objective(name, fraction, op, value, timeSliceTarget, timeSliceWindow));
		}
		return objectives;
	}

	private static Duration sliceDuration(YamlNode node) {
		if (node.json().isNumber()) {
			double seconds = node.number();
			if (seconds >= 1 && seconds == Math.rint(seconds)) {
				return Duration.ofSeconds((long) seconds);
			}
			throw node.error("timeSliceWindow must be a whole number of seconds >= 1 or a duration such as 5m");
		}
		Matcher matcher = DURATION.matcher(node.string());
		if (matcher.matches()) {
			long amount = Long.parseLong(matcher.group(1));
			Duration duration = switch (matcher.group(2)) {
				case "s" -> Duration.ofSeconds(amount);
				case "m" -> Duration.ofMinutes(amount);
				case "h" -> Duration.ofHours(amount);
				case "d" -> Duration.ofDays(amount);
				default -> null;
			};
			if (duration != null && !duration.isZero()) {
				return duration;
			}
		}
		throw node.error("invalid timeSliceWindow '" + node.string() + "' (e.g. 5m, 1h or seconds)");
	}

	static String formatPercent(double fraction) {
		String text = String.format(Locale.ROOT, "%.4f", fraction * 100).replaceAll("0+$", "").replaceAll("\\.$", "");
		return text + "%";
	}

	/** File, document index and name: the prefix of every message about one document. */
	private record Context(String file, int index, String description) {

		Context(String file, int index, JsonNode document) {
			this(file, index, describe(document));
		}

		private static String describe(JsonNode document) {
			JsonNode kind = document.path("kind");
			JsonNode name = document.path("metadata").path("name");
			String kindText = kind.isString() ? kind.stringValue() : "?";
			return name.isString() ? kindText + " " + name.stringValue() : kindText;
		}

		String label() {
			return this.file + ", document " + this.index + " (" + this.description + ")";
		}

	}

}
