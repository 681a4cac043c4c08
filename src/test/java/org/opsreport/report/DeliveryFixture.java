package org.opsreport.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.opsreport.store.ReportSections;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Report sections shaped like the other features store them (slos, forecasts, scaling, performance,
 * incidents, dashboard, today) for the report date 2026-11-24, from
 * src/test/resources/fixtures/delivery/sections.json: checkout red (budget overspent, page alert
 * firing, an open SEV2, a SEV1 without postmortem, scale-up tomorrow), cart amber, search green
 * with a high latency bottleneck.
 */
public final class DeliveryFixture {

	public static final LocalDate DATE = LocalDate.parse("2026-11-24");

	private DeliveryFixture() {
	}

	/** The fixture as one report document (section name to section). */
	public static JsonNode document() {
		try {
			return JsonMapper.builder().build().readTree(Files.readString(Path.of("src/test/resources/fixtures/delivery/sections.json")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The fixture as the typed report model (read as the store reads sections: Jackson into the records). */
	public static ReportModel model() {
		return model(document());
	}

	/** A report document (section name to section) as the typed report model of {@link #DATE}. */
	public static ReportModel model(JsonNode document) {
		tools.jackson.databind.node.ObjectNode copy = ((tools.jackson.databind.node.ObjectNode) document).deepCopy();
		// the fixture is written in the shape of schema version 1
		copy.properties().forEach(e -> ReportSections.upgrade(e.getKey(), 1, e.getValue()));
		copy.put("reportDate", DATE.toString());
		copy.put("generatedAt", "2026-11-25T06:00:00Z");
		return JsonMapper.builder().build().treeToValue(copy, ReportModel.class);
	}

	/** Stores every fixture section for {@code date} (upgraded to the current schema, as a stored day would be). */
	public static void save(ReportSections sections, LocalDate date) {
		for (Map.Entry<String, JsonNode> section : document().properties()) {
			sections.save(date, section.getKey(), ReportSections.upgrade(section.getKey(), 1, section.getValue()));
		}
	}

}
