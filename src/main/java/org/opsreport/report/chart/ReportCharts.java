package org.opsreport.report.chart;

import java.awt.Color;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.opsreport.forecast.SeriesForecast;
import org.opsreport.hpa.HpaComparison;
import org.opsreport.incident.IncidentReport;
import org.opsreport.report.ReportModel;
import org.opsreport.scaling.ServiceComparison;
import org.opsreport.scaling.VariantOutcome;
import org.opsreport.slo.BurndownPoint;
import org.opsreport.slo.ObjectiveResult;


/**
 * Draws the report's charts from the typed report model: a pure function of the stored sections. A
 * chart is drawn only when its data is there; a missing section or an empty series means no chart.
 * <ul>
 * <li>{@code slos[].burndown}: error budget remaining (%) per objective over its window, only for an
 * objective that burned budget (a line flat at 100% is not drawn);</li>
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

	/** Every chart the report model has data for, in report order. */
	public static List<ChartImage> draw(ReportModel model) {
		List<ChartImage> charts = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (ObjectiveResult slo : model.slos() == null ? List.<ObjectiveResult>of() : model.slos()) {
			JFreeChart chart = burndown(slo);
			if (chart != null) {
				add(charts, names, "burndown-" + slug(slo.name()), chart, "slos", slo.name() + "/" + slo.objective());
			}
		}
		for (SeriesForecast series : model.forecasts() == null ? List.<SeriesForecast>of() : model.forecasts()) {
			JFreeChart chart = forecast(series);
			if (chart != null) {
				add(charts, names, "forecast-" + slug(series.service()) + "-" + slug(series.metric()), chart, "forecasts",
						series.service() + "/" + series.metric());
			}
		}
		for (ServiceComparison comparison : model.scaling() == null ? List.<ServiceComparison>of()
				: model.scaling().comparison()) {
			JFreeChart chart = scaling(comparison);
			if (chart != null) {
				add(charts, names, "scaling-" + slug(comparison.service()), chart, "scaling", comparison.service());
			}
		}
		for (HpaComparison comparison : model.hpa() == null ? List.<HpaComparison>of() : model.hpa().services()) {
			JFreeChart chart = HpaChart.comparison(comparison);
			if (chart != null) {
				add(charts, names, "hpa-" + slug(comparison.service()), chart, "hpa", comparison.service());
			}
		}
		JFreeChart weekly = model.incidents() == null ? null : incidentsPerWeek(model.incidents().weeklyCounts());
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

	static JFreeChart burndown(ObjectiveResult slo) {
		XYSeries remaining = new XYSeries("budget remaining (%)", true, false);
		for (BurndownPoint point : slo.burndown()) {
			Instant at = point.at() != null ? point.at() : point.date().atStartOfDay(ZoneOffset.UTC).toInstant();
			if (point.budgetRemainingPercent() != null) {
				remaining.addOrUpdate((double) at.toEpochMilli(), (double) point.budgetRemainingPercent());
			}
		}
		// a line flat at 100% tells nothing: no chart for an objective that never burned in its window
		if (remaining.isEmpty() || remaining.getMinY() >= 100 - 1e-9) {
			return null;
		}
		String title = "Error budget burndown: " + slo.name() + " (" + slo.objective() + ")";
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

	/**
	 * The recorded values of the report date and the day before against the previous night's forecast of
	 * the report date and this night's forecast, each with its 80% and 95% intervals.
	 */
	static JFreeChart forecast(SeriesForecast series) {
		SeriesForecast.Chart chart = series.chart();
		if (chart == null) {
			return null;
		}
		List<SeriesForecast.Band> bands = new ArrayList<>();
		for (SeriesForecast.Band band : java.util.Arrays.asList(chart.previous(), chart.forecast())) {
			if (band != null) {
				bands.add(band);
			}
		}
		XYSeries actual = chart.actual() == null ? null
				: line("actual", chart.actual().timestamps(), chart.actual().values());
		YIntervalSeries band95 = new YIntervalSeries("95% interval");
		YIntervalSeries band80 = new YIntervalSeries("80% interval");
		XYSeries forecast = new XYSeries("forecast", true, false);
		for (SeriesForecast.Band band : bands) {
			List<Instant> times = band.timestamps();
			for (int i = 0; i < Math.min(times.size(), band.forecast().size()); i++) {
				Double y = band.forecast().get(i);
				if (times.get(i) == null || y == null) {
					continue;
				}
				long x = times.get(i).toEpochMilli();
				forecast.addOrUpdate((double) x, (double) y);
				Double l80 = at(band.lower80(), i);
				Double u80 = at(band.upper80(), i);
				Double l95 = at(band.lower95(), i);
				Double u95 = at(band.upper95(), i);
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
		String title = "Forecast: " + series.service() + " " + series.metric()
				+ (series.model() == null ? "" : " (" + series.model() + ")");
		NumberAxis range = new NumberAxis(series.metric());
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

	/** A line of {@code values} at {@code times} (aligned by index; null values are gaps); null when empty. */
	private static XYSeries line(String key, List<Instant> times, List<? extends Number> values) {
		XYSeries series = new XYSeries(key, true, false);
		for (int i = 0; i < Math.min(times.size(), values.size()); i++) {
			Number y = values.get(i);
			if (times.get(i) != null && y != null) {
				series.addOrUpdate((double) times.get(i).toEpochMilli(), y.doubleValue());
			}
		}
		return series.isEmpty() ? null : series;
	}

	private static Double at(List<Double> values, int i) {
		return i < values.size() ? values.get(i) : null;
	}

	static JFreeChart scaling(ServiceComparison comparison) {
		String service = comparison.service();
		String recommended = comparison.recommendedVariant();
		return replay("Scaling replay: " + service + (recommended == null ? "" : " (recommended: " + recommended + ")"),
				comparison.timestamps(), comparison.load(),
				comparison.variants().stream().map(v -> Map.entry(v.variant(), v.instances())).toList());
	}

	/**
	 * A replay chart: each variant's instance count (steps, left axis) against the load (right axis).
	 *
	 * @param variants variant name to its count per sample
	 */
	static JFreeChart replay(String title, List<Instant> instants, List<Double> loadValues,
			List<Map.Entry<String, List<Integer>>> variants) {
		if (instants.isEmpty()) {
			return null;
		}
		XYSeriesCollection instances = new XYSeriesCollection();
		for (Map.Entry<String, List<Integer>> variant : variants) {
			XYSeries counts = line(variant.getKey(), instants, variant.getValue());
			if (counts != null && instances.getSeriesIndex(counts.getKey()) < 0) {
				instances.addSeries(counts);
			}
		}
		XYSeries load = line("load (CPU % x instances)", instants, loadValues);
		if (instances.getSeriesCount() == 0 && load == null) {
			return null;
		}
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

	static JFreeChart incidentsPerWeek(List<IncidentReport.WeekCount> weeks) {
		if (weeks == null || weeks.isEmpty()) {
			return null;
		}
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (IncidentReport.WeekCount week : weeks) {
			String start = week.weekStart().toString();
			data.addValue(week.sev1(), "SEV1", start);
			data.addValue(week.sev2(), "SEV2", start);
			data.addValue(week.sev3(), "SEV3", start);
			data.addValue(week.sev4(), "SEV4", start);
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
