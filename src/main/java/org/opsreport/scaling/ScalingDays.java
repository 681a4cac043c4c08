package org.opsreport.scaling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.opsreport.analysis.AnalysisParts;
import org.opsreport.catalog.ServiceCatalog;
import org.opsreport.catalog.ServiceDefinition;
import org.opsreport.scaling.ScalingSteps.ServicePart;
import org.opsreport.store.MetricStore;
import org.opsreport.store.Samples;
import org.opsreport.store.SeriesKey;
import org.opsreport.pipeline.ReportDate;

import org.springframework.stereotype.Component;

/**
 * The scaling analysis' input, service by service: which services the store has CPU or instance series for,
 * and one service's day (its aligned samples, forecasts and catalog entry) loaded and analysed. The scaling step
 * calls it once per service on its worker threads.
 */
@Component
class ScalingDays {

	private final ScalingConfig config;

	private final ServiceCatalog catalog;

	private final MetricStore metrics;

	private final ScalingStore store;

	private final AnalysisParts parts;

	ScalingDays(ScalingConfig config, ServiceCatalog catalog, MetricStore metrics, ScalingStore store,
			AnalysisParts parts) {
		this.config = config;
		this.catalog = catalog;
		this.metrics = metrics;
		this.store = store;
		this.parts = parts;
	}

	/** The services with a CPU or instance series in the store, in name order: the units of the scaling step. */
	List<String> services() {
		TreeSet<String> candidates = new TreeSet<>();
		for (SeriesKey key : this.metrics.series()) {
			if (SampleAlignment.CPU.equals(key.metric()) || SampleAlignment.INSTANCES.equals(key.metric())) {
				candidates.add(key.service());
			}
		}
		return List.copyOf(candidates);
	}

	/** One service's part: only this service's day is loaded. */
	ServicePart part(LocalDate date, String service) {
		DayOrNote day = day(date, service);
		return new ServicePart((day.day() != null) ? ScalingAnalysis.analyzeService(day.day(), this.config) : null,
				day.note());
	}

	/**
	 * The date's result from the parts the {@code scaling} workers stored, combined in service name order; every
	 * variant's events are stored in {@code scaling_event} and the parts deleted.
	 */
	ScalingResult merge(LocalDate date) {
		ScalingResult result = combine(services().stream()
			.map((service) -> this.parts.require(date, ScalingSteps.SECTION, service, ServicePart.class))
			.toList());
		this.store.replaceEvents(date, result.eventsByVariant());
		this.parts.clear(date, ScalingSteps.SECTION);
		return result;
	}

	/** The services' parts combined in the given order (service name order): the sections and every variant's events. */
	ScalingResult combine(List<ServicePart> parts) {
		List<ServiceScaling> services = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (ServicePart part : parts) {
			if (part.analysis() != null) {
				services.add(part.analysis());
			}
			if (part.note() != null) {
				notes.add(part.note());
			}
		}
		return ScalingAnalysis.combine(this.config, services, notes);
	}

	record DayOrNote(ServiceDay day, String note) {
	}

	/** A service's aligned samples and forecasts of the date; a note when it has CPU but no instance counts. */
	DayOrNote day(LocalDate date, String service) {
		Instant from = ReportDate.start(date);
		Instant to = ReportDate.end(date);
		Map<String, SampleAlignment.Series> series = new LinkedHashMap<>();
		for (String metric : SampleAlignment.METRICS) {
			Samples s = this.metrics.load(service, metric, from, to);
			series.put(metric, new SampleAlignment.Series(s.epochSeconds(), s.values()));
		}
		if (series.get(SampleAlignment.CPU).values().length == 0
				&& series.get(SampleAlignment.INSTANCES).values().length == 0) {
			return new DayOrNote(null, null);
		}
		List<MetricSample> samples = SampleAlignment.align(series);
		if (samples.isEmpty()) {
			return new DayOrNote(null,
					service + ": no instance_count on " + date + ", so no replay, comparison or bottleneck analysis");
		}
		ServiceDefinition definition = this.catalog.describe(service);
		boolean declared = this.catalog.find(service).isPresent();
		return new DayOrNote(new ServiceDay(service, definition.targetUtilization(), definition.instanceCostPerHour(),
				SampleAlignment.interval(samples), samples, this.store.replayForecasts(date, service),
				this.store.tomorrow(date, service), declared ? definition.minInstances() : 0,
				declared ? definition.maxInstances() : 0), null);
	}

}
