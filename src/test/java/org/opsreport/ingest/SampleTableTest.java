package org.opsreport.ingest;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one place of the {@code metric_sample} upsert SQL (CSV ingest and the Prometheus pull): a new sample is
 * inserted, a re-read one changes nothing, a changed value replaces the stored one; series ids are created once.
 */
class SampleTableTest {

	final IngestHarness store = new IngestHarness();

	final SampleTable samples = this.store.samples;

	@Test
	void upsertTellsInsertedReplacedAndUnchangedApart() {
		List<SampleTable.Outcome> first = this.samples.upsert("web", "cpu_utilization", new long[] { 60, 120 },
				new double[] { 0.5, 0.6 });
		List<SampleTable.Outcome> again = this.samples.upsert("web", "cpu_utilization", new long[] { 60, 120, 180 },
				new double[] { 0.5, 0.7, 0.8 });

		assertThat(first).containsExactly(SampleTable.Outcome.INSERTED, SampleTable.Outcome.INSERTED);
		assertThat(again).containsExactly(SampleTable.Outcome.UNCHANGED, SampleTable.Outcome.REPLACED,
				SampleTable.Outcome.INSERTED);
		long id = this.samples.seriesId("web", "cpu_utilization");
		assertThat(this.samples.value(id, 120)).contains(0.7);
		assertThat(this.store.jdbc.queryForObject("SELECT COUNT(*) FROM metric_sample", Integer.class)).isEqualTo(3);
		assertThat(this.store.jdbc.queryForObject("SELECT COUNT(*) FROM series", Integer.class)).isEqualTo(1);
	}

	@Test
	void appendAndSingleUpsertAndTheLatestSample() {
		assertThat(this.samples.last()).isEmpty();
		long web = this.samples.seriesId("web", "request_rate");
		long api = this.samples.seriesId("api", "request_rate");
		assertThat(this.samples.seriesId("web", "request_rate")).isEqualTo(web);
		assertThat(this.samples.lastSecond(web)).isEqualTo(Long.MIN_VALUE);

		this.samples.append(List.of(new SampleTable.Row(web, 60, 1), new SampleTable.Row(web, 120, 2),
				new SampleTable.Row(api, 300, 3)));
		this.samples.upsert(new SampleTable.Row(web, 120, 5));
		this.samples.upsert(new SampleTable.Row(web, 90, 4));

		assertThat(this.samples.value(web, 120)).contains(5.0);
		assertThat(this.samples.value(web, 90)).contains(4.0);
		assertThat(this.samples.value(web, 30)).isEmpty();
		assertThat(this.samples.lastSecond(web)).isEqualTo(120);
		assertThat(this.samples.last("web", "request_rate")).contains(Instant.ofEpochSecond(120));
		assertThat(this.samples.last("web", "unknown")).isEmpty();
		assertThat(this.samples.last()).contains(Instant.ofEpochSecond(300));
	}

}
