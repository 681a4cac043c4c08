package org.opsreport.summary;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opsreport.health.Health;
import org.opsreport.incident.IncidentReport;
import org.opsreport.incident.Severity;
import org.opsreport.report.DeliveryFixture;
import org.opsreport.report.ReportModel;
import org.opsreport.summary.Summary.ServiceLine;

import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryBuilderTest {

	/** The summary of a typed report model (as the summary step builds it from the stored records). */
	static Summary build(ReportModel model) {
		return SummaryBuilder.build(model.slos(), model.incidents(), model.scaling(), model.performance(), model.dashboard());
	}

	@Test
	void summarizesEachServiceWorstFirst() {
		Summary summary = build(DeliveryFixture.model());
		assertThat(summary.headline().status()).isEqualTo(Health.RED);
		assertThat(summary.headline().text()).isEqualTo("checkout red; 3 SLOs: 1 red, 1 amber; 1 open incident (SEV2)");
		assertThat(summary.headline().services()).containsExactly("checkout");
		assertThat(summary.sloCounts()).isEqualTo(new Summary.SloCounts(1, 1, 1, 0));
		assertThat(summary.openIncidents()).isEqualTo(1);
		assertThat(summary.incidentWindowDays()).isEqualTo(30);
		assertThat(summary.services()).extracting(ServiceLine::service).containsExactly("checkout", "cart", "search");
		ServiceLine checkout = summary.services().get(0);
		assertThat(checkout.status()).isEqualTo(Health.RED);
		assertThat(checkout.worstObjective()).isEqualTo("checkout-availability");
		assertThat(checkout.budgetRemainingPercent()).isEqualTo(-12.5);
		assertThat(checkout.openIncidents()).isEqualTo(1);
		assertThat(checkout.incidentsInWindow()).isEqualTo(4);
		// fixture hour 14: load 329.9 -> ceil(329.9/55) + 2 = 8 needed, ceil(329.9/50) = 7 today
		assertThat(checkout.capacityAction()).isEqualTo("scale_up");
		assertThat(checkout.capacityDetail()).isEqualTo("up to 8 instances at 14:00 UTC (7 in that hour today)");
		ServiceLine search = summary.services().get(2);
		assertThat(search.status()).isEqualTo(Health.GREEN);
		assertThat(search.capacityAction()).isEqualTo("scale_down");
		assertThat(search.capacityDetail()).isEqualTo("24 hours need fewer instances; peak need 2 (today's peak 3)");
		ServiceLine cart = summary.services().get(1);
		assertThat(cart.incidentsInWindow()).isZero();
		assertThat(cart.capacityAction()).isNull();
	}

	@Test
	void ranksRecommendationsByImpact() {
		Summary summary = build(DeliveryFixture.model());
		// one recommendation per cause: the objective's page-level burn leads, its exhausted budget is folded in
		assertThat(summary.recommendations()).extracting(Summary.Recommendation::impact)
			.containsExactly("page_burn", "postmortem_missing", "bottleneck_high");
		assertThat(summary.recommendations().get(0).message())
			.startsWith("checkout-availability is burning its error budget at 16.2x (page alert burn_rate_page_1h firing): act now. Also: ")
			.contains("error budget");
		// the SLO finding and the incident report name the same incident: one entry, with its severity
		assertThat(summary.recommendations().get(1).message())
			.isEqualTo("Write the postmortem of SEV1 INC-7 (Payment provider timeout), resolved 2026-11-21.");
		// page (+ exhausted), postmortem, bottleneck high, scale-up, savings, bottleneck medium, scaling advice, dashboard advice
		assertThat(summary.recommendationsConsidered()).isEqualTo(8);
	}

	@Test
	void withoutReliabilityProblemsSavingsAndBottlenecksComeFirst() {
		ObjectNode document = (ObjectNode) DeliveryFixture.document();
		document.remove("slos");
		((ObjectNode) document.get("incidents")).putArray("missingPostmortems");
		((ObjectNode) document.get("incidents")).putArray("open");
		ReportModel model = DeliveryFixture.model(document);
		var candidates = SummaryBuilder.candidates(List.of(), model.incidents(), model.scaling(), model.performance(),
				model.dashboard());
		assertThat(candidates).extracting(SummaryBuilder.Candidate::impact)
			.containsExactly(Impact.BOTTLENECK_HIGH, Impact.CAPACITY_SCALE_UP, Impact.SCALING_SAVINGS, Impact.BOTTLENECK_MEDIUM,
					Impact.SCALING_ADVICE,
					Impact.DASHBOARD_ADVICE);
		Summary summary = build(model);
		assertThat(summary.headline().status()).isEqualTo(Health.GREEN);
		assertThat(summary.headline().text()).isEqualTo("no SLO results; no open incident");
		assertThat(summary.recommendations().get(0).message())
			.isEqualTo("search: High response time: 812ms p95 for up to 1 h 35 min in a row; Add caching.");
		assertThat(summary.recommendations().get(1).impact()).isEqualTo("capacity_scale_up");
		assertThat(summary.recommendations().get(2).message()).isEqualTo(
				"checkout: the predictive policy would have cost 2.38 less on the report date (16.05 instead of 18.43) without more under-provisioned minutes.");
	}

	@Test
	void theHeadlineNamesTheWorstServiceItsOwnerAndTheFirstAction() {
		ReportModel model = DeliveryFixture.model();
		Summary summary = SummaryBuilder.build(model.slos(), model.incidents(), model.scaling(), model.performance(),
				model.dashboard(), service -> java.util.Map.of("checkout", "payments-platform", "cart", "storefront").get(service));
		assertThat(summary.headline().services()).containsExactly("checkout");
		assertThat(summary.headline().owner()).isEqualTo("payments-platform");
		assertThat(summary.headline().action()).isEqualTo(summary.recommendations().get(0).message());
		assertThat(summary.recommendations().get(0).owner()).isEqualTo("payments-platform");
		assertThat(summary.services()).filteredOn(s -> s.service().equals("cart"))
			.singleElement()
			.extracting(Summary.ServiceLine::owner)
			.isEqualTo("storefront");
		assertThat(summary.services()).filteredOn(s -> s.service().equals("search"))
			.singleElement()
			.extracting(Summary.ServiceLine::owner)
			.isNull();
	}

	@Test
	void aServiceThatRanHotIsNotToldToScaleDownByTheFindingsRuleOnly() {
		ReportModel model = DeliveryFixture.model();
		// checkout has a CPU bottleneck in the fixture; turn its plan into a scale-down
		var scaling = model.scaling();
		var plan = scaling.capacityPlan()
			.stream()
			.map(e -> e.service().equals("checkout") ? new org.opsreport.scaling.CapacityPlanEntry(e.service(), e.hour(),
					e.upper80Load(), 1, 3, "scale_down") : e)
			.toList();
		var down = withPlan(scaling, plan);
		// the findings section decides (one capacity rule); the summary shows what it decided
		var findings = org.opsreport.findings.FindingsBuilder.build(List.of(), java.util.Map.of(), List.of(), List.of(),
				List.of(new org.opsreport.findings.FindingsBuilder.HotCpu("checkout", "High CPU utilization at 91.0%", 40,
						"scale_down")));
		Summary summary = SummaryBuilder.build(model.slos(), model.incidents(), down, model.performance(), model.dashboard(),
				findings, null, service -> null);
		Summary.ServiceLine checkout = summary.services().stream().filter(s -> s.service().equals("checkout")).findFirst().orElseThrow();
		assertThat(checkout.capacityAction()).isEqualTo("keep");
		assertThat(checkout.capacityDetail()).isEqualTo("do not scale down: CPU ran hot (High CPU utilization at 91.0%, up to "
				+ "40 min in a row); the plan reads the forecast's upper bound, which a service held back by its CPU under-states.");
		// search has no CPU bottleneck: its scale-down stands
		assertThat(summary.services()).filteredOn(s -> s.service().equals("search"))
			.singleElement()
			.extracting(Summary.ServiceLine::capacityAction)
			.isEqualTo("scale_down");
		// without the findings section the summary does not decide on its own: the plan's action is shown
		Summary plain = SummaryBuilder.build(model.slos(), model.incidents(), down, model.performance(), model.dashboard());
		assertThat(plain.services()).filteredOn(s -> s.service().equals("checkout"))
			.singleElement()
			.extracting(Summary.ServiceLine::capacityAction)
			.isEqualTo("scale_down");
	}

	static org.opsreport.scaling.ScalingReport withPlan(org.opsreport.scaling.ScalingReport s,
			List<org.opsreport.scaling.CapacityPlanEntry> plan) {
		return new org.opsreport.scaling.ScalingReport(s.statistics(), s.services(), s.policies(), s.events(),
				s.recommendations(), s.flapping(), s.comparison(), plan, s.forecasts(), s.notes(), s.flappingRuns(), s.basis());
	}

	@Test
	void aGreenDayNamesNoService() {
		Summary summary = SummaryBuilder.build(
				List.of(org.opsreport.slo.ObjectiveResults.of("a", "a", "99%", 0.99, 0.999, 90.0, 0.1, Health.GREEN)), null,
				null, null, null);
		assertThat(summary.headline().status()).isEqualTo(Health.GREEN);
		assertThat(summary.headline().services()).isEmpty();
		assertThat(summary.headline().text()).isEqualTo("all 1 SLOs green; no incident results");
	}

	@Test
	void anEmptyReportIsUnknownNotGreen() {
		Summary summary = SummaryBuilder.build(null, null, null, null, null);
		assertThat(summary.headline().status()).isEqualTo(Health.UNKNOWN);
		assertThat(summary.services()).isEmpty();
		assertThat(summary.recommendations()).isEmpty();
		assertThat(summary.incidentWindowDays()).isNull();
	}

	@Test
	void anOpenSev1MakesTheDayAndItsServiceRed() {
		ObjectNode document = (ObjectNode) DeliveryFixture.document();
		ReportModel model = DeliveryFixture.model(document);
		IncidentReport incidents = model.incidents();
		IncidentReport.OpenIncident open = incidents.open().get(0);
		IncidentReport.OpenIncident sev1 = new IncidentReport.OpenIncident("INC-1", "down", Severity.SEV1, List.of("a"),
				open.detectedAt(), open.openMinutes(), open.acknowledged(), open.plan(), open.currentStep(),
				open.minutesPastCurrentStep(), open.nextStep(), open.minutesUntilNextStep(), open.overdue());
		IncidentReport withSev1 = new IncidentReport(incidents.window(), incidents.total(), incidents.overall(),
				incidents.bySeverity(), java.util.Map.of(), List.of(sev1),
				incidents.estimatedVsActualMttr(), List.of(), incidents.postmortems(), incidents.actionItems(),
				incidents.recurringCauses(), incidents.classificationDisagreements(), incidents.incidentsLastDays(),
				incidents.previous(), incidents.weeklyCounts());
		Summary summary = SummaryBuilder.build(null, withSev1, null, null, null);
		assertThat(summary.headline().status()).isEqualTo(Health.RED);
		assertThat(summary.services()).singleElement().satisfies(s -> {
			assertThat(s.status()).isEqualTo(Health.RED);
			assertThat(s.openIncidents()).isEqualTo(1);
		});
	}

	@Test
	void anOpenIncidentMakesAGreenServiceAmber() {
		ReportModel model = DeliveryFixture.model();
		Summary summary = build(model);
		// checkout: red objective and an open SEV2; search: green objective, nothing open
		assertThat(summary.services()).filteredOn(s -> s.service().equals("search"))
			.singleElement()
			.extracting(Summary.ServiceLine::status)
			.isEqualTo(Health.GREEN);
	}

}
