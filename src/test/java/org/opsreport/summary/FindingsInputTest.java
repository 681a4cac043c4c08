package org.opsreport.summary;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opsreport.findings.Findings;
import org.opsreport.report.DeliveryFixture;
import org.opsreport.report.ReportModel;
import org.opsreport.scaling.CapacityPlanEntry;

import static org.assertj.core.api.Assertions.assertThat;

/** The summary reads report section {@code findings}: re-classification first, saturation instead of "scale down". */
class FindingsInputTest {

	@Test
	void findingsBecomeRecommendationsWithTheirOwnerAndReplaceScaleDown() {
		Findings findings = new Findings(
				List.of(new Findings.Reclassification("INC-1025", "auth failures", List.of("payments"), "SEV3", "SEV1", 152.6,
						"payments-availability", 112, true, "payments-platform", "Raise INC-1025 from SEV3 to SEV1.")),
				List.of(new Findings.Saturation("inventory", 4, 355, 96.5, 90, "scale_down", "fulfilment",
						"inventory ran 5 h 55 min at its maximum.")),
				List.of(new Findings.Owner("inventory", "fulfilment"), new Findings.Owner("payments", "payments-platform")));
		ReportModel model = DeliveryFixture.model();
		var scaling = SummaryBuilderTest.withPlan(model.scaling(), List.of(new CapacityPlanEntry("inventory",
				Instant.parse("2026-11-25T03:00:00Z"), 100, 2, 4, "scale_down")));
		Summary summary = SummaryBuilder.build(null, null, scaling, null, null, findings, null, service -> null);
		assertThat(summary.recommendations().get(0).impact()).isEqualTo("reclassify");
		assertThat(summary.recommendations().get(0).owner()).isEqualTo("payments-platform");
		assertThat(summary.recommendations().get(1).impact()).isEqualTo("saturated");
		assertThat(summary.recommendations().get(1).owner()).isEqualTo("fulfilment");
		Summary.ServiceLine inventory = summary.services().stream().filter((l) -> l.service().equals("inventory")).findFirst().orElseThrow();
		assertThat(inventory.capacityAction()).isEqualTo("at_max_and_hot");
		assertThat(inventory.capacityDetail()).isEqualTo("inventory ran 5 h 55 min at its maximum.");
	}

}
