package org.opsreport.report.chart;

import java.awt.Color;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.opsreport.report.Json;

import tools.jackson.databind.JsonNode;

/**
 * Draws the report's charts from the report document (report.json's content): a pure function of
 * the stored sections. A chart is drawn only when its data is there; a missing section, field or
 * series means no chart, never an error.
 * <ul>
 * <li>{@code slos[].burndown}: error budget remaining (%) per objective over its window;</li>
 * <li>{@code forecasts[].chart} (key series): actuals against the forecast with its 80% and 95%
 * intervals;</li>
 * <li>{@code scaling.comparison[]}: load against the instances of each replayed variant, per
 * service;</li>
 * <li>{@code hpa.services[]}: load against the HPA's replicas, the recorded count and the policy replay
 * ({@link HpaChart});</li>
 * <li>{@code incidents.weeklyCounts}: incidents per week, stacked by severity.</li>
 * </ul>
 */
public final class ReportCharts {

	private ReportCharts() {
	}

	/** Every chart the document has data for, in report order. */
	public static List<ChartImage> draw(JsonNode document) {
		List<ChartImage> charts = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (JsonNode slo : Json.array(document.get("slos"))) {
			JFreeChart chart = burndown(slo);
			if (chart != null) {
				String id = Json.text(slo, "name");
				add(charts, names, "burndown-" + slug(id == null ? Json.text(slo, "service") : id), chart, "slos",
						(id == null ? "" : id) + "/" + (Json.text(slo, "objective") == null ? "" : Json.text(slo, "objective")));
			}
		}
		for (JsonNode series : forecastEntries(document.get("forecasts"))) {
			JFreeChart chart = forecast(series);
			if (chart != null) {
				add(charts, names, "forecast-" + slug(Json.text(series, "service")) + "-" + slug(Json.text(series, "metric")),
						chart, "forecasts", Json.text(series, "service") + "/" + Json.text(series, "metric"));
			}
		}
		JsonNode scaling = document.get("scaling");
		for (JsonNode comparison : Json.array(scaling == null ? null : scaling.get("comparison"))) {
			JFreeChart chart = scaling(comparison);
			if (chart != null) {
				add(charts, names, "scaling-" + slug(Json.text(comparison, "service")), chart, "scaling",
						String.valueOf(Json.text(comparison, "service")));
			}
		}
		JsonNode hpa = document.get("hpa");
		for (JsonNode comparison : Json.array(hpa == null ? null : hpa.get("services"))) {
			JFreeChart chart = HpaChart.comparison(comparison);
			if (chart != null) {
				add(charts, names, "hpa-" + slug(Json.text(comparison, "service")), chart, "hpa",
						String.valueOf(Json.text(comparison, "service")));
			}
		}
		JsonNode incidents = document.get("incidents");
		JFreeChart weekly = incidentsPerWeek(incidents == null ? null : incidents.get("weeklyCounts"));
		if (weekly != null) {
			add(charts, names, "incidents-per-week", weekly, "incidents", "");
		}
		return charts;
	}

	private static void add(List<ChartImage> charts, Set<String> names, String base, JFreeChart chart, String section,
			String subject) {
		String name = base;
		for (int n = 2; !names.add(name); n++) {
			name = base + "-" + n;
		}
		charts.add(new ChartImage(name + ".png", chart.getTitle().getText(), section, subject,
				ChartStyle.png(ChartStyle.apply(chart))));
	}

	/** A file-name-safe form: lower case letters, digits and single dashes. */
	static String slug(String text) {
		if (text == null || text.isBlank()) {
			return "unnamed";
		}
		String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return slug.isEmpty() ? "unnamed" : slug;
	}

	static JFreeChart burndown(JsonNode slo) {
		XYSeries remaining = new XYSeries("budget remaining (%)", true, false);
		for (JsonNode point : Json.array(slo.get("burndown"))) {
			Instant at = Json.instant(point, "at", "date");
			Double value = Json.number(point, "budgetRemainingPercent");
			if (at != null && value != null) {
				remaining.addOrUpdate((double) at.toEpochMilli(), (double) value);
			}
		}
		if (remaining.isEmpty()) {
			return null;
		}
		String name = Json.text(slo, "name");
		String objective = Json.text(slo, "objective");
		String title = "Error budget burndown: " + (name == null ? "SLO" : name) + (objective == null ? "" : " (" + objective + ")");
		NumberAxis range = new NumberAxis("budget remaining (%)");
		range.setAutoRangeIncludesZero(true);
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, remaining.getItemCount() <= 40);
		renderer.setSeriesPaint(0, ChartStyle.BLUE);
		renderer.setSeriesStroke(0, ChartStyle.LINE);
		XYPlot plot = new XYPlot(new XYSeriesCollection(remaining), ChartStyle.timeAxis("date (UTC)"), range, renderer);
		ValueMarker zero = new ValueMarker(0, ChartStyle.RED, ChartStyle.THIN);
		plot.addRangeMarker(zero);
		return new JFreeChart(title, ChartStyle.TITLE, plot, false);
	}

	/** The forecasts section's series: an array, or an object holding one ({@code series}, ...). */
	static List<JsonNode> forecastEntries(JsonNode forecasts) {
		if (forecasts == null) {
			return List.of();
		}
		if (forecasts.isArray()) {
			return Json.array(forecasts);
		}
		for (String name : List.of("series", "forecasts", "items", "keySeries")) {
			if (forecasts.has(name) && forecasts.get(name).isArray()) {
				return Json.array(forecasts.get(name));
			}
		}
		return List.of();
	}

	/**
	 * Two shapes are read: the forecast feature's {@code chart {actual {timestamps, values}, previous
	 * band, forecast band}} (a band: timestamps, forecast, lower80, upper80, lower95, upper95; previous =
	 * yesterday's forecast of the report day, drawn against its actuals), and a flat {@code chart
	 * {timestamps, actual, forecast, lower80, ...}}.
	 */
	static JFreeChart forecast(JsonNode series) {
		JsonNode chart = Json.field(series, "chart");
		if (chart == null || !chart.isObject()) {
			return null;
		}
		List<JsonNode> bands = new ArrayList<>();
		XYSeries actual;
		JsonNode actualNode = Json.field(chart, "actual", "actuals");
		if (Json.field(chart, "timestamps") != null) {
			bands.add(chart);
			actual = line("actual", chart, times(chart), "actual", "actuals");
		}
		else {
			for (String name : List.of("previous", "forecast")) {
				JsonNode band = Json.field(chart, name);
				if (band != null && band.isObject()) {
					bands.add(band);
				}
			}
			actual = actualNode != null && actualNode.isObject()
					? line("actual", actualNode, times(actualNode), "values", "value") : null;
		}
		YIntervalSeries band95 = new YIntervalSeries("95% interval");
		YIntervalSeries band80 = new YIntervalSeries("80% interval");
		XYSeries forecast = new XYSeries("forecast", true, false);
		for (JsonNode band : bands) {
			List<Instant> times = times(band);
			List<JsonNode> mean = Json.array(Json.field(band, "forecast", "predicted", "mean"));
			List<JsonNode> lo80 = Json.array(Json.field(band, "lower80"));
			List<JsonNode> hi80 = Json.array(Json.field(band, "upper80"));
			List<JsonNode> lo95 = Json.array(Json.field(band, "lower95"));
			List<JsonNode> hi95 = Json.array(Json.field(band, "upper95"));
			for (int i = 0; i < Math.min(times.size(), mean.size()); i++) {
				Double y = Json.number(mean.get(i));
				if (times.get(i) == null || y == null) {
					continue;
				}
				long x = times.get(i).toEpochMilli();
				forecast.addOrUpdate((double) x, (double) y);
				Double l80 = at(lo80, i);
				Double u80 = at(hi80, i);
				Double l95 = at(lo95, i);
				Double u95 = at(hi95, i);
				if (l95 != null && u95 != null) {
					band95.add(x, y, l95, u95);
				}
				if (l80 != null && u80 != null) {
					band80.add(x, y, l80, u80);
				}
			}
		}
		if (forecast.isEmpty()) {
			return null;
		}
		String title = "Forecast: " + Json.text(series, "service") + " " + Json.text(series, "metric")
				+ (Json.text(series, "model") == null ? "" : " (" + Json.text(series, "model") + ")");
		NumberAxis range = new NumberAxis(Json.text(series, "metric"));
		range.setAutoRangeIncludesZero(false);
		XYPlot plot = new XYPlot();
		plot.setDomainAxis(ChartStyle.timeAxis("time (UTC)"));
		plot.setRangeAxis(range);
		// datasets drawn last-index first: bands under the lines
		int index = 0;
		XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
		XYSeriesCollection lineData = new XYSeriesCollection();
		lineData.addSeries(forecast);
		lines.setSeriesPaint(0, ChartStyle.BLUE);
		lines.setSeriesStroke(0, ChartStyle.LINE);
		if (actual != null) {
			lineData.addSeries(actual);
			lines.setSeriesPaint(1, ChartStyle.GREY);
			lines.setSeriesStroke(1, ChartStyle.THIN);
		}
		plot.setDataset(index, lineData);
		plot.setRenderer(index++, lines);
		if (!band80.isEmpty()) {
			YIntervalSeriesCollection data = new YIntervalSeriesCollection();
			data.addSeries(band80);
			plot.setDataset(index, data);
			plot.setRenderer(index++, band(new Color(0x09, 0x69, 0xDA, 90)));
		}
		if (!band95.isEmpty()) {
			YIntervalSeriesCollection data = new YIntervalSeriesCollection();
			data.addSeries(band95);
			plot.setDataset(index, data);
			plot.setRenderer(index, band(new Color(0x09, 0x69, 0xDA, 40)));
		}
		plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
		return new JFreeChart(title, ChartStyle.TITLE, plot, true);
	}

	private static List<Instant> times(JsonNode node) {
		List<Instant> times = new ArrayList<>();
		for (JsonNode t : Json.array(Json.field(node, "timestamps", "times", "time"))) {
			times.add(Json.instant(t));
		}
		return times;
	}

	private static DeviationRenderer band(Color fill) {
		DeviationRenderer renderer = new DeviationRenderer(false, false);
		renderer.setSeriesFillPaint(0, fill);
		// the legend swatch shows the band's colour; no line is drawn (lines and shapes off)
		renderer.setSeriesPaint(0, fill);
		renderer.setSeriesShape(0, new java.awt.Rectangle(-5, -5, 10, 10));
		renderer.setDefaultShapesVisible(false);
		renderer.setLegendShape(0, new java.awt.Rectangle(-5, -5, 10, 10));
		renderer.setAlpha(1.0f);
		return renderer;
	}

	/** Values of {@code names} in {@code chart}: numbers aligned with {@code times}, or {timestamp, value} objects. */
	private static XYSeries line(String key, JsonNode chart, List<Instant> times, String... names) {
		XYSeries series = new XYSeries(key, true, false);
		List<JsonNode> values = Json.array(Json.field(chart, names));
		for (int i = 0; i < values.size(); i++) {
			JsonNode v = values.get(i);
			Instant t;
			Double y;
			if (v.isObject()) {
				t = Json.instant(v, "timestamp", "at", "time");
				y = Json.number(v, "value", "actual");
			}
			else {
				t = i < times.size() ? times.get(i) : null;
				y = Json.number(v);
			}
			if (t != null && y != null) {
				series.addOrUpdate((double) t.toEpochMilli(), (double) y);
			}
		}
		return series.isEmpty() ? null : series;
	}

	private static Double at(List<JsonNode> values, int i) {
		return i < values.size() ? Json.number(values.get(i)) : null;
	}

	static JFreeChart scaling(JsonNode comparison) {
		List<JsonNode> times = Json.array(comparison.get("timestamps"));
		if (times.isEmpty()) {
			return null;
		}
		List<Instant> instants = times.stream().map(Json::instant).toList();
		XYSeriesCollection instances = new XYSeriesCollection();
		for (JsonNode variant : Json.array(comparison.get("variants"))) {
			XYSeries counts = line(Json.text(variant, "variant") == null ? "variant" : Json.text(variant, "variant"),
					variant, instants, "instances");
			if (counts != null && instances.getSeriesIndex(counts.getKey()) < 0) {
				instances.addSeries(counts);
			}
		}
		XYSeries load = line("load (CPU % x instances)", comparison, instants, "load");
		if (instances.getSeriesCount() == 0 && load == null) {
			return null;
		}
		String service = Json.text(comparison, "service");
		String recommended = Json.text(comparison, "recommendedVariant");
		String title = "Scaling replay: " + service + (recommended == null ? "" : " (recommended: " + recommended + ")");
		NumberAxis instanceAxis = new NumberAxis("instances");
		instanceAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		instanceAxis.setAutoRangeIncludesZero(true);
		XYPlot plot = new XYPlot();
		plot.setDomainAxis(ChartStyle.timeAxis("time (UTC)"));
		plot.setRangeAxis(0, instanceAxis);
		XYStepRenderer steps = new XYStepRenderer();
		for (int i = 0; i < instances.getSeriesCount(); i++) {
			steps.setSeriesPaint(i, ChartStyle.SERIES[i % ChartStyle.SERIES.length]);
			steps.setSeriesStroke(i, i == 0 ? ChartStyle.LINE : ChartStyle.THIN);
		}
		plot.setDataset(0, instances);
		plot.setRenderer(0, steps);
		if (load != null) {
			NumberAxis loadAxis = new NumberAxis("load (CPU % x instances)");
			loadAxis.setAutoRangeIncludesZero(true);
			plot.setRangeAxis(1, loadAxis);
			XYSeriesCollection loadData = new XYSeriesCollection(load);
			plot.setDataset(1, loadData);
			plot.mapDatasetToRangeAxis(1, 1);
			XYLineAndShapeRenderer loadLine = new XYLineAndShapeRenderer(true, false);
			loadLine.setSeriesPaint(0, new Color(0xBC, 0x4C, 0x00, 160));
			loadLine.setSeriesStroke(0, ChartStyle.THIN);
			plot.setRenderer(1, loadLine);
		}
		return new JFreeChart(title, ChartStyle.TITLE, plot, true);
	}

	static JFreeChart incidentsPerWeek(JsonNode weeklyCounts) {
		List<JsonNode> weeks = Json.array(weeklyCounts);
		if (weeks.isEmpty()) {
			return null;
		}
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		String[] severities = { "sev1", "sev2", "sev3", "sev4" };
		for (JsonNode week : weeks) {
			String start = Json.text(week, "weekStart", "week", "from");
			if (start == null) {
				continue;
			}
			for (String severity : severities) {
				Double count = Json.number(week, severity);
				data.addValue(count == null ? 0 : count, severity.toUpperCase(Locale.ROOT), start);
			}
		}
		if (data.getColumnCount() == 0) {
			return null;
		}
		CategoryAxis weekAxis = new CategoryAxis("week starting");
		if (data.getColumnCount() > 6) {
			weekAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		}
		NumberAxis countAxis = new NumberAxis("incidents");
		countAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		StackedBarRenderer renderer = new StackedBarRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		Color[] colors = { new Color(0x82, 0x07, 0x1E), ChartStyle.RED, ChartStyle.AMBER, ChartStyle.GREY };
		for (int i = 0; i < colors.length; i++) {
			renderer.setSeriesPaint(i, colors[i]);
		}
		CategoryPlot plot = new CategoryPlot(data, weekAxis, countAxis, renderer);
		plot.setOrientation(PlotOrientation.VERTICAL);
		return new JFreeChart("Incidents per week by severity", ChartStyle.TITLE, plot, true);
	}

}
