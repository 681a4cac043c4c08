package org.opsreport.summary;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The summary reads report section {@code findings}: re-classification first, saturation instead of "scale down". */
class FindingsInputTest {

	@Test
	void findingsBecomeRecommendationsWithTheirOwnerAndReplaceScaleDown() {
		JsonMapper json = JsonMapper.builder().build();
		Map<String, JsonNode> sections = new HashMap<>();
		sections.put("findings", json.readTree("""
				{"reclassifications": [{"incidentId": "INC-1025", "services": ["payments"], "severity": "SEV3",
				  "suggestedSeverity": "SEV1", "budgetSpentPercent": 152.6, "message": "Raise INC-1025 from SEV3 to SEV1."}],
				 "saturation": [{"service": "inventory", "minutesAtMax": 355, "message": "inventory ran 5 h 55 min at its maximum."}],
				 "owners": [{"service": "inventory", "team": "fulfilment"}, {"service": "payments", "team": "payments-platform"}]}"""));
		sections.put("scaling", json.readTree("""
				{"capacityPlan": [{"service": "inventory", "hour": "2026-11-25T03:00:00Z", "instancesNeeded": 2,
				  "instancesToday": 4, "action": "scale_down"}]}"""));
		Summary summary = SummaryBuilder.build(sections);
		assertThat(summary.recommendations().get(0).impact()).isEqualTo("reclassify");
		assertThat(summary.recommendations().get(0).owner()).isEqualTo("payments-platform");
		assertThat(summary.recommendations().get(1).impact()).isEqualTo("saturated");
		assertThat(summary.recommendations().get(1).owner()).isEqualTo("fulfilment");
		Summary.ServiceLine inventory = summary.services().stream().filter((l) -> l.service().equals("inventory")).findFirst().orElseThrow();
		assertThat(inventory.capacityAction()).isEqualTo("at_max_and_hot");
		assertThat(inventory.capacityDetail()).isEqualTo("inventory ran 5 h 55 min at its maximum.");
	}

}
