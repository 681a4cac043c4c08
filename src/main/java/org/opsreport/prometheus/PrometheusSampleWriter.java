package org.opsreport.prometheus;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.opsreport.ingest.SampleTable;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Upserts pulled points into {@code metric_sample}, the table CSV ingest fills, through ingest's {@link SampleTable}:
 * pulling the same range again changes nothing, a changed value (a late-arriving sample changed the query's result)
 * replaces the stored one.
 */
final class PrometheusSampleWriter implements ItemWriter<PulledRange> {

	private static final Logger log = LoggerFactory.getLogger(PrometheusSampleWriter.class);

	private final SampleTable samples;

	PrometheusSampleWriter(SampleTable samples) {
		this.samples = samples;
	}

	@Override
	public void write(Chunk<? extends PulledRange> chunk) {
		for (PulledRange pulled : chunk) {
			List<PrometheusClient.Point> points = pulled.points();
			long[] seconds = new long[points.size()];
			double[] values = new double[points.size()];
			for (int i = 0; i < points.size(); i++) {
				seconds[i] = points.get(i).time().getEpochSecond();
				values[i] = points.get(i).value();
			}
			// the series id is looked up with every range: a cached id could outlive a rolled-back insert of its series
			List<SampleTable.Outcome> outcomes = this.samples.upsert(pulled.source().target().service(),
					pulled.source().target().metric(), seconds, values);
			log.info("Prometheus {} {} to {}: {} points, {} new, {} replaced", pulled.source().target(),
					pulled.range().start(), pulled.range().end(), points.size(),
					outcomes.stream().filter(SampleTable.Outcome.INSERTED::equals).count(),
					outcomes.stream().filter(SampleTable.Outcome.REPLACED::equals).count());
		}
	}

}
