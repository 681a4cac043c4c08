package org.opsreport.scaling;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.opsreport.store.ReportSections;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scaling section stored before the policy ranking and flapping runs existed (the sample day's fixture, schema
 * version 1) reads those fields as not recorded ({@code null}), never as 0: re-rendering an old day must not claim a
 * rank of 0 or 0 flapping runs.
 */
class OlderScalingDayTest {

	@Test
	void fieldsAddedLaterAreNotRecordedOnAnOlderDay() throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		JsonNode stored = json.readTree(Files.readString(Path.of("src/test/resources/fixtures/sample-day/sections/scaling.json")));
		ScalingReport old = json.treeToValue(ReportSections.upgrade("scaling", 1, stored), ScalingReport.class);
		PolicyStats policy = old.policies().get(0);
		assertThat(policy.triggerCount()).isEqualTo(7);
		assertThat(policy.rank()).isNull();
		assertThat(policy.score()).isNull();
		assertThat(policy.reversals()).isNull();
		assertThat(policy.underProvisionedMinutes()).isNull();
		ServiceScalingStats search = old.services().stream().filter(s -> s.service().equals("search")).findFirst().orElseThrow();
		assertThat(search.flappingEpisodes()).isEqualTo(151);
		assertThat(search.flappingRuns()).isNull();
		assertThat(search.recordedChanges()).isNull();
	}

}
