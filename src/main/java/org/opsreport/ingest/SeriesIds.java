package org.opsreport.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * The ids of the (service, metric) series a writer has seen, looked up or created through {@link SampleTable}; the
 * writer forgets them when a chunk's transaction does not commit (a cached id could outlive its rolled-back insert).
 */
final class SeriesIds {

	private final SampleTable samples;

	/** service -> metric -> id: no key string is built per row. */
	private final Map<String, Map<String, Long>> ids = new HashMap<>();

	SeriesIds(SampleTable samples) {
		this.samples = samples;
	}

	long idOf(String service, String metric) {
		Map<String, Long> metrics = this.ids.computeIfAbsent(service, s -> new HashMap<>());
		Long id = metrics.get(metric);
		if (id == null) {
			id = this.samples.seriesId(service, metric);
			metrics.put(metric, id);
		}
		return id;
	}

	void forget() {
		this.ids.clear();
	}

}
