package org.opsreport.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import org.opsreport.chaos.ChaosResult;
import org.opsreport.findings.Findings;
import org.opsreport.forecast.IntervalsHeld;
import org.opsreport.forecast.SeriesForecast;
import org.opsreport.freshness.Freshness;
import org.opsreport.hpa.HpaSection;
import org.opsreport.incident.IncidentReport;
import org.opsreport.dashboard.SreDashboard;
import org.opsreport.overview.CoverageSection;
import org.opsreport.overview.IngestSummary;
import org.opsreport.overview.TodaySection;
import org.opsreport.scaling.PerformanceReport;
import org.opsreport.scaling.ScalingReport;
import org.opsreport.slo.ObjectiveResult;
import org.opsreport.store.ReportSections;
import org.opsreport.summary.Summary;

/**
 * The whole report of one date: every section as the record its feature produced, read back from the
 * store as that type ({@link #load}). report.json is this record serialized; the views of report.html,
 * report.md, the mail and the charts are built from it. A section the night did not produce is
 * {@code null} (and absent from report.json); the section order is {@link ReportSections#ORDER}.
 * {@code intervalCalibration} (how the last nights' intervals held, {@link IntervalsHeld}) has no page
 * section of its own: the forecasts section shows it; a day stored before it existed has none (null).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportModel(LocalDate reportDate, Instant generatedAt, Summary summary, Freshness freshness,
		Findings findings, TodaySection today,
		List<ObjectiveResult> slos, List<SeriesForecast> forecasts, IntervalsHeld intervalCalibration, ScalingReport scaling, HpaSection hpa,
		PerformanceReport performance,
		IncidentReport incidents, List<ChaosResult> chaos, SreDashboard dashboard, CoverageSection coverage,
		IngestSummary ingest) {

	/** Reads every section of {@code date} into its record; {@code generatedAt} is the rendering time. */
	public static ReportModel load(ReportSections sections, LocalDate date, Instant generatedAt) {
		return new ReportModel(date, generatedAt, sections.load(date, "summary", Summary.class).orElse(null),
				sections.load(date, "freshness", Freshness.class).orElse(null),
				sections.load(date, "findings", Findings.class).orElse(null),
				sections.load(date, "today", TodaySection.class).orElse(null),
				sections.loadList(date, "slos", ObjectiveResult.class).orElse(null),
				sections.loadList(date, "forecasts", SeriesForecast.class).orElse(null),
				sections.load(date, "intervalCalibration", IntervalsHeld.class).orElse(null),
				sections.load(date, "scaling", ScalingReport.class).orElse(null),
				sections.load(date, "hpa", HpaSection.class).orElse(null),
				sections.load(date, "performance", PerformanceReport.class).orElse(null),
				sections.load(date, "incidents", IncidentReport.class).orElse(null),
				sections.loadList(date, "chaos", ChaosResult.class).orElse(null),
				sections.load(date, "dashboard", SreDashboard.class).orElse(null),
				sections.load(date, "coverage", CoverageSection.class).orElse(null),
				sections.load(date, "ingest", IngestSummary.class).orElse(null));
	}

	/** The names of the sections this model holds, in report order (each has html/NAME.ftlh and md/NAME.ftl). */
	@JsonIgnore
	public List<String> sectionNames() {
		List<String> names = new ArrayList<>();
		Object[] values = { summary, freshness, findings, today, slos, forecasts, scaling, hpa, performance, incidents, chaos, dashboard, coverage,
				ingest };
		String[] order = { "summary", "freshness", "findings", "today", "slos", "forecasts", "scaling", "hpa", "performance", "incidents", "chaos",
				"dashboard", "coverage", "ingest" };
		for (int i = 0; i < order.length; i++) {
			if (values[i] != null) {
				names.add(order[i]);
			}
		}
		return names;
	}

	/** Whether the date has any stored section. */
	@JsonIgnore
	public boolean isEmpty() {
		return sectionNames().isEmpty();
	}

}
