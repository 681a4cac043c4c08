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
		var charts = ReportCharts.draw(DeliveryFixture.model());
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
		for (ChartImage chart : ReportCharts.draw(DeliveryFixture.model())) {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
			assertThat(image).as(chart.name()).isNotNull();
			assertThat(image.getWidth()).isEqualTo(ChartStyle.WIDTH);
			assertThat(image.getHeight()).isEqualTo(ChartStyle.HEIGHT);
			assertThat(chart.png().length).as(chart.name()).isLessThan(200_000);
		}
	}

	@Test
	void theSameDataGivesTheSameBytes() {
		var first = ReportCharts.draw(DeliveryFixture.model());
		var second = ReportCharts.draw(DeliveryFixture.model());
		assertThat(second).hasSameSizeAs(first);
		for (int i = 0; i < first.size(); i++) {
			assertThat(second.get(i).png()).as(first.get(i).name()).isEqualTo(first.get(i).png());
		}
	}

	@Test
	void missingSectionsOrEmptySeriesMeanNoChart() {
		JsonMapper json = JsonMapper.builder().build();
		assertThat(ReportCharts.draw(DeliveryFixture.model(json.createObjectNode()))).isEmpty();
		ObjectNode partial = (ObjectNode) DeliveryFixture.document();
		((ObjectNode) partial.get("incidents")).remove("weeklyCounts");
		partial.remove("forecasts");
		((ObjectNode) partial.get("scaling")).putArray("comparison");
		for (JsonNode slo : partial.get("slos")) {
			((ObjectNode) slo).putArray("burndown");
		}
		assertThat(ReportCharts.draw(DeliveryFixture.model(partial))).isEmpty();
		// burndown points without any value
		ObjectNode empty = (ObjectNode) DeliveryFixture.document();
		empty.remove("forecasts");
		empty.remove("scaling");
		empty.remove("incidents");
		for (JsonNode slo : empty.get("slos")) {
			((ObjectNode) slo).putArray("burndown").addObject().put("date", "2026-11-01").putNull("budgetRemainingPercent");
		}
		assertThat(ReportCharts.draw(DeliveryFixture.model(empty))).isEmpty();
	}

	@Test
	void anObjectiveThatNeverBurnedGetsNoBurndownChart() {
		ObjectNode flat = (ObjectNode) DeliveryFixture.document();
		for (JsonNode slo : flat.get("slos")) {
			for (JsonNode point : slo.get("burndown")) {
				((ObjectNode) point).put("budgetRemainingPercent", 100.0);
			}
		}
		assertThat(ReportCharts.draw(DeliveryFixture.model(flat))).extracting(ChartImage::section).doesNotContain("slos");
		// one point below 100% is a burn worth drawing
		((ObjectNode) flat.get("slos").get(0).get("burndown").get(0)).put("budgetRemainingPercent", 99.5);
		assertThat(ReportCharts.draw(DeliveryFixture.model(flat))).extracting(ChartImage::name)
			.contains("burndown-checkout-availability.png");
	}

	@Test
	void slugsAreFileNameSafe() {
		assertThat(ReportCharts.slug("Checkout / Availability 99.9%")).isEqualTo("checkout-availability-99-9");
		assertThat(ReportCharts.slug(null)).isEqualTo("unnamed");
		assertThat(ReportCharts.slug("../..")).isEqualTo("unnamed");
	}

}
