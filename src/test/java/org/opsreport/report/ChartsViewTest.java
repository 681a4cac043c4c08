package org.opsreport.report;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opsreport.health.Health;
import org.opsreport.slo.ObjectiveResults;

import static org.assertj.core.api.Assertions.assertThat;

/** Which chart the report shows and which its detail page. */
class ChartsViewTest {

	@Test
	void theReportShowsTheBurndownsOfObjectivesNotGreenAndTheDetailPageTheRest() {
		var red = ObjectiveResults.of("checkout-availability", "checkout", "99.9%", 0.999, 0.99, -12.5, 3.0, Health.RED);
		var green = ObjectiveResults.of("search-latency", "search", "p95 < 400 ms", 0.99, 0.999, 90.0, 0.1, Health.GREEN);
		var unknown = ObjectiveResults.of("cart-availability", "cart", "99.5%", 0.995, null, null, null, Health.UNKNOWN);
		List<ReportTemplateModel.Chart> charts = List.of(
				chart("burndown-checkout-availability.png", "slos", "checkout-availability/99.9%"),
				chart("burndown-search-latency.png", "slos", "search-latency/p95 < 400 ms"),
				chart("burndown-cart-availability.png", "slos", "cart-availability/99.5%"),
				chart("forecast-checkout-request-rate.png", "forecasts", "checkout/request_rate"),
				chart("scaling-checkout.png", "scaling", "checkout"),
				chart("hpa-checkout.png", "hpa", "checkout"),
				chart("incidents-per-week.png", "incidents", "incidents"));

		ChartsView view = ChartsView.of(charts, List.of(red, green, unknown));

		assertThat(view.inReport("slos")).extracting(ReportTemplateModel.Chart::name)
			.containsExactly("burndown-checkout-availability.png", "burndown-cart-availability.png");
		assertThat(view.inDetails("slos")).extracting(ReportTemplateModel.Chart::name)
			.containsExactly("burndown-search-latency.png");
		assertThat(view.inReport("forecasts")).isEmpty();
		assertThat(view.inDetails("forecasts")).extracting(ReportTemplateModel.Chart::name)
			.containsExactly("forecast-checkout-request-rate.png");
		assertThat(view.inReport("scaling")).isEmpty();
		assertThat(view.inDetails("scaling")).hasSize(1);
		assertThat(view.inReport("hpa")).hasSize(1);
		assertThat(view.inReport("incidents")).hasSize(1);
		assertThat(view.inDetails("incidents")).isEmpty();
		assertThat(view.inReport("chaos")).isEmpty();
	}

	@Test
	void withoutAnSloSectionEveryBurndownStaysInTheReport() {
		ChartsView view = ChartsView.of(List.of(chart("burndown-a.png", "slos", "a/x")), null);
		assertThat(view.inReport("slos")).hasSize(1);
		assertThat(view.inDetails("slos")).isEmpty();
	}

	static ReportTemplateModel.Chart chart(String name, String section, String subject) {
		return new ReportTemplateModel.Chart(name, name, "charts/" + name, section, subject);
	}

}
