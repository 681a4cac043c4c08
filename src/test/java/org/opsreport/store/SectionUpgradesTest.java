package org.opsreport.store;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Stored bodies of schema version 1 read as today's records (the golden test reads a whole stored day). */
class SectionUpgradesTest {

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void version1StatusesBecomeTheOneVocabulary() {
		JsonNode summary = this.json.readTree("""
				{"headline": {"status": "red", "text": "x"},
				 "services": [{"service": "a", "status": "none"}, {"service": "b", "status": "amber"}]}""");
		SectionUpgrades.upgrade("summary", 1, summary);
		assertThat(summary.get("services").get(0).get("status").asString()).isEqualTo("unknown");
		assertThat(summary.get("services").get(1).get("status").asString()).isEqualTo("amber");

		JsonNode dashboard = this.json.readTree("""
				{"services": [{"service": "a", "status": "healthy", "objective": "o"}]}""");
		SectionUpgrades.upgrade("dashboard", 1, dashboard);
		assertThat(dashboard.get("services").get(0).has("status")).isFalse();
		assertThat(dashboard.get("services").get(0).get("objective").asString()).isEqualTo("o");

		JsonNode incidents = this.json.readTree("""
				{"total": 2, "serviceStatus": {"a": "degraded"}}""");
		SectionUpgrades.upgrade("incidents", 1, incidents);
		assertThat(incidents.has("serviceStatus")).isFalse();
		assertThat(incidents.get("total").asInt()).isEqualTo(2);
	}

	@Test
	void currentBodiesAreLeftAsTheyAre() {
		JsonNode summary = this.json.readTree("""
				{"services": [{"service": "a", "status": "none"}]}""");
		SectionUpgrades.upgrade("summary", ReportSections.SCHEMA_VERSION, summary);
		assertThat(summary.get("services").get(0).get("status").asString()).isEqualTo("none");
	}

	@Test
	void aNewerBodyIsRefusedWithItsVersion() {
		assertThatIllegalStateException()
			.isThrownBy(() -> SectionUpgrades.upgrade("slos", ReportSections.SCHEMA_VERSION + 1, this.json.readTree("[]")))
			.withMessageContaining("newer opsreport");
	}

}
