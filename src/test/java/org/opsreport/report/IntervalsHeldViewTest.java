package org.opsreport.report;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opsreport.forecast.IntervalsHeld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The forecasts line's view of the stored section: the states (not recorded, off, no nights, scored), the bands
 * with values, the shortfalls and tonight's widened and narrowed multipliers in lead order, 80 % first.
 */
class IntervalsHeldViewTest {

	static final LocalDate DATE = LocalDate.parse("2026-11-20");

	@Test
	void aDayStoredBeforeTheSectionIsNotRecorded() {
		IntervalsHeldView view = IntervalsHeldView.of(null);
		assertThat(view.state()).isEqualTo("notRecorded");
		assertThat(view.held80Percent()).isNull();
		assertThat(view.bands()).isEmpty();
		assertThat(IntervalsHeldView.of(IntervalsHeld.off(DATE, 14)).state()).isEqualTo("off");
	}

	@Test
	void noScoredNightsYet() {
		IntervalsHeldView view = IntervalsHeldView.of(IntervalsHeld.of(DATE, 14, List.of()));
		assertThat(view.state()).isEqualTo("noNights");
		assertThat(view.scoredBands()).isEmpty();
		assertThat(view.widened()).isEmpty();
		assertThat(view.narrowed()).isEmpty();
	}

	@Test
	void picksTheBandsShortfallsAndTonightsMultipliers() {
		// the hand-made nights of IntervalsHeldTest; the night two days later keeps only 11-19 and 11-20 in a 2-night window
		IntervalsHeld held = IntervalsHeld.of(DATE, 2, List.of(
				new IntervalsHeld.Night(DATE.minusDays(1), 0, 80, 300, 45, 0.2, 1),
				new IntervalsHeld.Night(DATE.minusDays(1), 0, 95, 300, 12, 0.05, 1),
				new IntervalsHeld.Night(DATE, 0, 80, 0, 0, 0.19, 1.05),
				new IntervalsHeld.Night(DATE, 0, 95, 0, 0, 0.045, 1.325),
				new IntervalsHeld.Night(DATE, 1, 80, 100, 23, 0.21, 0.975),
				new IntervalsHeld.Night(DATE, 1, 95, 100, 6, 0.049, 1),
				new IntervalsHeld.Night(DATE, 2, 80, 0, 0, 0.2, 1),
				new IntervalsHeld.Night(DATE, 2, 95, 0, 0, 0.05, 3.0)));
		IntervalsHeldView view = IntervalsHeldView.of(held);
		assertThat(view.state()).isEqualTo("scored");
		assertThat(view.windowNights()).isEqualTo(2);
		assertThat(view.nightsScored()).isEqualTo(2);
		// (255 + 77) / 400 and (288 + 94) / 400
		assertThat(view.values()).isEqualTo(400);
		assertThat(view.held80Percent()).isCloseTo(83.0, within(1e-9));
		assertThat(view.held95Percent()).isCloseTo(95.5, within(1e-9));
		assertThat(view.bands()).extracting(IntervalsHeldView.BandView::band).containsExactly("first6h", "from6To24h", "from24h");
		assertThat(view.scoredBands()).extracting(IntervalsHeldView.BandView::band).containsExactly("first6h", "from6To24h");
		// 6-24 h at 80: 77 % is exactly 3 points short, not more; at 95: 94 %
		assertThat(view.shortfalls()).isEmpty();
		assertThat(view.bands().get(1).at80().heldPercent()).isCloseTo(77.0, within(1e-9));
		assertThat(view.bands().get(1).at80().adaptiveLevelPercent()).isCloseTo(79.0, within(1e-9));
		assertThat(view.widened()).extracting(l -> l.band() + " " + l.level() + " x" + l.multiplier())
			.containsExactly("first6h 80 x1.05", "first6h 95 x1.325", "from24h 95 x3.0");
		assertThat(view.narrowed()).extracting(l -> l.band() + " " + l.level() + " x" + l.multiplier())
			.containsExactly("from6To24h 80 x0.975");
	}

	@Test
	void aBandMoreThanThreePointsShortIsListed() {
		IntervalsHeld held = IntervalsHeld.of(DATE, 14, List.of(new IntervalsHeld.Night(DATE, 2, 80, 200, 70, 0.2, 1),
				new IntervalsHeld.Night(DATE, 2, 95, 200, 25, 0.05, 1)));
		IntervalsHeldView view = IntervalsHeldView.of(held);
		assertThat(view.shortfalls()).extracting(l -> l.band() + " " + l.level() + " " + l.heldPercent())
			.containsExactly("from24h 80 65.0", "from24h 95 87.5");
	}

}
