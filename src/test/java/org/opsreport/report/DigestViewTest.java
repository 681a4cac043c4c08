package org.opsreport.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opsreport.health.Health;
import org.opsreport.overview.DayIncident;
import org.opsreport.overview.TodaySection;
import org.opsreport.summary.Summary;

import static org.assertj.core.api.Assertions.assertThat;

/** The mail digest's cuts of the sections it shares with the report. */
class DigestViewTest {

	@Test
	void cutsTheSummaryAndTheDaysIncidentsAndNamesTheSectionsOnlyTheReportHas() {
		List<Summary.ServiceLine> services = new ArrayList<>();
		for (int i = 0; i < 17; i++) {
			services.add(new Summary.ServiceLine("s" + i, Health.GREEN, null, null, null, null, null, null, null));
		}
		Summary summary = new Summary(null, null, null, null, services, List.of(), 0);
		List<DayIncident> incidents = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			incidents.add(new DayIncident("INC-" + i, "t", List.of("a"), "SEV2", Instant.EPOCH, null, "open", 5));
		}

		DigestView view = DigestView.of(summary, new TodaySection(incidents),
				List.of("summary", "today", "slos", "performance", "chaos", "coverage", "ingest"));

		assertThat(view.summaryServices()).hasSize(DigestView.SUMMARY_ROWS).first().isEqualTo(services.get(0));
		assertThat(view.summaryMore()).isEqualTo(2);
		assertThat(view.todayIncidents()).isEqualTo(incidents);
		assertThat(view.todayMore()).isZero();
		assertThat(view.onlyInReport()).containsExactly("performance", "chaos", "ingest");

		DigestView empty = DigestView.of(null, null, List.of());
		assertThat(empty.summaryServices()).isEmpty();
		assertThat(empty.todayMore()).isZero();
		assertThat(empty.onlyInReport()).isEmpty();
	}

}
