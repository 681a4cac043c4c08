package org.opsreport.report.chart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.opsreport.report.DeliveryFixture;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class ReportChartsTest {

	@Test
	void drawsAChartForEverySeriesWithDataAndNoneForTheOthers() {
		var charts = ReportCharts.draw(DeliveryFixture.document());
		// cart-availability has an empty burndown, search cpu_utilization has no chart data
		assertThat(charts).extracting(ChartImage::name)
			.containsExactly("burndown-checkout-availability.png", "burndown-search-latency.png",
					"forecast-checkout-request-rate.png", "scaling-checkout.png", "incidents-per-week.png");
		assertThat(charts).extracting(ChartImage::section)
			.containsExactly("slos", "slos", "forecasts", "scaling", "incidents");
		assertThat(charts.get(0).file()).isEqualTo("charts/burndown-checkout-availability.png");
		assertThat(charts.get(0).title()).contains("checkout-availability");
	}

	@Test
	void everyChartIsAPngOfTheFixedSize() throws IOException {
		for (ChartImage chart : ReportCharts.draw(DeliveryFixture.document())) {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
			assertThat(image).as(chart.name()).isNotNull();
			assertThat(image.getWidth()).isEqualTo(ChartStyle.WIDTH);
			assertThat(image.getHeight()).isEqualTo(ChartStyle.HEIGHT);
			assertThat(chart.png().length).as(chart.name()).isLessThan(200_000);
		}
	}

	@Test
	void theSameDataGivesTheSameBytes() {
		var first = ReportCharts.draw(DeliveryFixture.document());
		var second = ReportCharts.draw(DeliveryFixture.document());
		assertThat(second).hasSameSizeAs(first);
		for (int i = 0; i < first.size(); i++) {
			assertThat(second.get(i).png()).as(first.get(i).name()).isEqualTo(first.get(i).png());
		}
	}

	@Test
	void missingSectionsOrFieldsMeanNoChart() {
		JsonMapper json = JsonMapper.builder().build();
		assertThat(ReportCharts.draw(json.createObjectNode())).isEmpty();
		ObjectNode partial = (ObjectNode) DeliveryFixture.document();
		((ObjectNode) partial.get("incidents")).remove("weeklyCounts");
		partial.remove("forecasts");
		((ObjectNode) partial.get("scaling")).putArray("comparison");
		for (JsonNode slo : partial.get("slos")) {
			((ObjectNode) slo).putNull("burndown");
		}
		assertThat(ReportCharts.draw(partial)).isEmpty();
		// a forecasts object holding its series, and points without any value
		ObjectNode wrapped = json.createObjectNode();
		wrapped.putObject("forecasts").set("series", DeliveryFixture.document().get("forecasts"));
		assertThat(ReportCharts.draw(wrapped)).extracting(ChartImage::name).containsExactly("forecast-checkout-request-rate.png");
		// the flat shape: one timestamp list for actuals, forecast and bounds
		ObjectNode flat = json.createObjectNode();
		ObjectNode chart = flat.putArray("forecasts").addObject().put("service", "a").put("metric", "m").putObject("chart");
		chart.putArray("timestamps").add("2026-11-24T00:00:00Z").add("2026-11-24T01:00:00Z");
		chart.putArray("actual").add(1.0).addNull();
		chart.putArray("forecast").add(1.5).add(2.0);
		chart.putArray("lower80").add(1.0).add(1.5);
		chart.putArray("upper80").add(2.0).add(2.5);
		assertThat(ReportCharts.draw(flat)).extracting(ChartImage::name).containsExactly("forecast-a-m.png");
		ObjectNode empty = json.createObjectNode();
		empty.putArray("slos").addObject().put("name", "x").putArray("burndown").addObject().put("date", "2026-11-01").putNull("budgetRemainingPercent");
		assertThat(ReportCharts.draw(empty)).isEmpty();
	}

	@Test
	void slugsAreFileNameSafe() {
		assertThat(ReportCharts.slug("Checkout / Availability 99.9%")).isEqualTo("checkout-availability-99-9");
		assertThat(ReportCharts.slug(null)).isEqualTo("unnamed");
		assertThat(ReportCharts.slug("../..")).isEqualTo("unnamed");
	}

}
