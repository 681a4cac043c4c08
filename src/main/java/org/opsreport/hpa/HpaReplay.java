package org.opsreport.hpa;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opsreport.catalog.ServiceCatalog;
import org.opsreport.pipeline.ReportDate;
import org.opsreport.scaling.MetricSample;
import org.opsreport.scaling.SampleAlignment;
import org.opsreport.scaling.ScalingConfig;
import org.opsreport.store.MetricStore;
import org.opsreport.store.Samples;

import org.springframework.stereotype.Component;

/**
 * The HPA replay of a report date: each manifest's service day loaded from the store (aligned instances, CPU and the
 * metrics the HPA reads) and replayed by {@link HpaAnalysis}; what could not be replayed becomes a note.
 */
@Component
class HpaReplay {

	private final HpaSteps.HpaManifests manifests;

	private final ScalingConfig config;

	private final ServiceCatalog catalog;

	private final MetricStore metrics;

	HpaReplay(HpaSteps.HpaManifests manifests, ScalingConfig config, ServiceCatalog catalog, MetricStore metrics) {
		this.manifests = manifests;
		this.config = config;
		this.catalog = catalog;
		this.metrics = metrics;
	}

	/** Loads each HPA's service day of {@code date} and replays it. */
	HpaSection day(LocalDate date) {
		Instant from = ReportDate.start(date);
		Instant to = ReportDate.end(date);
		List<HpaComparison> services = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (HpaManifest hpa : this.manifests.manifests()) {
			Map<String, SampleAlignment.Series> aligned = new LinkedHashMap<>();
			for (String metric : SampleAlignment.METRICS) {
				aligned.put(metric, series(this.metrics.load(hpa.service(), metric, from, to)));
			}
			List<MetricSample> samples = SampleAlignment.align(aligned);
			if (samples.isEmpty()) {
				notes.add("HPA " + hpa.name() + " (" + hpa.file() + "): " + hpa.service() + " has no instance_count on "
						+ date + ", so nothing to replay");
				continue;
			}
			Map<String, SampleAlignment.Series> read = new LinkedHashMap<>();
			for (MetricTarget m : hpa.metrics()) {
				read.computeIfAbsent(m.storedMetric(), (name) -> aligned.containsKey(name) ? aligned.get(name)
						: series(this.metrics.load(hpa.service(), name, from, to)));
				if (read.get(m.storedMetric()).values().length == 0) {
					notes.add("HPA " + hpa.name() + " (" + hpa.file() + "): no " + m.storedMetric() + " of " + hpa.service()
							+ " on " + date + " for its " + m.source().yaml() + " metric " + m.name()
							+ "; the controller would have had no value for it");
				}
			}
			services.add(HpaAnalysis.analyze(new HpaAnalysis.HpaDay(hpa,
					this.catalog.describe(hpa.service()).instanceCostPerHour(), samples, SampleAlignment.interval(samples), read,
					this.config)));
		}
		return new HpaSection(HpaAnalysis.KUBERNETES_RELEASE, Timeline.SYNC_SECONDS, services, notes);
	}

	private static SampleAlignment.Series series(Samples samples) {
		return new SampleAlignment.Series(samples.epochSeconds(), samples.values());
	}

}
