package org.opsreport.slo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads {@code jobs/metric-sources.yaml} into a {@link MetricSourceMapping}: the file side of the mapping. */
final class MetricSourceMappingLoader {

	private MetricSourceMappingLoader() {
	}

	/**
	 * Reads the mapping; an absent file is {@link MetricSourceMapping#none}.
	 * @throws SloConfigException naming the file, the entry and the field when the file is invalid
	 */
	static MetricSourceMapping load(Path file) {
		if (!Files.exists(file)) {
			return MetricSourceMapping.none(file.toString());
		}
		try {
			return MetricSourceMapping.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
		}
		catch (IOException ex) {
			throw new SloConfigException(file + ": cannot read: " + ex.getMessage(), ex);
		}
	}

}
